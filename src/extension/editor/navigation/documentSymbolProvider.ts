import * as vscode from 'vscode';
import { fileOutline } from '../../../core/present/outline';
import type { Feature } from '../../services';
import { freshSnapshot } from '../freshSnapshot';
import { documentRange } from '../mentionRanges';
import { NEWS_SOURCE_SELECTOR } from '../selector';
import { SYMBOL_KIND } from './symbolKinds';

/**
 * The Outline and breadcrumbs of a source: its people, rates and dates, grouped by kind. An
 * entity's range runs from its first to its last mention in the file; selecting it goes to the first.
 */
export const registerDocumentSymbolProvider: Feature = (context, services) => {
  const provider: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document, token) {
      const located = services.bundles.locate(document.uri);
      if (!located) return undefined;
      const snapshot = await freshSnapshot(services.bundles, located.bundle, located.file, document, token);
      return fileOutline(snapshot, located.file).map((group) => {
        const children = group.entities.map(({ label, detail, mentions }) => {
          const first = mentions[0];
          const last = mentions[mentions.length - 1];
          return new vscode.DocumentSymbol(label, detail, SYMBOL_KIND[group.kind], documentRange(document, first.start, last.end), documentRange(document, first.start, first.end));
        });
        const range = children.reduce((all, child) => all.union(child.range), children[0].range);
        const symbol = new vscode.DocumentSymbol(group.label, `${children.length}`, vscode.SymbolKind.Namespace, range, children[0].selectionRange);
        symbol.children = children;
        return symbol;
      });
    },
  };
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(NEWS_SOURCE_SELECTOR, provider, { label: 'News Lens' }),
  );
};
