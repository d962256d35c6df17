import * as vscode from 'vscode';
import type { MentionKind } from '../../core/model';
import { KINDS } from '../../core/present/entityLabel';
import type { Feature } from '../services';

/**
 * Flips `newsLens.highlight.<kind>` where its current value comes from (a folder's or the
 * workspace's settings), else in the user settings so no file is written into the bundle.
 * Returns the new state.
 */
async function toggleHighlight(kind: MentionKind): Promise<boolean> {
  const scope = vscode.window.activeTextEditor?.document.uri;
  const config = vscode.workspace.getConfiguration('newsLens', scope);
  const key = `highlight.${kind}`;
  const next = !config.get<boolean>(key, true);
  const inspected = config.inspect<boolean>(key);
  const target = inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
    : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  await config.update(key, next, target);
  return next;
}

/** `newsLens.toggleHighlights.person|rate|date`. */
export const registerToggleHighlights: Feature = (context) => {
  for (const kind of KINDS) {
    context.subscriptions.push(vscode.commands.registerCommand(`newsLens.toggleHighlights.${kind}`, () => toggleHighlight(kind)));
  }
};
