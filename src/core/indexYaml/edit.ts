import { isMap, isScalar, isSeq, type YAMLMap, YAMLSeq } from 'yaml';
import type { BundleSnapshot } from '../bundle/api';
import { fold } from '../bundle/linking/names';
import type { Rejection } from '../bundle/overrides';
import { parseIndex, scalarString } from './read';
import { IndexYamlError } from './schema';
import { writeIndexYaml } from './write';

/**
 * The edits a person makes from the INDEX view ("Merge with…", "Reject"), applied to INDEX.yaml
 * as if typed by hand: the file is first brought up to date with `snapshot` (as a rebuild
 * would), then the one entry is changed in place with the `yaml` Document API, so comments and
 * every other edit stay. Each returns the new text and throws IndexYamlError on a broken file.
 */

/** Adds `alias` to the `aliases` of the person entry named `person` (created if missing). */
export function addPersonAlias(current: string | undefined, snapshot: BundleSnapshot, person: string, alias: string): string {
  return editIndex(current, snapshot, (doc) => {
    const people = doc.getIn(['entities', 'people'], true) as YAMLSeq;
    let entry = people.items.find((item): item is YAMLMap => isMap(item) && scalarString(item.get('name')) === person);
    if (!entry) {
      entry = doc.createNode({ name: person }) as YAMLMap;
      people.items.push(entry);
    }
    const existing: unknown = entry.get('aliases', true);
    const aliases = isSeq(existing) ? existing : new YAMLSeq();
    if (isScalar(existing) && typeof existing.value === 'string' && existing.value !== '') aliases.items.push(doc.createNode(existing.value));
    if (!isSeq(existing)) {
      aliases.flow = true;
      entry.set('aliases', aliases);
    }
    const known = aliases.items.map((item) => (isScalar(item) ? scalarString(item.value) : undefined));
    if (!known.some((name) => name !== undefined && fold(name) === fold(alias))) aliases.items.push(doc.createNode(alias));
  });
}

/** Adds a rejection (a person's name, or any entity id) to `entities.rejected`, once. */
export function addRejection(current: string | undefined, snapshot: BundleSnapshot, rejection: Rejection): string {
  return editIndex(current, snapshot, (doc) => {
    const rejected = doc.getIn(['entities', 'rejected'], true) as YAMLSeq;
    const [key, value] = 'person' in rejection ? ['person', rejection.person] : ['id', rejection.id];
    const same = (item: unknown) =>
      isMap(item)
        ? scalarString(item.get(key)) === value
        : key === 'person' && isScalar(item) && typeof item.value === 'string' && fold(item.value) === fold(value);
    if (rejected.items.some(same)) return;
    rejected.items.push(doc.createNode({ [key]: value }));
    // A list that now has entries reads better one per line.
    rejected.flow = false;
  });
}

function editIndex(current: string | undefined, snapshot: BundleSnapshot, edit: (doc: ReturnType<typeof parseIndex>['doc']) => void): string {
  const { doc, problems } = parseIndex(writeIndexYaml(current, snapshot));
  if (problems.length > 0) throw new IndexYamlError(problems);
  edit(doc);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
