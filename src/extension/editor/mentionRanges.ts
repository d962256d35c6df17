import * as vscode from 'vscode';
import type { BundleSnapshot, EntityMention } from '../../core/bundle/api';
import { LineIndex } from '../../core/present/positions';
import type { Bundle } from '../services';

/** The range of UTF-16 offsets [start, end) in `document` as it is now. */
export function documentRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** Line indexes per snapshot and file: a snapshot is immutable, so they stay valid while it lives. */
const lineIndexes = new WeakMap<BundleSnapshot, Map<string, LineIndex>>();

function lineIndexOf(snapshot: BundleSnapshot, file: string): LineIndex | undefined {
  let perFile = lineIndexes.get(snapshot);
  if (!perFile) lineIndexes.set(snapshot, (perFile = new Map()));
  let index = perFile.get(file);
  if (!index) {
    const text = snapshot.text(file);
    if (text === undefined) return undefined;
    perFile.set(file, (index = LineIndex.of(text)));
  }
  return index;
}

/** The range of a mention in its file as the snapshot indexed it (no need to open the file). */
function mentionRange(snapshot: BundleSnapshot, mention: Pick<EntityMention, 'file' | 'start' | 'end' | 'line'>): vscode.Range {
  const index = lineIndexOf(snapshot, mention.file);
  if (!index) {
    // No text kept for the file: the 1-based line is all we know.
    const line = Math.max(0, mention.line - 1);
    return new vscode.Range(line, 0, line, 0);
  }
  const start = index.positionAt(mention.start);
  const end = index.positionAt(mention.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

export function mentionLocation(bundle: Bundle, snapshot: BundleSnapshot, mention: EntityMention): vscode.Location {
  return new vscode.Location(bundle.uriOf(mention.file), mentionRange(snapshot, mention));
}
