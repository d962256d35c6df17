import * as vscode from 'vscode';
import type { Feature } from '../../services';
import { entityAtPosition } from '../entityAtPosition';
import { mentionLocation } from '../mentionRanges';
import { NEWS_SOURCE_SELECTOR } from '../selector';

/**
 * Find All References and Peek: every mention of the entity in every file of the bundle. A
 * mention has no declaration apart from its uses, so `includeDeclaration` changes nothing.
 */
export const registerReferenceProvider: Feature = (context, services) => {
  const provider: vscode.ReferenceProvider = {
    async provideReferences(document, position, _context, token) {
      const hit = await entityAtPosition(services.bundles, document, position, token);
      if (!hit) return undefined;
      return hit.entity.mentions.map((m) => mentionLocation(hit.bundle, hit.snapshot, m));
    },
  };
  context.subscriptions.push(vscode.languages.registerReferenceProvider(NEWS_SOURCE_SELECTOR, provider));
};
