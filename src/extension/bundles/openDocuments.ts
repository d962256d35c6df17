import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

/** Typing pauses this long before the edited file is re-indexed. */
const TYPING_DEBOUNCE_MS = 300;

/**
 * The editor buffers the index follows: an open document's text (unsaved edits included) wins
 * over the disk. Tells `onBufferChanged` when a buffer opens, settles after typing, or closes
 * (then the disk is the truth again).
 */
export class OpenDocuments extends Disposable {
  private readonly open = new Map<string, vscode.TextDocument>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly onBufferChanged: (uri: vscode.Uri) => void) {
    super();
    for (const document of vscode.workspace.textDocuments) this.open.set(document.uri.toString(), document);
    this._register(vscode.workspace.onDidOpenTextDocument((document) => {
      this.open.set(document.uri.toString(), document);
      this.onBufferChanged(document.uri);
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      this.open.delete(key);
      this.cancelTimer(key);
      this.onBufferChanged(document.uri);
    }));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return; // dirty-state or language changes only
      const key = event.document.uri.toString();
      this.cancelTimer(key);
      this.timers.set(key, setTimeout(() => {
        this.timers.delete(key);
        this.onBufferChanged(event.document.uri);
      }, TYPING_DEBOUNCE_MS));
    }));
    this._register({ dispose: () => { for (const key of [...this.timers.keys()]) this.cancelTimer(key); } });
  }

  /** Hands the buffer of `uri` over now if it waits for a pause in typing. */
  flush(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.timers.has(key)) return;
    this.cancelTimer(key);
    this.onBufferChanged(uri);
  }

  /** The open buffer's text for `uri`, or undefined when it is not open. */
  textOf(uri: vscode.Uri): string | undefined {
    const document = this.open.get(uri.toString());
    return document && !document.isClosed ? document.getText() : undefined;
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }
}
