import type * as vscode from 'vscode';
import { parseRevealMentionArgs } from '../../core/present/links';
import type { Bundle, BundleService } from '../services';

/** The bundle whose root URI is `root` (as a string), if it is still open. */
export function bundleByRoot(bundles: BundleService, root: string): Bundle | undefined {
  return bundles.bundles().find((bundle) => bundle.root.toString() === root);
}

/**
 * Where a hover-card link to `newsLens.revealMention` points (the command itself lives with the
 * INDEX view, which reveals mentions too). The arguments arrive as JSON from a link, so they are
 * checked: only a file its bundle indexed as a source is opened.
 */
export function linkedMentionPlace(bundles: BundleService, value: unknown): { uri: vscode.Uri; start: number; end: number } | undefined {
  const args = parseRevealMentionArgs(value);
  const bundle = args && bundleByRoot(bundles, args.root);
  if (!args || !bundle) return undefined;
  if (!bundle.snapshot().sources.some((source) => source.file === args.file)) return undefined;
  return { uri: bundle.uriOf(args.file), start: args.start, end: args.end };
}
