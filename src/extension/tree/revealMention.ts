import * as vscode from 'vscode';
import { linkedMentionPlace } from '../editor/revealMention';
import type { Feature } from '../services';
import type { IndexNode } from './indexNodes';

/**
 * `newsLens.revealMention`: opens a mention's file with the mention selected. Called with a
 * mention node (tree click, context menu), with a URI and UTF-16 offsets, or with the JSON
 * arguments of a hover-card link.
 */
export const registerRevealMention: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.revealMention', async (target: unknown, start?: number, end?: number) => {
      const place = mentionPlace(target, start, end) ?? linkedMentionPlace(services.bundles, target);
      if (!place) return;
      const document = await vscode.workspace.openTextDocument(place.uri);
      const selection = new vscode.Range(document.positionAt(place.start), document.positionAt(place.end));
      await vscode.window.showTextDocument(document, { selection, preview: true });
    }),
  );
};

function mentionPlace(target: unknown, start?: number, end?: number): { uri: vscode.Uri; start: number; end: number } | undefined {
  if (target instanceof vscode.Uri && typeof start === 'number') return { uri: target, start, end: end ?? start };
  const node = target as IndexNode | undefined;
  if (node?.type !== 'mention') return undefined;
  return { uri: node.bundle.uriOf(node.mention.file), start: node.mention.start, end: node.mention.end };
}
