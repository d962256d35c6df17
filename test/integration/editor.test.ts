import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Entity, EntityMention } from '../../src/core/bundle/api';
import type { NewsLensApi } from '../../src/extension/extension';
import type { Bundle } from '../../src/extension/services';
import { activateNewsLens, EXTENSION_ID } from './activate';
import { eventually } from './eventually';

const OUR_COMMANDS = ['newsLens.revealMention', 'newsLens.showAllMentions'];

/** `text` escaped as the hover escapes source text (every ASCII punctuation character). */
function md(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

function filesOf(entity: Entity): string[] {
  return [...new Set(entity.mentions.map((m) => m.file))];
}

/** Our hover's Markdown at a mention (other extensions may add hovers of their own). */
async function hoverAt(bundle: Bundle, mention: EntityMention): Promise<vscode.MarkdownString> {
  const uri = bundle.uriOf(mention.file);
  const document = await vscode.workspace.openTextDocument(uri);
  const position = document.positionAt(mention.start + Math.floor((mention.end - mention.start) / 2));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const ours = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && /· (person|tariff rate|date)/.test(c.value));
  assert.ok(ours, `a News Lens hover at ${mention.file}:${mention.line} "${mention.text}"`);
  return ours;
}

/** Every Markdown link target of a card, asserting each runs one of our commands; returns their arguments. */
function linksOf(markdown: vscode.MarkdownString): { command: string; args: Record<string, unknown> }[] {
  // A link target follows an unescaped "](": escaped source text never forms one.
  const targets = [...markdown.value.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map((m) => m[1]);
  return targets.map((target) => {
    const match = /^command:([\w.]+)\?(.+)$/.exec(target);
    assert.ok(match, `a link to something else than our commands: ${target}`);
    assert.ok(OUR_COMMANDS.includes(match[1]), `a link to a command we do not own: ${match[1]}`);
    const args: unknown = JSON.parse(decodeURIComponent(match[2]));
    assert.ok(Array.isArray(args) && args.length === 1, target);
    return { command: match[1], args: args[0] as Record<string, unknown> };
  });
}

function assertRenderedSafely(markdown: vscode.MarkdownString): void {
  assert.ok(!markdown.supportHtml, 'HTML is off');
  const trusted = markdown.isTrusted;
  if (trusted !== undefined) {
    assert.ok(typeof trusted === 'object', 'only listed commands are trusted, not every command');
    assert.deepEqual([...trusted.enabledCommands].sort(), [...OUR_COMMANDS].sort());
  }
  linksOf(markdown);
}

describe('editor: hovers, navigation, highlights', function () {
  this.timeout(60_000);
  let api: NewsLensApi;
  let bundle: Bundle;

  /** A person the fixtures mention in at least two files. */
  const crossFilePerson = () => {
    const found = bundle.snapshot().entities.find((e) => e.kind === 'person' && filesOf(e).length >= 2);
    assert.ok(found, 'the fixtures mention some person in two files');
    return found;
  };

  before(async () => {
    api = await activateNewsLens();
    [bundle] = api.services.bundles.bundles();
    assert.ok(bundle, 'the fixture workspace is a bundle');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  describe('hover cards', () => {
    it('name a person and list the other files that mention them, linking to each mention', async () => {
      const person = crossFilePerson();
      const here = person.mentions[0];
      const card = await hoverAt(bundle, here);
      assertRenderedSafely(card);
      assert.ok(card.value.startsWith(`**${md(person.name)}** · person`), card.value);
      const others = filesOf(person).filter((f) => f !== here.file);
      assert.match(card.value, new RegExp(`Mentioned in ${others.length} other files?`));
      const reveals = linksOf(card).filter((l) => l.command === 'newsLens.revealMention');
      assert.deepEqual(reveals.map((l) => l.args.file), others);
      for (const { args } of reveals) {
        const target = person.mentions.find((m) => m.file === args.file && m.start === args.start && m.end === args.end);
        assert.ok(target, `the link points at a mention of ${person.name}: ${JSON.stringify(args)}`);
        assert.equal(args.root, bundle.root.toString());
      }
    });

    it('open the other file at the mention when a link is followed', async () => {
      const person = crossFilePerson();
      const card = await hoverAt(bundle, person.mentions[0]);
      const [link] = linksOf(card).filter((l) => l.command === 'newsLens.revealMention');
      await vscode.commands.executeCommand(link.command, link.args);
      const editor = await eventually(() => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.toString() === bundle.uriOf(String(link.args.file)).toString() ? active : undefined;
      });
      assert.ok(editor, `${String(link.args.file)} is the active editor`);
      const selected = editor.document.getText(editor.selection);
      assert.ok(selected.length > 0 && person.aliases.concat(person.name).includes(selected), `selected "${selected}"`);

      // Link arguments are text: a path that is not one of the bundle's sources opens nothing.
      await vscode.commands.executeCommand(link.command, { ...link.args, file: '../outside.txt' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    });

    it('give a rate what the sources say about it, and a date its ISO value and anchor', async () => {
      const entities = bundle.snapshot().entities;
      const rate = entities.find((e) => e.kind === 'rate');
      const date = entities.find((e) => e.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(e.name) && e.mentions.some((m) => m.mention.date?.anchor));
      assert.ok(rate && date, 'the fixtures have a rate and a resolved date');

      const rateCard = await hoverAt(bundle, rate.mentions[0]);
      assertRenderedSafely(rateCard);
      assert.ok(rateCard.value.startsWith(`**${md(`${rate.name}%`)}** · tariff rate`), rateCard.value);
      const appliesTo = rate.mentions[0].mention.rate?.appliesTo;
      if (appliesTo) assert.ok(rateCard.value.includes('Applies to: '), rateCard.value);

      const anchored = date.mentions.find((m) => m.mention.date?.anchor);
      assert.ok(anchored);
      const dateCard = await hoverAt(bundle, anchored);
      assert.ok(dateCard.value.startsWith(`**${md(date.name)}** · date`), dateCard.value);
      assert.ok(dateCard.value.includes(`Resolved against the article date ${md(anchored.mention.date?.anchor ?? '')}`), dateCard.value);
    });

    describe('on a hostile page', () => {
      const file = 'zz-hostile-page.txt';
      before(async () => {
        const person = crossFilePerson();
        const text = [
          '[Click me](command:workbench.action.terminal.new) <b>Headline</b> | *pipes*',
          '',
          `Trade Minister ${person.name} said [x](command:evil) <img src=x onerror=alert(1)> \`tick\` *star* _under_ | a | b | on Monday.`,
          '',
        ].join('\n');
        await vscode.workspace.fs.writeFile(bundle.uriOf(file), new TextEncoder().encode(text));
        const indexed = await eventually(() => crossFilePerson().mentions.some((m) => m.file === file));
        assert.ok(indexed, `the hostile page is indexed with a mention of ${person.name}`);
      });
      after(async () => {
        await vscode.workspace.fs.delete(bundle.uriOf(file)).then(undefined, () => undefined);
        await eventually(() => !bundle.snapshot().sources.some((s) => s.file === file));
      });

      it('show its text as plain text and link only to our commands', async () => {
        const person = crossFilePerson();
        const elsewhere = person.mentions.find((m) => m.file !== file);
        assert.ok(elsewhere);
        const card = await hoverAt(bundle, elsewhere);
        assertRenderedSafely(card);
        assert.ok(card.value.includes(md(file)), 'the hostile page is listed');
        assert.ok(!/(?<!\\)<(img|b)\b/.test(card.value), 'no raw HTML tag');
        assert.ok(card.value.includes(md('<img src=x onerror=alert(1)>')), 'the tag shows as text');
        assert.ok(card.value.includes(md('[x](command:evil)')), 'the link shows as text');

        const own = person.mentions.find((m) => m.file === file);
        assert.ok(own);
        assertRenderedSafely(await hoverAt(bundle, own));
      });
    });
  });

  describe('while typing', () => {
    /** How many mentions the edited person had before the test typed one. */
    let baseline: { id: string; count: number } | undefined;

    afterEach(async () => {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      // Later tests read the snapshot directly: wait until the index has seen the revert too.
      const restored = await eventually(() => bundle.snapshot().entity(baseline!.id)?.mentions.length === baseline!.count);
      assert.ok(restored, 'the index follows the reverted buffer');
    });

    it('answers for a mention just typed, once the index catches up', async () => {
      const person = crossFilePerson();
      baseline = { id: person.id, count: person.mentions.length };
      const file = person.mentions[0].file;
      const before = person.mentions.filter((m) => m.file === file).length;
      const document = await vscode.workspace.openTextDocument(bundle.uriOf(file));
      const editor = await vscode.window.showTextDocument(document);
      assert.ok(await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), `\nLater, ${person.name} said talks would resume.\n`)));
      // Asked at once: the providers wait for the index rather than answer from the text before the edit.
      const position = document.positionAt(document.getText().lastIndexOf(person.name) + 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      const card = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).find((v) => v.includes(' · person'));
      assert.ok(card, 'a card for the typed mention');
      assert.ok(card.includes(`(and ${before} more ${before === 1 ? 'time' : 'times'} in this file)`), card);
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, position);
      assert.equal(highlights.length, before + 1);
    });
  });

  describe('navigation', () => {
    it('finds every mention of an entity across files (Find All References, Peek)', async () => {
      const person = crossFilePerson();
      const at = person.mentions[person.mentions.length - 1];
      const document = await vscode.workspace.openTextDocument(bundle.uriOf(at.file));
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, document.positionAt(at.start));
      const got = locations.map((l) => `${l.uri.toString()}@${l.range.start.line + 1}`).sort();
      const expected = person.mentions.map((m) => `${bundle.uriOf(m.file).toString()}@${m.line}`).sort();
      assert.deepEqual(got, expected);
    });

    it('lists every mention in the references peek from a card\'s "Show all" link', async () => {
      const person = crossFilePerson();
      const at = person.mentions[0];
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(bundle.uriOf(at.file)));
      const shown = await vscode.commands.executeCommand<number>('newsLens.showAllMentions', { root: bundle.root.toString(), entity: person.id, file: at.file, start: at.start });
      assert.equal(shown, person.mentions.length);
      const refused = await vscode.commands.executeCommand<number>('newsLens.showAllMentions', { root: 'file:///elsewhere', entity: person.id, file: at.file, start: at.start });
      assert.equal(refused, 0, 'arguments naming no open bundle are refused');
    });

    it('goes to the first mention in the bundle (Go to Definition)', async () => {
      const person = crossFilePerson();
      const at = person.mentions[person.mentions.length - 1];
      const first = person.mentions[0];
      const document = await vscode.workspace.openTextDocument(bundle.uriOf(at.file));
      const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, document.positionAt(at.start));
      assert.equal(result.length, 1);
      const target = 'targetUri' in result[0] ? { uri: result[0].targetUri, range: result[0].targetRange } : result[0];
      assert.equal(target.uri.toString(), bundle.uriOf(first.file).toString());
      const firstDocument = await vscode.workspace.openTextDocument(target.uri);
      assert.equal(firstDocument.getText(target.range), first.text);
    });

    it('highlights the same entity within the file', async () => {
      const person = crossFilePerson();
      const at = person.mentions[0];
      const inFile = person.mentions.filter((m) => m.file === at.file);
      const document = await vscode.workspace.openTextDocument(bundle.uriOf(at.file));
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, document.positionAt(at.start));
      assert.deepEqual(highlights.map((h) => document.getText(h.range)), inFile.map((m) => m.text));
    });

    it('lists the file\'s entities in the Outline, grouped by kind', async () => {
      const person = crossFilePerson();
      const file = person.mentions[0].file;
      const document = await vscode.workspace.openTextDocument(bundle.uriOf(file));
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const groups = symbols.map((s) => s.name);
      assert.ok(groups.length > 0 && groups.every((g) => ['People', 'Tariff rates', 'Dates'].includes(g)), groups.join(', '));
      const people = symbols.find((s) => s.name === 'People');
      assert.ok(people?.children.some((c) => c.name === person.name), `${person.name} is under People`);
      const expected = bundle.snapshot().entitiesIn(file).filter((e) => e.kind === 'person').length;
      assert.equal(people?.children.length, expected);
    });

    it('finds an entity by name and by a variant (Go to Symbol in Workspace)', async () => {
      const person = crossFilePerson();
      const byName = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', person.name);
      const hit = byName.find((s) => s.name === person.name);
      assert.ok(hit, `${person.name} found by name`);
      assert.equal(hit.location.uri.toString(), bundle.uriOf(person.mentions[0].file).toString());

      // A variant with a word the canonical name lacks ("Monday" for 2025-03-03): only the alias can match.
      const unlike = (e: Entity, alias: string) => alias.toLowerCase().split(/\s+/).some((w) => !e.name.toLowerCase().includes(w));
      const withVariant = bundle.snapshot().entities.find((e) => e.aliases.some((a) => unlike(e, a)));
      assert.ok(withVariant, 'some entity has a variant unlike its name');
      const variant = withVariant.aliases.find((a) => unlike(withVariant, a));
      assert.ok(variant);
      const byVariant = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', variant);
      assert.ok(byVariant.some((s) => s.location.uri.toString() === bundle.uriOf(withVariant.mentions[0].file).toString() && (s.name === variant || s.containerName.includes(withVariant.name))),
        `"${variant}" finds ${withVariant.name}: ${byVariant.map((s) => `${s.name} (${s.containerName})`).join(', ')}`);
    });
  });

  describe('highlight toggles', () => {
    for (const kind of ['person', 'rate', 'date'] as const) {
      it(`newsLens.toggleHighlights.${kind} flips newsLens.highlight.${kind} and back`, async () => {
        const read = () => vscode.workspace.getConfiguration('newsLens').get<boolean>(`highlight.${kind}`);
        const before = read();
        const after = await vscode.commands.executeCommand<boolean>(`newsLens.toggleHighlights.${kind}`);
        assert.equal(after, !before);
        assert.equal(await eventually(() => read() === after), true);
        const restored = await vscode.commands.executeCommand<boolean>(`newsLens.toggleHighlights.${kind}`);
        assert.equal(restored, before);
        assert.equal(await eventually(() => read() === before), true);
      });
    }
  });

  describe('on the seed pages (../shared/seeds)', () => {
    const folder = 'zz-seeds';
    let seeds: string[] = [];

    before(async function () {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      const source = extension && path.join(extension.extensionPath, '..', 'shared', 'seeds');
      seeds = source && fs.existsSync(source) ? fs.readdirSync(source).filter((f) => f.endsWith('.txt')).sort() : [];
      if (!source || seeds.length === 0) {
        console.log('%s', `      (skipped: no seed pages at ${source ?? '../shared/seeds'})`);
        this.skip();
      }
      // Copied into the temporary test workspace only, never into the repository.
      for (const seed of seeds) {
        await vscode.workspace.fs.copy(vscode.Uri.file(path.join(source, seed)), bundle.uriOf(`${folder}/${seed}`), { overwrite: true });
      }
      const indexed = await eventually(() => seeds.every((s) => bundle.snapshot().sources.some((e) => e.file === `${folder}/${s}`)), 30_000);
      assert.ok(indexed, 'the seed pages are indexed');
    });

    after(async () => {
      if (seeds.length === 0) return;
      await vscode.workspace.fs.delete(bundle.uriOf(folder), { recursive: true }).then(undefined, () => undefined);
      await eventually(() => !bundle.snapshot().sources.some((s) => s.file.startsWith(`${folder}/`)), 30_000);
    });

    it('give every entity of every seed page a safe card naming it', async function () {
      this.timeout(180_000);
      let cards = 0;
      for (const seed of seeds) {
        const file = `${folder}/${seed}`;
        for (const entity of bundle.snapshot().entitiesIn(file)) {
          const first = entity.mentions.find((m) => m.file === file);
          assert.ok(first);
          const card = await hoverAt(bundle, first);
          assertRenderedSafely(card);
          const label = entity.kind === 'rate' ? `${entity.name}%` : entity.name || first.text;
          assert.ok(card.value.includes(`**${md(label)}**`), `card of ${label} in ${seed}: ${card.value.slice(0, 200)}`);
          cards++;
        }
      }
      console.log('%s', `      (${cards} hover cards checked on ${seeds.length} seed pages)`);
      assert.ok(cards > 0, 'the seed pages have entities');
    });

    it('link a person the seed pages share to the other pages that mention them', async () => {
      const shared = bundle.snapshot().entities.find((e) => e.kind === 'person' && filesOf(e).filter((f) => f.startsWith(`${folder}/`)).length >= 2);
      assert.ok(shared, 'some person appears on two seed pages');
      const here = shared.mentions.find((m) => m.file.startsWith(`${folder}/`));
      assert.ok(here);
      const card = await hoverAt(bundle, here);
      const others = filesOf(shared).filter((f) => f !== here.file);
      assert.match(card.value, new RegExp(`Mentioned in ${others.length} other files?`));
      const linked = linksOf(card).filter((l) => l.command === 'newsLens.revealMention').map((l) => l.args.file);
      assert.deepEqual(linked, others.slice(0, 10));
    });
  });
});
