import * as vscode from 'vscode';
import type { Entity } from '../../core/bundle/api';
import { mentionCount } from '../../core/bundle/entityMentions';
import { addPersonAlias, addRejection } from '../../core/indexYaml/edit';
import { explainIndexYamlWrite, type IndexYamlWrite, updateIndexYaml } from '../bundles/indexYamlFile';
import type { Feature } from '../services';
import type { IndexNode } from './indexNodes';
import { entityLabel } from './indexTreeItems';

type EntityNode = Extract<IndexNode, { type: 'entity' }>;

/**
 * The INDEX view's decisions, written to INDEX.yaml (where they live and can be undone):
 * `newsLens.mergeEntity` ("Merge with…": this person's name becomes an alias of another
 * person) and `newsLens.rejectEntity` ("not a person / rate / date"). Both resolve to what
 * happened to INDEX.yaml, or undefined when nothing was chosen. The index picks the change up
 * from the file watcher like any other edit of INDEX.yaml.
 */
export const registerEntityActions: Feature = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.mergeEntity', mergeEntity),
    vscode.commands.registerCommand('newsLens.rejectEntity', rejectEntity),
  );
};

/** `targetId` skips the quick pick (for tests and other extensions). */
async function mergeEntity(node?: IndexNode, targetId?: string): Promise<IndexYamlWrite['status'] | undefined> {
  if (node?.type !== 'entity') return undefined;
  const { entity, bundle } = node;
  if (entity.kind !== 'person') {
    void vscode.window.showInformationMessage('Only people can be merged: rates and dates are linked by their value and what they apply to.');
    return undefined;
  }
  const snapshot = bundle.snapshot();
  const target = typeof targetId === 'string' ? snapshot.entity(targetId) : await pickTarget(node);
  if (!target || target.id === entity.id) return undefined;
  const result = await updateIndexYaml(bundle, (current) => addPersonAlias(current, bundle.snapshot(), target.name, entity.name));
  explainIndexYamlWrite(result);
  if (result.status === 'written') vscode.window.setStatusBarMessage(`$(merge) "${entity.name}" merged into "${target.name}" in INDEX.yaml`, 5000);
  return result.status;
}

async function pickTarget(node: EntityNode): Promise<Entity | undefined> {
  const { entity } = node;
  const likely = new Set([...entity.possibleMatches, ...entity.ambiguousWith]);
  const candidates = node.bundle
    .snapshot()
    .entities.filter((other) => other.kind === entity.kind && other.id !== entity.id)
    .sort((a, b) => Number(likely.has(b.id)) - Number(likely.has(a.id)) || mentionCount(b) - mentionCount(a));
  const items = candidates.map((other) => ({
    label: entityLabel(other),
    description: `${mentionCount(other)} mentions`,
    detail: likely.has(other.id) ? 'Likely the same person' : undefined,
    entity: other,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Merge "${entityLabel(entity)}" with…`,
    placeHolder: `"${entityLabel(entity)}" becomes an alias of the person you pick (saved in INDEX.yaml)`,
    matchOnDescription: true,
  });
  return picked?.entity;
}

async function rejectEntity(node?: IndexNode): Promise<IndexYamlWrite['status'] | undefined> {
  if (node?.type !== 'entity') return undefined;
  const { entity, bundle } = node;
  const rejection = entity.kind === 'person' ? { person: entity.name } : { id: entity.id };
  const result = await updateIndexYaml(bundle, (current) => addRejection(current, bundle.snapshot(), rejection));
  explainIndexYamlWrite(result);
  if (result.status === 'written') {
    vscode.window.setStatusBarMessage(`$(circle-slash) "${entityLabel(entity)}" rejected in INDEX.yaml (remove it there to undo)`, 5000);
  }
  return result.status;
}
