import type * as vscode from 'vscode';
import type { BundleSnapshot } from '../core/bundle/api';

/** One workspace folder seen as a bundle of sources. */
export interface Bundle {
  readonly root: vscode.Uri;
  readonly name: string;
  /** The index as it stands now (includes unsaved edits of open documents). */
  snapshot(): BundleSnapshot;
  /** The URI of a bundle-relative file path. */
  uriOf(file: string): vscode.Uri;
}

export interface BundleChange {
  readonly bundle: Bundle;
  /** Bundle-relative paths whose mentions changed; empty after a full rebuild. */
  readonly files: readonly string[];
}

/** Whether `change` may have altered `file` of `bundle` (a full rebuild alters every file). */
export function changeTouches(change: BundleChange, bundle: Bundle, file: string): boolean {
  return change.bundle.root.toString() === bundle.root.toString() && (change.files.length === 0 || change.files.includes(file));
}

/** Keeps one bundle index per workspace folder up to date with the editor and the disk. */
export interface BundleService {
  readonly onDidChange: vscode.Event<BundleChange>;
  /** Resolves once every bundle finished its first index (or it was cancelled). */
  readonly ready: Promise<void>;
  bundles(): readonly Bundle[];
  /** The bundle and relative path of a source file, or undefined when `uri` is not a source. */
  locate(uri: vscode.Uri): { bundle: Bundle; file: string } | undefined;
  /** Re-reads every source of every bundle (or of one). */
  rebuild(bundle?: Bundle): Promise<void>;
  /**
   * Indexes the open buffer of `uri` now if it is waiting for a pause in typing: a view asks
   * about it (a hover, the outline), so the person has paused. No-op otherwise.
   */
  catchUp(uri: vscode.Uri): void;
}

/** What activate() builds once and hands to every feature. */
export interface Services {
  readonly bundles: BundleService;
}

/** A feature registers what it needs and pushes its disposables to `context.subscriptions`. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => void;
