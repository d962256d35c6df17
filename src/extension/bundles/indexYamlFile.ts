import * as vscode from 'vscode';
import { INDEX_FILE } from '../../core/bundle/discovery';
import { readIndexYaml } from '../../core/indexYaml/read';
import { IndexYamlError } from '../../core/indexYaml/schema';
import type { Bundle } from '../services';
import { readTextIfExists, writeFileAtomic } from '../util/atomicWrite';
import { type IndexYamlProblem, showIndexYamlProblems } from './indexYamlProblems';

/** What became of one attempt to write a bundle's INDEX.yaml. */
export type IndexYamlWrite =
  | { readonly status: 'written' | 'unchanged'; readonly uri: vscode.Uri }
  /** Untrusted workspace: News Lens writes nothing there. */
  | { readonly status: 'untrusted'; readonly uri: vscode.Uri }
  /** INDEX.yaml is open with unsaved edits: writing would fight the person's buffer. */
  | { readonly status: 'unsaved'; readonly uri: vscode.Uri }
  /** INDEX.yaml does not parse: it is never overwritten. */
  | { readonly status: 'broken'; readonly uri: vscode.Uri; readonly problems: readonly IndexYamlProblem[] }
  | { readonly status: 'failed'; readonly uri: vscode.Uri; readonly message: string };

/**
 * The one way News Lens changes a bundle's INDEX.yaml: re-reads the file as it is on disk right
 * now, refuses when the workspace is untrusted, the file is broken or has unsaved edits, and
 * otherwise writes `transform(current)` atomically (nothing when the text is unchanged).
 * `current` is undefined when there is no INDEX.yaml yet.
 */
export async function updateIndexYaml(
  bundle: Bundle,
  transform: (current: string | undefined) => string,
): Promise<IndexYamlWrite> {
  const uri = bundle.uriOf(INDEX_FILE);
  if (!vscode.workspace.isTrusted) return { status: 'untrusted', uri };
  if (vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === uri.toString())) {
    return { status: 'unsaved', uri };
  }
  try {
    const current = await readTextIfExists(uri);
    if (current !== undefined) {
      const { errors } = readIndexYaml(current);
      if (errors.length > 0) {
        showIndexYamlProblems(uri, errors);
        return { status: 'broken', uri, problems: errors };
      }
    }
    const next = transform(current);
    if (next === current) return { status: 'unchanged', uri };
    await writeFileAtomic(uri, next);
    return { status: 'written', uri };
  } catch (err) {
    if (err instanceof IndexYamlError) {
      // Broken between our check and the transform's own parse: still never overwritten.
      showIndexYamlProblems(uri, err.problems);
      return { status: 'broken', uri, problems: err.problems };
    }
    return { status: 'failed', uri, message: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Tells the person why INDEX.yaml was not written, with the way out (trust the folder, open the
 * problem, save the file). Does not wait for the answer: commands return at once.
 */
export function explainIndexYamlWrite(result: IndexYamlWrite): void {
  switch (result.status) {
    case 'written':
    case 'unchanged':
      return;
    case 'untrusted':
      void vscode.window
        .showWarningMessage(
          'News Lens writes INDEX.yaml only in a trusted workspace. The INDEX is still built and shown; trust this folder to save it.',
          'Manage Workspace Trust',
        )
        .then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
      return;
    case 'unsaved':
      void vscode.window.showWarningMessage(`${plain(result.uri.fsPath)} has unsaved changes: save or revert it, then run the command again.`);
      return;
    case 'broken': {
      const first = result.problems[0];
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window
        .showErrorMessage(
          `INDEX.yaml was not written because it has an error at line ${first.line}: ${plain(first.message)}. Fix it and run the command again.`,
          'Open INDEX.yaml',
        )
        .then((choice) => choice && openAt(result.uri, first));
      return;
    }
    case 'failed':
      void vscode.window.showErrorMessage(`Could not write ${plain(result.uri.fsPath)}: ${plain(result.message)}`);
      return;
  }
}

/** Notifications turn `[label](target)` into links: text from files must not become one. */
export function plain(text: string): string {
  return text.replace(/\[/g, '(').replace(/\]/g, ')');
}

async function openAt(uri: vscode.Uri, problem: IndexYamlProblem): Promise<void> {
  const position = new vscode.Position(Math.max(0, problem.line - 1), Math.max(0, problem.col - 1));
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position) });
}
