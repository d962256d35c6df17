import * as vscode from 'vscode';
import type { MentionKind } from '../../../core/model';

/** The Outline and Ctrl+T icons of each kind: VS Code has no "person" symbol, so the nearest fit. */
export const SYMBOL_KIND: Readonly<Record<MentionKind, vscode.SymbolKind>> = {
  person: vscode.SymbolKind.Object,
  rate: vscode.SymbolKind.Number,
  date: vscode.SymbolKind.Event,
};
