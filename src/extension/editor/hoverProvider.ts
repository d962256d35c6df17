import * as vscode from 'vscode';
import { buildHoverCard } from '../../core/present/hoverCard';
import { LINKED_COMMANDS } from '../../core/present/links';
import type { Feature } from '../services';
import { hostSteps } from '../util/hostSteps';
import { entityAtPosition } from './entityAtPosition';
import { NEWS_SOURCE_SELECTOR } from './selector';

/**
 * Hover cards on mentions. The card is built in the core with every piece of source text
 * escaped; here it is rendered with HTML off and only our own link commands trusted.
 */
export const registerHoverProvider: Feature = (context, services) => {
  const provider: vscode.HoverProvider = {
    async provideHover(document, position, token) {
      const asked = performance.now();
      const hit = await entityAtPosition(services.bundles, document, position, token);
      hostSteps.record('hover answered (async)', asked);
      if (!hit) return undefined;
      const started = performance.now();
      const cpu = hostSteps.cpuNow();
      const card = buildHoverCard({ snapshot: hit.snapshot, entity: hit.entity, mention: hit.mention, root: hit.bundle.root.toString() });
      const markdown = new vscode.MarkdownString(card);
      markdown.supportHtml = false;
      markdown.supportThemeIcons = false;
      markdown.isTrusted = { enabledCommands: [...LINKED_COMMANDS] };
      hostSteps.record('hover card', started, cpu);
      return new vscode.Hover(markdown, hit.range);
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(NEWS_SOURCE_SELECTOR, provider));
};
