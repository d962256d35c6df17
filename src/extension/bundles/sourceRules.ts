import * as vscode from 'vscode';
import { createExcludeMatcher, DEFAULT_EXCLUDE, type ExcludePatterns, isSourcePath, normalizeRelative } from '../../core/bundle/discovery';

/** Settings that decide which files of a folder are sources; a change means a rebuild. */
export const SOURCE_SETTINGS = ['files.exclude', 'newsLens.exclude', 'newsLens.factSheet.path', 'newsLens.maxFileSizeMB'];

const DEFAULT_MAX_FILE_SIZE_MB = 20;

/** One folder's source rules, read once from its settings. */
export interface SourceRules {
  /** Whether a bundle-relative path is a source: a .txt, not excluded, not one of our outputs. */
  isSource(file: string): boolean;
  /** Whether a bundle-relative path (a file or a folder) lies under an exclusion. */
  isExcluded(file: string): boolean;
  /** Larger files are skipped with a note. */
  readonly maxFileBytes: number;
}

export function readSourceRules(folder: vscode.WorkspaceFolder): SourceRules {
  const config = vscode.workspace.getConfiguration(undefined, folder.uri);
  const filesExclude = config.get<Record<string, unknown>>('files.exclude') ?? {};
  const newsLensExclude = asPatterns(config.get<unknown>('newsLens.exclude'));
  const factSheet = config.get<string>('newsLens.factSheet.path');
  const factSheetPath = factSheet ? normalizeRelative(factSheet) : undefined;
  const sizeMB = config.get<number>('newsLens.maxFileSizeMB');
  const isExcluded = createExcludeMatcher(DEFAULT_EXCLUDE, filesExclude, newsLensExclude);
  return {
    isExcluded,
    isSource: (file) => isSourcePath(file, { factSheetPath }) && !isExcluded(file),
    maxFileBytes: (typeof sizeMB === 'number' && sizeMB > 0 ? sizeMB : DEFAULT_MAX_FILE_SIZE_MB) * 1024 * 1024,
  };
}

/** `newsLens.exclude`: a list of globs, or an object shaped like `files.exclude`, or one glob. */
function asPatterns(value: unknown): ExcludePatterns {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (value && typeof value === 'object') return value as Record<string, unknown>;
  return [];
}
