import * as vscode from 'vscode';
import type { Feature, Services } from '../services';
import { groupSize, type IndexNode, type MoreNode } from './indexNodes';
import { SHOW_MORE_COMMAND } from './indexTreeItems';
import { type IndexTreeApi, IndexTreeProvider } from './indexTreeProvider';

export type { IndexTreeApi } from './indexTreeProvider';

const VIEW_ID = 'newsLens.index';
/** Set while a filter is on: package.json swaps the filter button for "clear filter". */
const FILTERED_CONTEXT = 'newsLens.indexFiltered';

let shownTree: IndexTreeProvider | undefined;

/** The INDEX view's content as shown, once the view exists (see `NewsLensApi.indexTree`). */
export function indexTreeApi(): IndexTreeApi | undefined {
  return shownTree?.api;
}

/** The INDEX sidebar: the tree, its filter, and refresh. */
export const registerIndexTree: Feature = (context, services) => {
  const provider = new IndexTreeProvider(services.bundles);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  shownTree = provider;
  const describeFilter = () => {
    const filter = provider.filter;
    view.description = filter === undefined ? undefined : `filter: ${filter}`;
    view.message = filter === undefined ? undefined : filterSummary(services, filter);
  };
  context.subscriptions.push(
    provider,
    view,
    provider.onDidRefresh(describeFilter),
    { dispose: () => { if (shownTree === provider) shownTree = undefined; } },
    vscode.commands.registerCommand('newsLens.refreshIndex', () => provider.refresh()),
    vscode.commands.registerCommand(SHOW_MORE_COMMAND, (node: unknown) => {
      // Arguments can come from elsewhere than the tree: only a "more" node of this view counts.
      if (isMoreNode(node)) provider.showMore(node);
    }),
    vscode.commands.registerCommand('newsLens.filterIndex', async (text?: unknown) => {
      const filter = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: 'Filter INDEX',
        prompt: 'Show sources and entities whose name, title, outlet or file contains this text',
        value: provider.filter ?? '',
      });
      if (filter === undefined) return; // the input box was dismissed
      provider.setFilter(filter);
      await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, provider.filter !== undefined);
    }),
    vscode.commands.registerCommand('newsLens.clearIndexFilter', async () => {
      provider.setFilter(undefined);
      await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, false);
    }),
  );
};

function isMoreNode(node: unknown): node is MoreNode {
  const candidate = node as Partial<IndexNode> | undefined;
  return candidate?.type === 'more' && typeof candidate.id === 'string' && candidate.parent !== undefined;
}

function filterSummary(services: Services, filter: string): string {
  let sources = 0;
  let entities = 0;
  for (const bundle of services.bundles.bundles()) {
    const snapshot = bundle.snapshot();
    sources += groupSize(snapshot, 'sources', filter);
    for (const kind of ['person', 'rate', 'date'] as const) entities += groupSize(snapshot, kind, filter);
  }
  return entities + sources === 0
    ? `Nothing matches "${filter}".`
    : `Showing ${entities} ${entities === 1 ? 'entity' : 'entities'} and ${sources} ${sources === 1 ? 'source' : 'sources'} matching "${filter}".`;
}
