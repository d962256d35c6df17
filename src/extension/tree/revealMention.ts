import * as vscode from 'vscode';
import { documentRange } from '../editor/mentionRanges';
import { linkedMentionPlace } from '../editor/revealMention';
import type { BundleService, Feature } from '../services';
import type { IndexNode } from './indexNodes';

/**
 * `newsLens.revealMention`: opens a mention's file with the mention selected. Called with a
 * mention node (tree click, context menu), with a URI and UTF-16 offsets, or with the JSON
 * arguments of a hover-card link.
 */
export const registerRevealMention: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.revealMention', async (target: unknown, start?: number, end?: number) => {
      const place = mentionPlace(services.bundles, target, start, end) ?? linkedMentionPlace(services.bundles, target);
      if (!place) return;
      const document = await vscode.workspace.openTextDocument(place.uri);
      const selection = documentRange(document, place.start, place.end);
      await vscode.window.showTextDocument(document, { selection, preview: true });
    }),
  );
};

/** A tree node, or a URI with offsets; only a source of an open bundle is ever opened. */
function mentionPlace(
  bundles: BundleService,
  target: unknown,
  start?: number,
  end?: number,
): { uri: vscode.Uri; start: number; end: number } | undefined {
  if (target instanceof vscode.Uri) {
    if (typeof start !== 'number' || !bundles.locate(target)) return undefined;
    return { uri: target, start, end: typeof end === 'number' ? end : start };
  }
  const node = target as Partial<IndexNode> | undefined;
  // Arguments can come from elsewhere than the tree: a node is recognised by shape, not trusted.
  if (node?.type !== 'mention' || typeof node.bundle?.uriOf !== 'function' || !node.mention) return undefined;
  return { uri: node.bundle.uriOf(node.mention.file), start: node.mention.start, end: node.mention.end };
}
