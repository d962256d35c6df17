import type { IndexOverrides } from '../overrides';
import { type CjkvParts, cjkvParts, possibleCjkvKeys, startsWithKimOrLee } from './cjkv';
import type { KeyStat } from './keys';
import { fold, likelyMisspelling, misspellingKeys, nameTokens, slug } from './names';
import type { Group } from './types';

/** One distinct person name of the bundle (or one a person named in INDEX.yaml). */
interface NameNode {
  readonly name: string;
  readonly fold: string;
  readonly tokens: readonly string[];
  /** Set for a Chinese, Korean or Vietnamese full name. */
  readonly cjkv: CjkvParts | undefined;
  /** Undefined for a name that only INDEX.yaml gives (an alias target not seen in the text). */
  readonly key?: string;
  readonly mentions: number;
  readonly files: number;
  /** Set when INDEX.yaml lists this name with aliases: it names its entity. */
  pinned: boolean;
  parent: number;
}

/**
 * Groups the bundle's distinct person names (in-file canonical values) into people:
 * - names that fold alike, share given name and surname (middle names aside), or are the same
 *   two words in the other order ("Akazawa Ryosei") are one person; so are Chinese, Korean and
 *   Vietnamese names with the same family and given name in any order and spelling ("Kim Jong-un",
 *   "Kim Jong Un", "Jong-un Kim"), shown family name first;
 * - a bare surname joins the one full name in the bundle with that surname (or that family name:
 *   "Moon" for "Moon Jae-in"); when several full names share it, it stays apart and is marked
 *   ambiguous with each of them; with none, it joins the one two-word name that starts with it
 *   (surname-first order, "Akazawa Ryosei"), unless that is "Kim" or "Lee" of a Western name
 *   ("Kim Kardashian");
 * - a likely misspelt surname (same given name or none), or CJKV given name (same family name),
 *   becomes a possible match, never a merge;
 * - INDEX.yaml aliases merge whatever they name; rejected names are dropped.
 * Runs over distinct names only, so its cost does not grow with the number of mentions.
 */
export function linkPeople(stats: ReadonlyMap<string, KeyStat>, overrides: IndexOverrides): Group[] {
  const rejected = new Set<string>();
  for (const r of overrides.rejected) if ('person' in r) rejected.add(fold(r.person));

  const nodes: NameNode[] = [];
  const byFold = new Map<string, number>();
  const addNode = (name: string, key: string | undefined, stat: KeyStat | undefined): number => {
    const folded = fold(name);
    const index = nodes.length;
    nodes.push({
      name,
      fold: folded,
      tokens: nameTokens(name),
      cjkv: cjkvParts(name),
      key,
      mentions: stat?.mentions ?? 0,
      files: stat?.files ?? 0,
      pinned: false,
      parent: index,
    });
    const same = byFold.get(folded);
    if (same === undefined) byFold.set(folded, index);
    else union(nodes, same, index);
    return index;
  };
  for (const [key, stat] of stats) {
    if (key[0] !== 'p') continue;
    const name = key.slice(1);
    if (!rejected.has(fold(name))) addNode(name, key, stat);
  }

  const pinnedAliases = new Map<number, string[]>();
  const notes = new Map<string, string>();
  for (const entry of overrides.people) {
    if (entry.note !== undefined) notes.set(fold(entry.name), entry.note);
    if (entry.aliases.length === 0 || rejected.has(fold(entry.name))) continue;
    let target = byFold.get(fold(entry.name));
    if (target === undefined) target = addNode(entry.name, undefined, undefined);
    nodes[target].pinned = true;
    pinnedAliases.set(target, [...entry.aliases]);
    for (const alias of entry.aliases) {
      const other = byFold.get(fold(alias));
      if (other !== undefined) union(nodes, target, other);
    }
  }

  linkFullNames(nodes);
  const bareSeen = new Set(nodes.filter((n) => n.tokens.length === 1).map((n) => n.fold));
  const ambiguous = linkBareSurnames(nodes, bareSeen);

  // Collect groups.
  const members = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const root = find(nodes, i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  }
  const groups: { root: number; canonical: NameNode; members: number[] }[] = [];
  for (const [root, list] of members) {
    const canonical = nodes[pickCanonical(nodes, list, bareSeen)];
    if (rejected.has(canonical.fold)) continue;
    if (!list.some((i) => nodes[i].key !== undefined)) continue; // named in INDEX.yaml only
    groups.push({ root, canonical, members: list });
  }
  groups.sort((a, b) => compareNames(a.canonical.name, b.canonical.name));
  const indexOfRoot = new Map(groups.map((g, i) => [g.root, i]));

  const result: Group[] = groups.map((g) => {
    const aliases = g.members.flatMap((i) => pinnedAliases.get(i) ?? []);
    const note = notes.get(g.canonical.fold) ?? firstDefined(g.members.map((i) => notes.get(nodes[i].fold)));
    return {
      kind: 'person',
      name: g.canonical.name,
      idSeed: slug(g.canonical.name),
      keys: g.members.flatMap((i) => (nodes[i].key === undefined ? [] : [nodes[i].key as string])).sort(),
      aliases: [...new Set(aliases)].sort(),
      ...(note !== undefined ? { note } : {}),
      possibleMatches: [],
      ambiguousWith: (ambiguous.get(g.root) ?? [])
        .map((root) => indexOfRoot.get(find(nodes, root)))
        .filter((i): i is number => i !== undefined)
        .sort((a, b) => a - b),
    };
  });
  markPossibleMatches(result);
  return result;
}

