import * as vscode from 'vscode';
import { type IndexOverrides, NO_OVERRIDES } from '../../core/bundle/overrides';
import { readIndexYaml } from '../../core/indexYaml/read';
import { readTextIfExists } from '../util/atomicWrite';
import { Disposable } from '../util/dispose';
import { clearIndexYamlProblems, showIndexYamlProblems } from './indexYamlProblems';

/**
 * The person-made edits of one bundle's INDEX.yaml, as saved on disk. A broken file shows its
 * errors in Problems and the last good overrides stay in force, so a half-typed edit never
 * undoes earlier merges.
 */
export class IndexYamlOverrides extends Disposable {
  /** The text whose overrides are in force (undefined: no INDEX.yaml). */
  private lastText: string | undefined;
  private loaded = false;

  constructor(
    readonly uri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register({ dispose: () => clearIndexYamlProblems(uri) });
  }

  /** Re-reads the file: the overrides to apply, or undefined when nothing changed or it is broken. */
  async reload(): Promise<IndexOverrides | undefined> {
    const text = await readOrLog(this.uri, this.log);
    if (this.isDisposed) return undefined;
    if (text !== undefined && text === this.lastText) {
      // Back to the text in force (say, a broken edit undone): only its problems go.
      clearIndexYamlProblems(this.uri);
      return undefined;
    }
    if (text === undefined) {
      if (this.loaded && this.lastText === undefined) return undefined;
      this.loaded = true;
      this.lastText = undefined;
      clearIndexYamlProblems(this.uri);
      return NO_OVERRIDES;
    }
    const result = readIndexYaml(text);
    if (result.errors.length > 0) {
      showIndexYamlProblems(this.uri, result.errors);
      this.log.warn(`${this.uri.fsPath}: ${result.errors[0].message} (line ${result.errors[0].line}); keeping the last good overrides`);
      // lastText stays the text in force, so undoing the broken edit is recognised.
      return undefined;
    }
    clearIndexYamlProblems(this.uri);
    this.loaded = true;
    this.lastText = text;
    return result.overrides;
  }
}

/** The file's text, or undefined when it does not exist (or cannot be read: logged). */
async function readOrLog(uri: vscode.Uri, log: vscode.LogOutputChannel): Promise<string | undefined> {
  try {
    return await readTextIfExists(uri);
  } catch (err) {
    log.warn(`cannot read ${uri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}
