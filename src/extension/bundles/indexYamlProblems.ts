import * as vscode from 'vscode';
import type { IndexYamlProblem } from '../../core/indexYaml/schema';

export type { IndexYamlProblem };

let collection: vscode.DiagnosticCollection | undefined;

/**
 * The "news-lens" diagnostic collection, created once: INDEX.yaml errors show in the Problems
 * panel whether found by the bundle reading its overrides or by a command about to write.
 */
export function initIndexYamlProblems(context: vscode.ExtensionContext): vscode.DiagnosticCollection {
  if (!collection) {
    const created = vscode.languages.createDiagnosticCollection('news-lens');
    collection = created;
    context.subscriptions.push(created, { dispose: () => { if (collection === created) collection = undefined; } });
  }
  return collection;
}

export function showIndexYamlProblems(uri: vscode.Uri, problems: readonly IndexYamlProblem[]): void {
  collection?.set(uri, problems.map(toDiagnostic));
}

export function clearIndexYamlProblems(uri: vscode.Uri): void {
  collection?.delete(uri);
}

function toDiagnostic(problem: IndexYamlProblem): vscode.Diagnostic {
  const line = Math.max(0, problem.line - 1);
  const col = Math.max(0, problem.col - 1);
  // The core gives a point; a one-character range keeps the squiggle visible at line ends too.
  const range = new vscode.Range(line, col, line, col + 1);
  const diagnostic = new vscode.Diagnostic(range, `INDEX.yaml: ${problem.message}`, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'News Lens';
  return diagnostic;
}
