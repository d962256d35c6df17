import * as vscode from 'vscode';
import type { Feature } from '../services';
import type { EntityMention } from '../../core/bundle/api';
import type { IndexNode } from './indexNodes';
import { entityLabel, snippetAround } from './indexTreeItems';

/**
 * `newsLens.copyCitation`: puts `file:line snippet` on the clipboard, for a mention, for every
 * mention of an entity (one per line), or for a source (its file and what the page says it is).
 * Resolves to the copied text.
 */
export const registerCopyCitation: Feature = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.copyCitation', async (node?: IndexNode) => {
      const text = node ? citationOf(node) : undefined;
      if (!text) return undefined;
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage('$(copy) Citation copied', 3000);
      return text;
    }),
  );
};

function citationOf(node: IndexNode): string | undefined {
  const cite = (mention: EntityMention) => {
    const text = node.snapshot.text(mention.file);
    const snippet = text === undefined ? mention.text : snippetAround(text, mention.start, mention.end);
    return `${mention.file}:${mention.line} "${snippet}"`;
  };
  switch (node.type) {
    case 'mention':
      return cite(node.mention);
    case 'entity': {
      const mentions = node.inFile === undefined ? node.entity.mentions : node.entity.mentions.filter((m) => m.file === node.inFile);
      return [entityLabel(node.entity), ...mentions.map(cite)].join('\n');
    }
    case 'file':
      return [entityLabel(node.entity), ...node.entity.mentions.filter((m) => m.file === node.file).map(cite)].join('\n');
    case 'source': {
      const { title, outlet, published, url } = node.source.metadata;
      return [node.source.file, [title, outlet, published, url].filter(Boolean).join(', ')].filter(Boolean).join(': ');
    }
    default:
      return undefined;
  }
}