/**
 * Full names with the same given name and surname, or the same two words swapped, are one; CJKV
 * names are one when their family and given names are, in whatever order and spelling.
 */
function linkFullNames(nodes: NameNode[]): void {
  const byPair = new Map<string, number>();
  const byCjkvKey = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const t = nodes[i].tokens;
    if (t.length < 2) continue;
    // The words between a CJKV family name and the last word are given name, not a middle name:
    // "Kim Jong Un" and "Kim Song Un" are two people.
    const cjkv = nodes[i].cjkv;
    const pair = cjkv === undefined ? t[0] + ' ' + t[t.length - 1] : cjkv.key;
    const table = cjkv === undefined ? byPair : byCjkvKey;
    const same = table.get(pair);
    if (same === undefined) table.set(pair, i);
    else union(nodes, same, i);
  }
  // "Kim Jongun" is not clearly Korean by itself, but is when the bundle also writes "Kim Jong-un".
  if (byCjkvKey.size > 0) {
    for (let i = 0; i < nodes.length; i++) {
      if (nodes[i].cjkv !== undefined || nodes[i].tokens.length < 2) continue;
      for (const key of possibleCjkvKeys(nodes[i].name)) {
        const same = byCjkvKey.get(key);
        if (same !== undefined) union(nodes, same, i);
      }
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    const t = nodes[i].tokens;
    if (t.length !== 2) continue;
    const swapped = byPair.get(t[1] + ' ' + t[0]);
    if (swapped !== undefined) union(nodes, swapped, i);
  }
}

/**
 * A one-word name joins the single full-name group whose surname it is. Returns, for the
 * one-word groups left apart because several full names share the surname, those groups' roots.
 */
function linkBareSurnames(nodes: NameNode[], bareSeen: ReadonlySet<string>): Map<number, number[]> {
  // Surname of each full-name group, from the group's canonical name.
  const groupMembers = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const root = find(nodes, i);
    const list = groupMembers.get(root);
    if (list) list.push(i);
    else groupMembers.set(root, [i]);
  }
  const fullBySurname = new Map<string, number[]>();
  const twoWordByFirst = new Map<string, number[]>();
  const bareRoots: number[] = [];
  for (const [root, list] of groupMembers) {
    const canonical = nodes[pickCanonical(nodes, list, bareSeen)];
    if (canonical.tokens.length >= 2) {
      // The last word (a Vietnamese name's too: "Mr Chinh" for "Pham Minh Chinh"), and a CJKV family name.
      const surname = canonical.tokens[canonical.tokens.length - 1];
      addTo(fullBySurname, surname, root);
      if (canonical.cjkv !== undefined && canonical.cjkv.family !== surname) addTo(fullBySurname, canonical.cjkv.family, root);
      else if (canonical.tokens.length === 2 && !startsWithKimOrLee(canonical.name)) addTo(twoWordByFirst, canonical.tokens[0], root);
    } else if (!list.some((i) => nodes[i].pinned) && canonical.tokens.length === 1) {
      bareRoots.push(root);
    }
  }
  const ambiguous = new Map<number, number[]>();
  for (const root of bareRoots) {
    const candidates = fullBySurname.get(nodes[root].tokens[0]);
    if (!candidates) {
      // Only "Akazawa Ryosei" (surname first, as some outlets write) in the bundle: "Akazawa" is its surname.
      const surnameFirst = twoWordByFirst.get(nodes[root].tokens[0]);
      if (surnameFirst?.length === 1) union(nodes, surnameFirst[0], root);
      continue;
    }
    if (candidates.length === 1) union(nodes, candidates[0], root);
    else ambiguous.set(root, candidates);
  }
  return ambiguous;
}

function addTo(table: Map<string, number[]>, key: string, root: number): void {
  const roots = table.get(key);
  if (roots) roots.push(root);
  else table.set(key, [root]);
}

