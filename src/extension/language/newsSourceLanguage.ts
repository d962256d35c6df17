import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';
import { log } from '../util/log';
import type { BundleService, Feature } from '../services';

/** The language id contributed in package.json for bundle sources. */
export const NEWS_SOURCE_LANGUAGE = 'news-source';
/** What VS Code gives a `.txt` file when nothing else claims it: the only language we replace. */
const PLAIN_TEXT_LANGUAGE = 'plaintext';

/**
 * Gives bundle sources the `news-source` language. package.json does not associate `.txt` with
 * it (that would claim every text file on the machine); instead, while `newsLens.setLanguage`
 * is on, a `.txt` document that opens as Plain Text inside a workspace folder and is a source
 * there (not excluded, not one of our outputs) is switched to `news-source`. Documents we
 * switched go back to Plain Text when the setting goes off or they stop being sources, and a
 * document someone switches to another language by hand is left alone for the session.
 */
export const registerNewsSourceLanguage: Feature = (context, services) => {
  context.subscriptions.push(new NewsSourceLanguage(context, services.bundles));
};

class NewsSourceLanguage extends Disposable {
  /** Documents whose language we set. Kept by identity: a language change keeps the object. */
  private readonly switched = new WeakSet<vscode.TextDocument>();
  /** Documents with a request in flight, so one document is never switched twice at once. */
  private readonly pending = new WeakSet<vscode.TextDocument>();
  /** URIs of documents moved off `news-source` by someone else: their choice stands. */
  private readonly userChoices = new Set<string>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly bundles: BundleService,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.onDidOpen(document)));
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('newsLens.setLanguage')) this.userChoices.clear();
        if (
          event.affectsConfiguration('newsLens.setLanguage') ||
          event.affectsConfiguration('newsLens.exclude') ||
          event.affectsConfiguration('newsLens.factSheet.path') ||
          event.affectsConfiguration('files.exclude')
        ) {
          this.reconcileAll();
        }
      }),
    );
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.reconcileAll()));
    this.reconcileAll();
  }

  private onDidOpen(document: vscode.TextDocument): void {
    // VS Code reports a language change as close + open of the same document object; seeing one
    // of ours come back in another language means someone else (the user) chose it.
    if (this.switched.has(document) && document.languageId !== NEWS_SOURCE_LANGUAGE) {
      this.switched.delete(document);
      this.userChoices.add(document.uri.toString());
      return;
    }
    this.reconcile(document);
  }

  private reconcileAll(): void {
    for (const document of vscode.workspace.textDocuments) this.reconcile(document);
  }

  private reconcile(document: vscode.TextDocument): void {
    if (this.pending.has(document)) return;
    const wanted = this.isBundleSource(document);
    if (wanted && document.languageId === PLAIN_TEXT_LANGUAGE && !this.userChoices.has(document.uri.toString())) {
      // Marked before the call: the open event it fires must not look like a user's choice.
      this.switched.add(document);
      this.setLanguage(document, NEWS_SOURCE_LANGUAGE);
    } else if (!wanted && this.switched.has(document) && document.languageId === NEWS_SOURCE_LANGUAGE) {
      // Unmarked before the call, for the same reason.
      this.switched.delete(document);
      this.setLanguage(document, PLAIN_TEXT_LANGUAGE);
    }
  }

  /**
   * A source as the bundles see it, so the language and the providers agree. The bundle service
   * was built before this feature and hears setting and folder changes first: its rules are current.
   */
  private isBundleSource(document: vscode.TextDocument): boolean {
    if (!this.bundles.locate(document.uri)) return false;
    return vscode.workspace.getConfiguration('newsLens', document.uri).get<boolean>('setLanguage', true);
  }

  private setLanguage(document: vscode.TextDocument, languageId: string): void {
    this.pending.add(document);
    vscode.languages.setTextDocumentLanguage(document, languageId).then(
      () => this.pending.delete(document),
      (err: unknown) => {
        this.pending.delete(document);
        // The document may have closed meanwhile: nothing to repair, but say why if it matters.
        if (!document.isClosed) log(this.context).warn(`Could not set the language of ${document.uri.toString()}: ${String(err)}`);
      },
    );
  }
}
