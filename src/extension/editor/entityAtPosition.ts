import * as vscode from 'vscode';
import type { BundleSnapshot, Entity, EntityMention } from '../../core/bundle/api';
import type { Bundle, BundleService } from '../services';
import { freshSnapshot } from './freshSnapshot';
import { documentRange } from './mentionRanges';

/** The entity under the cursor, with everything a provider needs to answer about it. */
export interface EntityHit {
  readonly bundle: Bundle;
  readonly file: string;
  readonly snapshot: BundleSnapshot;
  readonly entity: Entity;
  readonly mention: EntityMention;
  /** The mention's range in `document` as it is now. */
  readonly range: vscode.Range;
}

/**
 * The entity mentioned at `position`, or undefined. Waits briefly for the index to catch up
 * with typing; a mention whose text is still not where the index put it is not answered for.
 */
export async function entityAtPosition(
  bundles: BundleService,
  document: vscode.TextDocument,
  position: vscode.Position,
  token: vscode.CancellationToken,
): Promise<EntityHit | undefined> {
  const located = bundles.locate(document.uri);
  if (!located) return undefined;
  const snapshot = await freshSnapshot(bundles, located.bundle, located.file, document, token);
  const hit = snapshot.entityAt(located.file, document.offsetAt(position));
  if (!hit || token.isCancellationRequested) return undefined;
  const range = documentRange(document, hit.mention.start, hit.mention.end);
  if (document.getText(range) !== hit.mention.text) return undefined;
  return { bundle: located.bundle, file: located.file, snapshot, entity: hit.entity, mention: hit.mention, range };
}
