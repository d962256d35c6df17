import { registerBuildFactSheet } from './commands/buildFactSheet';
import { registerNewsSourceLanguage } from './language/newsSourceLanguage';
import { registerHighlights } from './editor/decorations';
import { registerHoverProvider } from './editor/hoverProvider';
import { registerDefinitionProvider } from './editor/navigation/definitionProvider';
import { registerDocumentHighlightProvider } from './editor/navigation/documentHighlightProvider';
import { registerDocumentSymbolProvider } from './editor/navigation/documentSymbolProvider';
import { registerReferenceProvider } from './editor/navigation/referenceProvider';
import { registerWorkspaceSymbolProvider } from './editor/navigation/workspaceSymbolProvider';
import { registerShowAllMentions } from './editor/showAllMentions';
import { registerStatusBar } from './editor/statusBar';
import { registerToggleHighlights } from './editor/toggleHighlights';
import type { Feature } from './services';
import { registerRebuildIndex } from './commands/rebuildIndex';
import { registerIndexTree } from './tree/indexTreeView';
import { registerRevealMention } from './tree/revealMention';
import { registerCopyCitation } from './tree/copyCitation';
import { registerEntityActions } from './tree/entityActions';

/** Every feature of the extension, registered in this order by activate(). One line each. */
export const features: readonly Feature[] = [
  registerNewsSourceLanguage,
  registerBuildFactSheet,
  registerHighlights,
  registerToggleHighlights,
  registerHoverProvider,
  registerShowAllMentions,
  registerDefinitionProvider,
  registerReferenceProvider,
  registerDocumentHighlightProvider,
  registerDocumentSymbolProvider,
  registerWorkspaceSymbolProvider,
  registerStatusBar,
  registerRebuildIndex,
  registerIndexTree,
  registerRevealMention,
  registerCopyCitation,
  registerEntityActions,
];
