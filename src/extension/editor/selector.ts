import type * as vscode from 'vscode';
import { NEWS_SOURCE_LANGUAGE } from '../language/newsSourceLanguage';

/**
 * Documents the editor features serve: the news-source language, and plain `.txt` files (a
 * user may turn the language off). Providers still answer only for files a bundle owns.
 */
export const NEWS_SOURCE_SELECTOR: vscode.DocumentSelector = [
  { language: NEWS_SOURCE_LANGUAGE },
  { scheme: 'file', pattern: '**/*.txt' },
];
