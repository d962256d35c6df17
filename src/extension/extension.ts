import * as vscode from 'vscode';
import { features } from './features';
import { createBundleService } from './bundles/bundleService';
import type { Services } from './services';
import { type IndexTreeApi, indexTreeApi } from './tree/indexTreeView';
import { type HostSteps, hostSteps } from './util/hostSteps';

/** What the extension exports: used by our integration tests and by other extensions. */
export interface NewsLensApi {
  readonly services: Services;
  /** The INDEX view's content as shown (read-only), once the view is registered. */
  readonly indexTree: IndexTreeApi | undefined;
  /** How long each of the extension host's own steps took (for the editor bench). */
  readonly hostSteps: HostSteps;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const bundles = createBundleService(context);
  const services: Services = { bundles };
  for (const feature of features) feature(context, services);
  return { services, hostSteps, get indexTree() { return indexTreeApi(); } };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
