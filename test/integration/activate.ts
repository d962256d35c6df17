import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'newslens.news-lens';

/** Activates News Lens and waits until its bundles are first indexed; returns its API. */
export async function activateNewsLens(): Promise<NewsLensApi> {
  const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  await api.services.bundles.ready;
  return api;
}
