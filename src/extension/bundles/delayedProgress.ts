import * as vscode from 'vscode';

/** How long work may run before a progress notification appears. */
const SHOW_AFTER_MS = 1000;
/** Progress messages are throttled: a notification redrawn per file is wasted work. */
const REPORT_EVERY_MS = 150;

export interface ProgressSink {
  readonly token: vscode.CancellationToken;
  report(done: number, total: number): void;
}

/**
 * Runs `work` at once and shows a cancellable notification only if it is still running after
 * about a second (or straight away when `showNow`), so small bundles index silently.
 * Cancelling the notification cancels `work` through `sink.token`.
 */
export async function withDelayedProgress<T>(
  title: string,
  showNow: boolean,
  work: (sink: ProgressSink) => Promise<T>,
): Promise<T> {
  const cancellation = new vscode.CancellationTokenSource();
  let progress: vscode.Progress<{ message?: string; increment?: number }> | undefined;
  let done = 0;
  let total = 0;
  let shownPercent = 0;
  let lastReport = 0;
  const forward = (force: boolean) => {
    if (!progress || total === 0) return;
    const now = Date.now();
    if (!force && now - lastReport < REPORT_EVERY_MS) return;
    lastReport = now;
    const percent = (done / total) * 100;
    progress.report({ increment: percent - shownPercent, message: `${done} / ${total} files` });
    shownPercent = percent;
  };
  const sink: ProgressSink = {
    token: cancellation.token,
    report(doneNow, totalNow) {
      done = doneNow;
      total = totalNow;
      forward(false);
    },
  };

  let finished = false;
  const running = work(sink).finally(() => {
    finished = true;
  });
  const show = () => {
    if (finished) return;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      (reporter, token) => {
        progress = reporter;
        token.onCancellationRequested(() => cancellation.cancel());
        forward(true);
        return running.then(
          () => undefined,
          () => undefined,
        );
      },
    );
  };
  const timer = showNow ? undefined : setTimeout(show, SHOW_AFTER_MS);
  if (showNow) show();
  try {
    return await running;
  } finally {
    if (timer) clearTimeout(timer);
    cancellation.dispose();
  }
}
