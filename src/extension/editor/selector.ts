import type * as vscode from 'vscode';

/**
 * Documents the editor features serve: the news-source language, and plain `.txt` files (a
 * user may turn the language off). Providers still answer only for files a bundle owns.
 */
export const NEWS_SOURCE_SELECTOR: vscode.DocumentSelector = [
  { language: 'news-source' },
  { scheme: 'file', pattern: '**/*.txt' },
];
