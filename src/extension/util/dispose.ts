import type * as vscode from 'vscode';

/** Base for long-lived classes: whatever they `_register` is disposed with them, once. */
export abstract class Disposable implements vscode.Disposable {
  private readonly _disposables: vscode.Disposable[] = [];
  private _isDisposed = false;

  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    disposeAll(this._disposables);
  }

  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this._isDisposed) value.dispose();
    else this._disposables.push(value);
    return value;
  }
}

function disposeAll(disposables: vscode.Disposable[]): void {
  while (disposables.length) {
    try {
      disposables.pop()?.dispose();
    } catch (err) {
      console.error('News Lens: dispose failed', err);
    }
  }
}
