import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/**
 * The "News Lens" output channel, created once and shared by every feature, so notes about
 * skipped files, read errors and writes land in one place the user can open.
 */
export function log(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  if (!channel) {
    const created = vscode.window.createOutputChannel('News Lens', { log: true });
    channel = created;
    context.subscriptions.push(created, { dispose: () => { if (channel === created) channel = undefined; } });
  }
  return channel;
}