/**
 * The name an entity is shown by: a pinned name, else a full name, a CJKV one written family name
 * first, else the most used.
 */
function pickCanonical(nodes: readonly NameNode[], members: readonly number[], bareSeen: ReadonlySet<string>): number {
  let best = members[0];
  for (const i of members) if (better(nodes[i], nodes[best], bareSeen)) best = i;
  return best;
}

function better(a: NameNode, b: NameNode, bareSeen: ReadonlySet<string>): boolean {
  if (a.pinned !== b.pinned) return a.pinned;
  const aFull = a.tokens.length >= 2;
  const bFull = b.tokens.length >= 2;
  if (aFull !== bFull) return aFull;
  // "Xi Jinping", not "Jinping Xi", though "Xi" is used alone. Vietnamese names are called by
  // their last word in either order ("Minh" of "Tran Minh", "Tran" of "Minh Tran"): the rule below.
  const aFamilyFirst = isChineseOrKoreanFamilyFirst(a);
  if (aFamilyFirst !== isChineseOrKoreanFamilyFirst(b)) return aFamilyFirst;
  // Of "Ryosei Akazawa" and "Akazawa Ryosei", the order whose last word is used alone is given-first.
  const aSurnameSeen = bareSeen.has(a.tokens[a.tokens.length - 1]);
  const bSurnameSeen = bareSeen.has(b.tokens[b.tokens.length - 1]);
  if (aSurnameSeen !== bSurnameSeen) return aSurnameSeen;
  if (a.mentions !== b.mentions) return a.mentions > b.mentions;
  if (a.files !== b.files) return a.files > b.files;
  return compareNames(a.name, b.name) < 0;
}

function isChineseOrKoreanFamilyFirst(node: NameNode): boolean {
  return node.cjkv !== undefined && node.cjkv.familyFirst && !node.cjkv.vietnamese;
}

/**
 * Same given name (or none) and a likely misspelt surname, or the same CJKV family name and a
 * likely misspelt given name ("Xi Jingping"): a possible match on both sides.
 */
function markPossibleMatches(groups: Group[]): void {
  const byKey = new Map<string, number[]>();
  const parts = groups.map((g) => {
    const cjkv = cjkvParts(g.name);
    if (cjkv !== undefined) return { given: cjkv.given, surname: cjkv.family, cjkv: true };
    const tokens = nameTokens(g.name);
    return { given: tokens.length >= 2 ? tokens[0] : '', surname: tokens[tokens.length - 1] ?? '', cjkv: false };
  });
  parts.forEach((p, i) => {
    if (p.surname.length >= 5) for (const key of misspellingKeys(p.surname)) addTo(byKey, key, i);
    // Under the family name, so only names of one family meet; "|" keeps these keys apart from the others.
    if (p.cjkv && p.given.length >= 5) for (const key of misspellingKeys(p.given)) addTo(byKey, p.surname + '|' + key, i);
  });
  const seen = new Set<string>();
  for (const list of byKey.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x], list[y]];
        const a = parts[i];
        const b = parts[j];
        if (!misspeltSurname(a, b) && !misspeltCjkvGiven(a, b)) continue;
        const pairId = `${i},${j}`;
        if (seen.has(pairId)) continue;
        seen.add(pairId);
        groups[i].possibleMatches.push(j);
        groups[j].possibleMatches.push(i);
      }
    }
  }
  for (const g of groups) g.possibleMatches.sort((a, b) => a - b);
}

interface NameParts {
  readonly given: string;
  readonly surname: string;
  readonly cjkv: boolean;
}

function misspeltSurname(a: NameParts, b: NameParts): boolean {
  return (a.given === '' || b.given === '' || a.given === b.given) && likelyMisspelling(a.surname, b.surname);
}

function misspeltCjkvGiven(a: NameParts, b: NameParts): boolean {
  return a.cjkv && b.cjkv && a.surname === b.surname && likelyMisspelling(a.given, b.given);
}

function find(nodes: NameNode[], i: number): number {
  while (nodes[i].parent !== i) {
    nodes[i].parent = nodes[nodes[i].parent].parent;
    i = nodes[i].parent;
  }
  return i;
}

/** The smaller index becomes the root, so the outcome does not depend on call order. */
function union(nodes: NameNode[], a: number, b: number): void {
  const ra = find(nodes, a);
  const rb = find(nodes, b);
  if (ra < rb) nodes[rb].parent = ra;
  else if (rb < ra) nodes[ra].parent = rb;
}

/** Case-insensitive first, then exact: a stable order on every machine. */
export function compareNames(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function firstDefined<T>(values: readonly (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}
