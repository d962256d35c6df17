import * as assert from 'node:assert/strict';
import type { NewsLensApi } from '../../src/extension/extension';
import type { IndexNode } from '../../src/extension/tree/indexNodes';

/** Reads the INDEX view the way a person sees it, by labels; `api` is asked on each use (suites set it in `before`). */
export function indexTreeReader(api: () => NewsLensApi) {
  const tree = () => {
    const view = api().indexTree;
    assert.ok(view, 'the INDEX view is registered');
    return view;
  };
  const labelOf = (node: IndexNode) => {
    const label = tree().getTreeItem(node).label;
    return typeof label === 'string' ? label : label?.label ?? '';
  };
  const group = (label: string) => {
    const found = tree().getChildren().find((node) => labelOf(node) === label);
    assert.ok(found, `group ${label} exists`);
    return found;
  };
  return { tree, labelOf, group };
}
