import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The grammar runs in VS Code's Oniguruma, not in JavaScript; these tests hold it to the common
 * subset of both (so it can be checked here) and approximate TextMate's line tokenizer: at each
 * position the leftmost match of the top-level rules wins, ties going to the earlier rule.
 */

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, Rule>;
}

interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const GRAMMAR_FILE = path.join('syntaxes', 'news-source.tmLanguage.json');

function findRepoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, GRAMMAR_FILE))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${GRAMMAR_FILE} not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

const grammar = JSON.parse(fs.readFileSync(path.join(findRepoRoot(), GRAMMAR_FILE), 'utf8')) as Grammar;

/** Every rule of the grammar, captures included, with where it sits (for messages). */
function allRules(): { where: string; rule: Rule }[] {
  const found: { where: string; rule: Rule }[] = [];
  const visit = (rule: Rule, where: string): void => {
    found.push({ where, rule });
    rule.patterns?.forEach((child, i) => visit(child, `${where}.patterns[${i}]`));
    for (const [group, capture] of Object.entries(rule.captures ?? {})) visit(capture, `${where}.captures[${group}]`);
  };
  grammar.patterns.forEach((rule, i) => visit(rule, `patterns[${i}]`));
  for (const [key, rule] of Object.entries(grammar.repository)) visit(rule, `repository.${key}`);
  return found;
}

interface CompiledRule {
  readonly name: string;
  readonly regex: RegExp;
}

/** The top-level match rules in priority order, includes resolved. */
function topLevelRules(): CompiledRule[] {
  const flat: CompiledRule[] = [];
  const add = (rule: Rule): void => {
    if (rule.include) {
      const target = grammar.repository[rule.include.slice(1)];
      assert.ok(target, `unknown include ${rule.include}`);
      add(target);
    } else if (rule.match) {
      // TextMate feeds one line at a time, with its "\n": 'm' gives `^`/`$` the same meaning.
      flat.push({ name: rule.name ?? '', regex: new RegExp(rule.match, 'gm') });
    } else {
      rule.patterns?.forEach(add);
    }
  };
  grammar.patterns.forEach(add);
  return flat;
}

const RULES = topLevelRules();

interface Token {
  readonly scope: string;
  readonly text: string;
}

/** The spans of `line` claimed by a top-level rule, in order (unclaimed text is left out). */
function tokenize(line: string): Token[] {
  const input = line + '\n';
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < line.length) {
    let best: { index: number; length: number; name: string } | undefined;
    for (const rule of RULES) {
      rule.regex.lastIndex = pos;
      const m = rule.regex.exec(input);
      if (m && m.index < line.length && (!best || m.index < best.index)) {
        best = { index: m.index, length: m[0].length, name: rule.name };
      }
    }
    if (!best) break;
    if (best.length > 0) tokens.push({ scope: best.name, text: input.slice(best.index, best.index + best.length).replace(/\n$/, '') });
    pos = best.index + Math.max(best.length, 1);
  }
  return tokens;
}

function scopesOf(line: string): string[] {
  return tokenize(line).map((t) => `${t.scope}: ${t.text}`);
}

