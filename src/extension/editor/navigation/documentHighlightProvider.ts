import * as vscode from 'vscode';
import type { Feature } from '../../services';
import { entityAtPosition } from '../entityAtPosition';
import { documentRange } from '../mentionRanges';
import { NEWS_SOURCE_SELECTOR } from '../selector';

/** With the cursor on a mention, the other mentions of the same entity in this file light up. */
export const registerDocumentHighlightProvider: Feature = (context, services) => {
  const provider: vscode.DocumentHighlightProvider = {
    async provideDocumentHighlights(document, position, token) {
      const hit = await entityAtPosition(services.bundles, document, position, token);
      if (!hit) return undefined;
      return hit.entity.mentions
        .filter((m) => m.file === hit.file)
        .map((m) => new vscode.DocumentHighlight(documentRange(document, m.start, m.end), vscode.DocumentHighlightKind.Text));
    },
  };
  context.subscriptions.push(vscode.languages.registerDocumentHighlightProvider(NEWS_SOURCE_SELECTOR, provider));
};
