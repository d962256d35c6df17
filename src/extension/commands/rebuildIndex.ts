import * as vscode from 'vscode';
import { writeIndexYaml } from '../../core/indexYaml/write';
import { explainIndexYamlWrite, type IndexYamlWrite, updateIndexYaml } from '../bundles/indexYamlFile';
import type { Bundle, Feature, Services } from '../services';
import { log } from '../util/log';

/** What `newsLens.rebuildIndex` did, per bundle: returned to callers (tests, other extensions). */
export interface RebuildSummary {
  readonly bundles: readonly {
    readonly name: string;
    /** The bundle root URI, as a string. */
    readonly root: string;
    readonly sources: number;
    readonly skipped: number;
    readonly entities: number;
    /** What happened to INDEX.yaml: written, unchanged, or why it was not written. */
    readonly indexYaml: IndexYamlWrite['status'];
  }[];
}

/**
 * `newsLens.rebuildIndex [folder URI | "all"]`: re-reads every source of the chosen bundles,
 * then writes each INDEX.yaml (keeping what people edited, atomically). Never writes a broken
 * INDEX.yaml, nor anything in an untrusted workspace. With several folders and no argument,
 * asks which one (or all). Resolves to a summary, or undefined when the choice was dismissed.
 */
export const registerRebuildIndex: Feature = (context, services) => {
  const channel = log(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.rebuildIndex', async (target?: unknown): Promise<RebuildSummary | undefined> => {
      if (services.bundles.bundles().length === 0) {
        void vscode.window.showInformationMessage('Open a folder of news sources (.txt files) to build its INDEX.');
        return { bundles: [] };
      }
      const bundles = await chooseBundles(services, target);
      if (!bundles) return undefined;
      const results = [];
      for (const bundle of bundles) {
        await services.bundles.rebuild(bundle);
        const snapshot = bundle.snapshot();
        const write = await updateIndexYaml(bundle, (current) => writeIndexYaml(current, snapshot));
        explainIndexYamlWrite(write);
        if (write.status === 'written') channel.info(`${bundle.name}: wrote ${write.uri.fsPath}`);
        results.push({
          name: bundle.name,
          root: bundle.root.toString(),
          sources: snapshot.sources.filter((source) => !source.skipped).length,
          skipped: snapshot.sources.filter((source) => source.skipped).length,
          entities: snapshot.entities.length,
          indexYaml: write.status,
        });
      }
      const written = results.filter((r) => r.indexYaml === 'written' || r.indexYaml === 'unchanged');
      if (written.length) {
        const totals = written.reduce((sum, r) => ({ sources: sum.sources + r.sources, entities: sum.entities + r.entities }), { sources: 0, entities: 0 });
        vscode.window.setStatusBarMessage(`$(check) INDEX rebuilt: ${totals.sources} sources, ${totals.entities} entities`, 5000);
      }
      return { bundles: results };
    }),
  );
};

/** The bundles to rebuild: from the argument, the only one, or the person's pick. */
async function chooseBundles(services: Services, target: unknown): Promise<readonly Bundle[] | undefined> {
  const all = services.bundles.bundles();
  if (target === 'all' || all.length <= 1) return all;
  if (target instanceof vscode.Uri) {
    const match = all.find((bundle) => bundle.root.toString() === target.toString()) ?? services.bundles.locate(target)?.bundle;
    return match ? [match] : [];
  }
  const everything = { label: 'All folders', description: `${all.length} bundles`, bundles: all };
  const picks = [everything, ...all.map((bundle) => ({ label: bundle.name, description: bundle.root.fsPath, bundles: [bundle] }))];
  const picked = await vscode.window.showQuickPick(picks, { title: 'Rebuild INDEX', placeHolder: 'Which folder\'s INDEX?' });
  return picked?.bundles;
}