describe('news-source grammar', () => {
  it('is a grammar for text.news-source whose includes resolve', () => {
    assert.equal(grammar.scopeName, 'text.news-source');
    for (const { where, rule } of allRules()) {
      if (rule.include) assert.ok(grammar.repository[rule.include.replace(/^#/, '')], `${where}: ${rule.include}`);
      if (rule.name) assert.match(rule.name, /\.news-source$/, `${where}: scope names end in .news-source`);
    }
  });

  it('compiles every regex with JavaScript (the subset shared with Oniguruma)', () => {
    let count = 0;
    for (const { where, rule } of allRules()) {
      for (const source of [rule.match, rule.begin, rule.end]) {
        if (source === undefined) continue;
        assert.doesNotThrow(() => new RegExp(source), `${where}: ${source}`);
        // Oniguruma-only syntax JavaScript would misread instead of rejecting.
        assert.doesNotMatch(source, /\\[AzZhHG]|\(\?[imx]+[:)]|\*\+|\+\+|\?\+|\\p\{/, `${where}: ${source}`);
        count++;
      }
    }
    assert.ok(count >= 15, `only ${count} regexes`);
  });

  it('colors direct quotations, straight and curly, ending at the line end when left open', () => {
    assert.deepEqual(scopesOf('“We will not rush,” Horikawa said. "A fair deal," he added.'), [
      'string.quoted.double.news-source: “We will not rush,”',
      'string.quoted.double.news-source: "A fair deal,"',
    ]);
    assert.deepEqual(scopesOf('“The talks continue into next week'), [
      'string.quoted.double.news-source: “The talks continue into next week',
    ]);
    assert.deepEqual(scopesOf('Seeking a ‘win-win’ outcome, Japan’s minister left.'), [
      'string.quoted.single.news-source: ‘win-win’',
    ]);
  });

  it('marks datelines at the start of a line only', () => {
    assert.deepEqual(scopesOf('WASHINGTON – Japan’s envoy arrived on Monday.'), ['meta.dateline.news-source: WASHINGTON –']);
    assert.deepEqual(scopesOf('TOKYO, March 10 (Harbor Wire) - Japan said.'), [
      'meta.dateline.news-source: TOKYO, March 10 (Harbor Wire) -',
    ]);
    assert.deepEqual(scopesOf('NEW YORK (Kyodo) -- Stocks fell.'), ['meta.dateline.news-source: NEW YORK (Kyodo) --']);
    assert.deepEqual(scopesOf('Officials in WASHINGTON – and Tokyo – agreed.'), []);
    assert.deepEqual(scopesOf('Japan – the largest investor – agreed.'), []);
  });

  it('marks bylines and publication lines', () => {
    assert.deepEqual(scopesOf('By Maria Delgado and Ken Ito, Staff Writers'), [
      'markup.italic.byline.news-source: By Maria Delgado and Ken Ito',
    ]);
    assert.deepEqual(scopesOf('Alana Whitfield, Pacific Ledger News on'), [
      'markup.italic.byline.news-source: Alana Whitfield, Pacific Ledger News on',
    ]);
    assert.deepEqual(scopesOf('By April 1, the rate will rise.'), []);
    assert.deepEqual(scopesOf('Published March 11, 2026 at 7:42 a.m. ET'), [
      'markup.italic.published.news-source: Published March 11, 2026 at 7:42 a.m. ET',
    ]);
  });

  it('underlines links without their trailing punctuation', () => {
    assert.deepEqual(scopesOf('Read it at https://example.com/trade/talks?id=4.'), [
      'markup.underline.link.news-source: https://example.com/trade/talks?id=4',
    ]);
    assert.deepEqual(scopesOf('(see www.example.org/a)'), ['markup.underline.link.news-source: www.example.org/a']);
    assert.deepEqual(scopesOf('Visit pacificledger.com for more.'), ['markup.underline.link.news-source: pacificledger.com']);
  });

  it('marks reader-comment markers and boilerplate as comments', () => {
    const cases: [string, string][] = [
      ['14 ( +20 / -6 )', 'comment.line.vote-count.news-source'],
      ['-23 ( +7 / -30 )', 'comment.line.vote-count.news-source'],
      ['34 Comments', 'comment.line.reader-comments.news-source'],
      ['Comments', 'comment.line.reader-comments.news-source'],
      ['Login to comment', 'comment.line.reader-comments.news-source'],
      ['Login to leave a comment', 'comment.line.reader-comments.news-source'],
      ['Reply', 'comment.line.reader-comments.news-source'],
      ['Comments are closed for this article.', 'comment.line.reader-comments.news-source'],
      ['Related Articles', 'comment.line.boilerplate.news-source'],
      ['Sign up now: get our trade newsletter', 'comment.line.boilerplate.news-source'],
      ['PHOTO: HARBOR WIRE', 'comment.line.boilerplate.news-source'],
      ['©2026 Pacific Ledger Media. All rights reserved.', 'comment.line.copyright.news-source'],
    ];
    for (const [line, scope] of cases) assert.deepEqual(scopesOf(line), [`${scope}: ${line}`], line);
    // Words that only look like markers inside prose stay prose.
    assert.deepEqual(scopesOf('Comments by the minister were brief.'), []);
    assert.deepEqual(scopesOf('He will reply to the letter by 14 (or 15) May.'), []);
  });

  it('tokenizes a long pathological line quickly (no catastrophic backtracking)', () => {
    const nasty = [
      'WASHINGTON '.repeat(20_000),
      '“'.repeat(50_000),
      'http://'.repeat(20_000) + '.',
      'By ' + 'Jane '.repeat(20_000),
      'a.'.repeat(50_000),
      '‘x'.repeat(50_000),
      '14 ( +20 / -6 '.repeat(10_000),
    ];
    for (const line of nasty) {
      const started = performance.now();
      tokenize(line);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 1000, `${elapsed.toFixed(0)} ms for ${JSON.stringify(line.slice(0, 20))}…`);
    }
  });
});
