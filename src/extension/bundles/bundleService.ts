import * as vscode from 'vscode';
import type { BundleService } from '../services';

/** STUB: replaced by the bundle-index work. Keeps activation working until then. */
export function createBundleService(context: vscode.ExtensionContext): BundleService {
  const emitter = new vscode.EventEmitter<never>();
  context.subscriptions.push(emitter);
  return {
    onDidChange: emitter.event,
    ready: Promise.resolve(),
    bundles: () => [],
    locate: () => undefined,
    rebuild: async () => undefined,
  };
}
