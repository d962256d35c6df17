import * as vscode from 'vscode';
import type { Bundle, BundleService } from '../services';
import { Disposable } from '../util/dispose';
import { hostSteps } from '../util/hostSteps';
import { childNodes, type IndexFilter, type IndexNode, type MoreNode, PAGE_SIZE, rootNodes } from './indexNodes';
import { treeItemFor, treeTooltipFor } from './indexTreeItems';

/** Live updates are gathered for this long, so a burst of file events redraws the tree once. */
const REFRESH_DEBOUNCE_MS = 200;
/**
 * While changes keep coming (a rebuild, typing), redraws are at least this far apart: each one
 * has VS Code fetch every item shown again. Pages (`PAGE_SIZE`) bound what one redraw costs.
 */
const REFRESH_MIN_SPACING_MS = 1000;

/** A read-only look at the INDEX view's content as shown: for integration tests. */
export interface IndexTreeApi {
  getChildren(node?: IndexNode): IndexNode[];
  getTreeItem(node: IndexNode): vscode.TreeItem;
  getParent(node: IndexNode): IndexNode | undefined;
  /** The current filter (lower-cased), if any. */
  readonly filter: string | undefined;
}

/**
 * The data behind the `newsLens.index` view: built on demand from the bundles' snapshots. The
 * top-level nodes are kept while the bundles stay the same (they read the snapshot live), so a
 * change redraws the changed bundle's groups only, not the whole view.
 */
export class IndexTreeProvider extends Disposable implements vscode.TreeDataProvider<IndexNode> {
  private currentFilter: IndexFilter;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRefresh = 0;
  /** The top-level nodes as last handed out, and which bundles (and whether any sources) they stand for. */
  private roots: { readonly key: string; readonly nodes: IndexNode[] } | undefined;
  /** Bundles (by root) changed since the last redraw. */
  private readonly changedBundles = new Set<string>();
  /** How many members a list shows, by its parent's id, once "more" was clicked there. */
  private readonly limits = new Map<string, number>();
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<IndexNode | IndexNode[] | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly _onDidRefresh = this._register(new vscode.EventEmitter<void>());
  /** After each redraw: the view updates its message. */
  readonly onDidRefresh = this._onDidRefresh.event;

  constructor(private readonly bundles: BundleService) {
    super();
    this._register(bundles.onDidChange((change) => {
      this.changedBundles.add(change.bundle.root.toString());
      this.scheduleRefresh();
    }));
    this._register({ dispose: () => clearTimeout(this.refreshTimer) });
  }

  get filter(): string | undefined {
    return this.currentFilter;
  }

  /** Filters by a case-insensitive substring of names, titles, outlets and file names. */
  setFilter(text: string | undefined): void {
    const normalized = text?.trim().toLowerCase();
    this.currentFilter = normalized ? normalized : undefined;
    this.limits.clear(); // other members: start again from the first page
    this.refresh();
  }

  /** Redraws the whole view. */
  refresh(): void {
    this.roots = undefined;
    this.redrawn();
    this._onDidChangeTreeData.fire(undefined);
    this._onDidRefresh.fire();
  }

  /** Shows the next page of the list a "more" node ends; only that list is redrawn. */
  showMore(node: MoreNode): void {
    const list = node.parent;
    if (!list || this.isDisposed) return;
    this.limits.set(list.id, (this.limits.get(list.id) ?? PAGE_SIZE) + PAGE_SIZE);
    this._onDidChangeTreeData.fire(list);
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
    return hostSteps.time('tree children', () => this.childrenOf(node));
  }

  private childrenOf(node: IndexNode | undefined): IndexNode[] {
    if (node) return childNodes(node, this.currentFilter, this.limits.get(node.id) ?? PAGE_SIZE);
    const bundles = this.bundles.bundles();
    const key = rootsKey(bundles);
    if (this.roots?.key !== key) {
      // No roots lets the view show its welcome message (see package.json viewsWelcome).
      this.roots = { key, nodes: key.endsWith('|empty') ? [] : rootNodes(bundles) };
    }
    return this.roots.nodes;
  }

  getParent(node: IndexNode): IndexNode | undefined {
    return node.parent;
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer !== undefined || this.isDisposed) return;
    const delay = Math.max(REFRESH_DEBOUNCE_MS, this.lastRefresh + REFRESH_MIN_SPACING_MS - Date.now());
    this.refreshTimer = setTimeout(() => this.redrawChanged(), delay);
  }

  /** Redraws the changed bundles' top-level nodes (and what is expanded under them), or everything when the top level changed. */
  private redrawChanged(): void {
    const roots = this.roots;
    if (!roots || roots.key !== rootsKey(this.bundles.bundles())) {
      this.refresh();
      return;
    }
    const changed = roots.nodes.filter((node) => this.changedBundles.has(node.bundle.root.toString()));
    this.redrawn();
    if (changed.length) this._onDidChangeTreeData.fire(changed);
    this._onDidRefresh.fire();
  }

  private redrawn(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.changedBundles.clear();
    this.lastRefresh = Date.now();
  }
}

/** What the top level depends on: the bundles, and whether any has a source. */
function rootsKey(bundles: readonly Bundle[]): string {
  const empty = !bundles.some((bundle) => bundle.snapshot().sources.length > 0);
  return `${bundles.map((bundle) => bundle.root.toString()).join('\n')}|${empty ? 'empty' : 'sources'}`;
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
