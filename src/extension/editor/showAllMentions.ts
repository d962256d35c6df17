import * as vscode from 'vscode';
import { parseShowAllMentionsArgs, SHOW_ALL_MENTIONS_COMMAND } from '../../core/present/links';
import type { Feature } from '../services';
import { mentionLocation } from './mentionRanges';
import { bundleByRoot } from './revealMention';

/**
 * `newsLens.showAllMentions`: every mention of an entity in the references peek, anchored at the
 * mention the hover card came from. Returns how many locations it showed.
 */
export const registerShowAllMentions: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_ALL_MENTIONS_COMMAND, async (value: unknown): Promise<number> => {
      const args = parseShowAllMentionsArgs(value);
      const bundle = args && bundleByRoot(services.bundles, args.root);
      if (!args || !bundle) return 0;
      const snapshot = bundle.snapshot();
      const entity = snapshot.entity(args.entity);
      if (!entity) return 0;
      const locations = entity.mentions.map((m) => mentionLocation(bundle, snapshot, m));
      const document = await vscode.workspace.openTextDocument(bundle.uriOf(args.file));
      await vscode.commands.executeCommand('editor.action.showReferences', document.uri, document.positionAt(args.start), locations);
      return locations.length;
    }),
  );
};
