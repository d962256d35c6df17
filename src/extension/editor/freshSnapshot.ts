import type * as vscode from 'vscode';
import type { BundleSnapshot } from '../../core/bundle/api';
import { type Bundle, type BundleService, changeTouches } from '../services';

/** How long a provider waits for the index to catch up with typing before answering from what it has. */
const CATCH_UP_MS = 1500;

/**
 * The bundle's snapshot once it has indexed `document` as the editor holds it now. Right after
 * typing, the index lags (it waits for a pause): the request is that pause, so the buffer is
 * indexed at once, and waiting for it briefly lets the Outline and hovers describe the text on
 * screen rather than the text of a moment ago. Resolves with the latest snapshot on timeout or
 * cancellation, whatever it holds.
 */
export function freshSnapshot(
  bundles: BundleService,
  bundle: Bundle,
  file: string,
  document: vscode.TextDocument,
  token: vscode.CancellationToken,
): Promise<BundleSnapshot> {
  const isFresh = () => bundle.snapshot().text(file) === document.getText();
  if (isFresh()) return Promise.resolve(bundle.snapshot());
  bundles.catchUp(document.uri);
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      subscription.dispose();
      cancellation.dispose();
      resolve(bundle.snapshot());
    };
    const timer = setTimeout(finish, CATCH_UP_MS);
    const subscription = bundles.onDidChange((change) => {
      if (changeTouches(change, bundle, file) && isFresh()) finish();
    });
    const cancellation = token.onCancellationRequested(finish);
  });
}
