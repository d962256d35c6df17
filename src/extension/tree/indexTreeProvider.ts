import * as vscode from 'vscode';
import type { BundleService } from '../services';
import { Disposable } from '../util/dispose';
import { childNodes, type IndexFilter, type IndexNode, rootNodes } from './indexNodes';
import { treeItemFor, treeTooltipFor } from './indexTreeItems';

/** Live updates are gathered for this long, so a burst of file events redraws the tree once. */
const REFRESH_DEBOUNCE_MS = 200;
/**
 * While files keep changing, redraws are spaced by this much per source (at most the maximum):
 * the workbench redraws every item shown, and the Sources group lists every source, so a
 * 6,000-source INDEX redrawn several times a second (typing during a rebuild) starves the
 * editor. Below about 700 sources the spacing is the debounce alone.
 */
const REFRESH_MS_PER_SOURCE = 0.3;
const REFRESH_MAX_SPACING_MS = 3000;

/** A read-only look at the INDEX view's content as shown: for integration tests. */
export interface IndexTreeApi {
  getChildren(node?: IndexNode): IndexNode[];
  getTreeItem(node: IndexNode): vscode.TreeItem;
  getParent(node: IndexNode): IndexNode | undefined;
  /** The current filter (lower-cased), if any. */
  readonly filter: string | undefined;
}

/** The data behind the `newsLens.index` view: built on demand from the bundles' snapshots. */
export class IndexTreeProvider extends Disposable implements vscode.TreeDataProvider<IndexNode> {
  private currentFilter: IndexFilter;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRefresh = 0;
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<IndexNode | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly _onDidRefresh = this._register(new vscode.EventEmitter<void>());
  /** After each redraw: the view updates its message. */
  readonly onDidRefresh = this._onDidRefresh.event;

  constructor(private readonly bundles: BundleService) {
    super();
    this._register(bundles.onDidChange(() => this.scheduleRefresh()));
    this._register({ dispose: () => clearTimeout(this.refreshTimer) });
  }

  get filter(): string | undefined {
    return this.currentFilter;
  }

  /** Filters by a case-insensitive substring of names, titles, outlets and file names. */
  setFilter(text: string | undefined): void {
    const normalized = text?.trim().toLowerCase();
    this.currentFilter = normalized ? normalized : undefined;
    this.refresh();
  }

  refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.lastRefresh = Date.now();
    this._onDidChangeTreeData.fire(undefined);
    this._onDidRefresh.fire();
  }

  getTreeItem(node: IndexNode): vscode.TreeItem {
    return treeItemFor(node, this.currentFilter);
  }

  /** The tooltip, when the item is hovered (VS Code asks only then). */
  resolveTreeItem(item: vscode.TreeItem, node: IndexNode): vscode.TreeItem {
    item.tooltip ??= treeTooltipFor(node);
    return item;
  }

  /** The view's content as a person sees it, tooltips included. */
  readonly api: IndexTreeApi = shownContent(this);

  getChildren(node?: IndexNode): IndexNode[] {
    if (node) return childNodes(node, this.currentFilter);
    const bundles = this.bundles.bundles();
    // No roots lets the view show its welcome message (see package.json viewsWelcome).
    if (!bundles.some((bundle) => bundle.snapshot().sources.length > 0)) return [];
    return rootNodes(bundles);
  }

  getParent(node: IndexNode): IndexNode | undefined {
    return node.parent;
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer !== undefined || this.isDisposed) return;
    const sources = this.bundles.bundles().reduce((sum, bundle) => sum + bundle.snapshot().sources.length, 0);
    const spacing = Math.min(REFRESH_MAX_SPACING_MS, sources * REFRESH_MS_PER_SOURCE);
    const delay = Math.max(REFRESH_DEBOUNCE_MS, this.lastRefresh + spacing - Date.now());
    this.refreshTimer = setTimeout(() => this.refresh(), delay);
  }
}

function shownContent(provider: IndexTreeProvider): IndexTreeApi {
  return {
    getChildren: (node) => provider.getChildren(node),
    getTreeItem: (node) => provider.resolveTreeItem(provider.getTreeItem(node), node),
    getParent: (node) => provider.getParent(node),
    get filter() {
      return provider.filter;
    },
  };
}
