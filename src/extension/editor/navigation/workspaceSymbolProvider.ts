import * as vscode from 'vscode';
import { entityLabel, KIND_NAMES } from '../../../core/present/entityLabel';
import { searchEntities } from '../../../core/present/entitySearch';
import type { Feature } from '../../services';
import { mentionLocation } from '../mentionRanges';
import { SYMBOL_KIND } from './symbolKinds';

/**
 * Go to Symbol in Workspace (Ctrl+T): an entity by its name or any variant seen ("Mr Akazawa"
 * finds Ryosei Akazawa), located at its first mention. When a variant matched, the symbol is
 * named by it (the editor filters by the symbol's name) and the canonical name is its container.
 */
export const registerWorkspaceSymbolProvider: Feature = (context, services) => {
  const provider: vscode.WorkspaceSymbolProvider = {
    provideWorkspaceSymbols(query, token) {
      const symbols: vscode.SymbolInformation[] = [];
      for (const bundle of services.bundles.bundles()) {
        if (token.isCancellationRequested) break;
        const snapshot = bundle.snapshot();
        for (const { entity, matchedName } of searchEntities(snapshot.entities, query)) {
          const first = entity.mentions[0];
          if (!first) continue;
          const label = entityLabel(entity);
          const appliesTo = entity.kind === 'rate' ? entity.mentions.map((m) => m.mention.rate?.appliesTo).find(Boolean) : undefined;
          const kind = appliesTo ? `${KIND_NAMES[entity.kind].one} on ${appliesTo}` : KIND_NAMES[entity.kind].one;
          const container = matchedName === label ? kind : `${label} · ${kind}`;
          symbols.push(new vscode.SymbolInformation(matchedName, SYMBOL_KIND[entity.kind], container, mentionLocation(bundle, snapshot, first)));
        }
      }
      return symbols;
    },
  };
  context.subscriptions.push(vscode.languages.registerWorkspaceSymbolProvider(provider));
};
