import * as vscode from 'vscode';
import { features } from './features';
import { createBundleService } from './bundles/bundleService';
import type { Services } from './services';

/** What the extension exports: used by our integration tests and by other extensions. */
export interface NewsLensApi {
  readonly services: Services;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const bundles = createBundleService(context);
  const services: Services = { bundles };
  for (const feature of features) feature(context, services);
  return { services };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
