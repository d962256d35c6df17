import * as vscode from 'vscode';
import { fileCountsSummary } from '../../core/present/fileCounts';
import { type BundleService, changeTouches, type Feature } from '../services';
import { Disposable } from '../util/dispose';
import { hostSteps } from '../util/hostSteps';

const ICONS = { person: '$(person)', rate: '$(percentage)', date: '$(calendar)' } as const;

/**
 * The active source's mentions per kind in the status bar ("$(person) 5 $(percentage) 3
 * $(calendar) 7"); a click opens the INDEX. Hidden when the active editor is not a source.
 */
class SourceStatus extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('newsLens.fileCounts', vscode.StatusBarAlignment.Right, 100));

  constructor(private readonly bundles: BundleService) {
    super();
    this.item.name = 'News Lens: mentions in this file';
    this.item.command = { command: 'newsLens.index.focus', title: 'Show the INDEX' };
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(bundles.onDidChange((change) => {
      const located = this.locateActive();
      if (located && changeTouches(change, located.bundle, located.file)) this.update();
    }));
    this.update();
  }

  private locateActive() {
    const uri = vscode.window.activeTextEditor?.document.uri;
    return uri && this.bundles.locate(uri);
  }

  private update(): void {
    hostSteps.time('status bar', () => this.updateNow());
  }

  private updateNow(): void {
    const located = this.locateActive();
    const snapshot = located?.bundle.snapshot();
    const summary = located && snapshot && fileCountsSummary(snapshot, located.file);
    if (!summary) {
      this.item.hide();
      return;
    }
    if (summary.skipped !== undefined) {
      this.item.text = '$(circle-slash) News Lens';
      this.item.tooltip = `News Lens did not index this file: ${summary.skipped}`;
    } else {
      this.item.text = summary.counts.map((c) => `${ICONS[c.kind]} ${c.mentions}`).join('  ');
      this.item.tooltip = new vscode.MarkdownString(summary.tooltip);
    }
    this.item.accessibilityInformation = { label: summary.spoken, role: 'button' };
    this.item.show();
  }
}

/** Mention counts of the active source in the status bar. */
export const registerStatusBar: Feature = (context, services) => {
  context.subscriptions.push(new SourceStatus(services.bundles));
};
