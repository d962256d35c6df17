import * as vscode from 'vscode';
import type { MentionKind } from '../../core/model';
import { KINDS } from '../../core/present/entityLabel';
import { highlightPlan, type HighlightPlan, type Span, spansWithin } from '../../core/present/highlightPlan';
import { type BundleChange, type BundleService, changeTouches, type Feature } from '../services';
import { Disposable } from '../util/dispose';
import { hostSteps } from '../util/hostSteps';
import { documentRange } from './mentionRanges';

/** Index updates arrive per keystroke burst; they are applied this long after the last one. */
const UPDATE_DELAY_MS = 150;
/** Above this size a file gets the highlights of what is on screen first, the rest just after. */
const HUGE_FILE_CHARS = 2_000_000;
/** Lines around the visible ones painted in the first pass of a huge file. */
const VISIBLE_MARGIN_LINES = 200;

const BORDER_STYLE: Readonly<Record<MentionKind, string>> = { person: 'solid', rate: 'solid', date: 'dashed' };
const RULER_LANE: Readonly<Record<MentionKind, vscode.OverviewRulerLane>> = {
  person: vscode.OverviewRulerLane.Left,
  rate: vscode.OverviewRulerLane.Center,
  date: vscode.OverviewRulerLane.Right,
};

/** Settings read per document (they may differ per workspace folder). */
interface HighlightSettings {
  readonly kinds: Readonly<Record<MentionKind, boolean>>;
  readonly dimNonBody: boolean;
}

function readSettings(document: vscode.TextDocument): HighlightSettings {
  const config = vscode.workspace.getConfiguration('newsLens', document.uri);
  return {
    kinds: {
      person: config.get<boolean>('highlight.person', true),
      rate: config.get<boolean>('highlight.rate', true),
      date: config.get<boolean>('highlight.date', true),
    },
    dimNonBody: config.get<boolean>('dimNonBody', true),
  };
}

/**
 * Highlights people, rates and dates in every visible bundle file, and dims reader comments
 * and boilerplate. Decoration types are made once; editors are repainted at once when they
 * appear and shortly after the index changes (it already waits for typing to pause).
 */
class Highlighter extends Disposable {
  private readonly kindTypes: Record<MentionKind, vscode.TextEditorDecorationType>;
  private readonly dimType: vscode.TextEditorDecorationType;
  /** Bumped per repaint of an editor, so a deferred second pass of a huge file knows it is stale. */
  private readonly generations = new WeakMap<vscode.TextEditor, number>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pendingChanges: BundleChange[] = [];

  constructor(private readonly bundles: BundleService) {
    super();
    this.kindTypes = {
      person: this._register(createKindType('person')),
      rate: this._register(createKindType('rate')),
      date: this._register(createKindType('date')),
    };
    this.dimType = this._register(vscode.window.createTextEditorDecorationType({
      opacity: '0.55',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }));
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))));
    this._register(vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('newsLens.highlight') || event.affectsConfiguration('newsLens.dimNonBody')) this.paintAll();
    }));
    this._register(bundles.onDidChange((change) => this.schedule(change)));
    this._register({ dispose: () => clearTimeout(this.pendingTimer) });
    this.paintAll();
  }

  private schedule(change: BundleChange): void {
    this.pendingChanges.push(change);
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => this.flush(), UPDATE_DELAY_MS);
  }

  private flush(): void {
    const changes = this.pendingChanges.splice(0);
    for (const editor of vscode.window.visibleTextEditors) {
      const located = this.bundles.locate(editor.document.uri);
      // An editor that is not a source repaints (clears) only after a full rebuild.
      const affected = changes.some((c) => (located ? changeTouches(c, located.bundle, located.file) : c.files.length === 0));
      if (affected) this.paint(editor);
    }
  }

  private paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  private paint(editor: vscode.TextEditor): void {
    hostSteps.time('repaint', () => this.paintNow(editor));
  }

  private paintNow(editor: vscode.TextEditor): void {
    if (this.isDisposed) return;
    const generation = (this.generations.get(editor) ?? 0) + 1;
    this.generations.set(editor, generation);
    const plan = this.planFor(editor.document);
    if (plan === 'stale') return; // The index lags the buffer: keep the current highlights, which move with edits.
    if (plan === undefined) {
      this.apply(editor, undefined);
      return;
    }
    if (documentLength(editor.document) <= HUGE_FILE_CHARS) {
      this.apply(editor, plan);
      return;
    }
    this.apply(editor, visiblePart(editor, plan));
    setTimeout(() => {
      if (this.generations.get(editor) === generation && !this.isDisposed) this.apply(editor, plan);
    }, 0);
  }

  /** The plan for a document; undefined when it is not an indexed source, 'stale' while the index lags. */
  private planFor(document: vscode.TextDocument): HighlightPlan | 'stale' | undefined {
    const located = this.bundles.locate(document.uri);
    if (!located) return undefined;
    const snapshot = located.bundle.snapshot();
    const text = snapshot.text(located.file);
    if (text === undefined) return undefined;
    if (text !== document.getText()) return 'stale';
    const settings = readSettings(document);
    const plan = highlightPlan(snapshot, located.file, text, settings.dimNonBody);
    const mentions = { ...plan.mentions };
    for (const kind of KINDS) if (!settings.kinds[kind]) mentions[kind] = [];
    return { mentions, dimmed: plan.dimmed };
  }

  private apply(editor: vscode.TextEditor, plan: HighlightPlan | undefined): void {
    const document = editor.document;
    const toRanges = (spans: readonly Span[]) => spans.map((s) => documentRange(document, s.start, s.end));
    for (const kind of KINDS) editor.setDecorations(this.kindTypes[kind], plan ? toRanges(plan.mentions[kind]) : []);
    editor.setDecorations(this.dimType, plan ? toRanges(plan.dimmed) : []);
  }
}

function createKindType(kind: MentionKind): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`newsLens.${kind}Background`),
    border: `1px ${BORDER_STYLE[kind]}`,
    borderColor: new vscode.ThemeColor(`newsLens.${kind}Border`),
    borderRadius: '3px',
    overviewRulerColor: new vscode.ThemeColor(`newsLens.${kind}Border`),
    overviewRulerLane: RULER_LANE[kind],
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** The part of `plan` on screen (with a margin), for the first paint of a huge file. */
function visiblePart(editor: vscode.TextEditor, plan: HighlightPlan): HighlightPlan {
  const document = editor.document;
  const ranges = editor.visibleRanges.length ? editor.visibleRanges : [new vscode.Range(0, 0, 0, 0)];
  const firstLine = Math.max(0, Math.min(...ranges.map((r) => r.start.line)) - VISIBLE_MARGIN_LINES);
  const lastLine = Math.min(document.lineCount - 1, Math.max(...ranges.map((r) => r.end.line)) + VISIBLE_MARGIN_LINES);
  const from = document.offsetAt(new vscode.Position(firstLine, 0));
  const to = document.offsetAt(document.lineAt(lastLine).range.end);
  const mentions = { person: [], rate: [], date: [] } as Record<MentionKind, Span[]>;
  for (const kind of KINDS) mentions[kind] = spansWithin(plan.mentions[kind], from, to);
  return { mentions, dimmed: spansWithin(plan.dimmed, from, to) };
}

/** Highlights in every visible bundle file. */
export const registerHighlights: Feature = (context, services) => {
  context.subscriptions.push(new Highlighter(services.bundles));
};
