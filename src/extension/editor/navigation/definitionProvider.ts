import * as vscode from 'vscode';
import type { Feature } from '../../services';
import { entityAtPosition } from '../entityAtPosition';
import { mentionLocation } from '../mentionRanges';
import { NEWS_SOURCE_SELECTOR } from '../selector';

/** Go to Definition: the entity's first mention in the bundle (bundle order: file path, then offset). */
export const registerDefinitionProvider: Feature = (context, services) => {
  const provider: vscode.DefinitionProvider = {
    async provideDefinition(document, position, token) {
      const hit = await entityAtPosition(services.bundles, document, position, token);
      const first = hit?.entity.mentions[0];
      return hit && first ? mentionLocation(hit.bundle, hit.snapshot, first) : undefined;
    },
  };
  context.subscriptions.push(vscode.languages.registerDefinitionProvider(NEWS_SOURCE_SELECTOR, provider));
};
