import * as assert from 'node:assert/strict';
import { createExcludeMatcher, DEFAULT_EXCLUDE, globToRegExp, isSourcePath } from '../../../../src/core/bundle/discovery';

describe('bundle discovery', () => {
  it('takes .txt files in any case, not our own outputs', () => {
    assert.ok(isSourcePath('a/b/story.txt'));
    assert.ok(isSourcePath('STORY.TXT'));
    assert.ok(!isSourcePath('notes.md'));
    assert.ok(!isSourcePath('story.txt.bak'));
    assert.ok(!isSourcePath('out/sheet.txt', { factSheetPath: './out/sheet.txt' }));
    assert.ok(isSourcePath('out/other.txt', { factSheetPath: 'out/sheet.txt' }));
  });

  it('compiles globs: **, *, ?, {a,b}, [..]', () => {
    const cases: [string, string, boolean][] = [
      ['**/.git', '.git', true],
      ['**/.git', 'a/b/.git', true],
      ['**/.git', 'a/.github', false],
      ['drafts/*.txt', 'drafts/x.txt', true],
      ['drafts/*.txt', 'drafts/sub/x.txt', false],
      ['drafts/**', 'drafts/sub/x.txt', true],
      ['drafts/**', 'drafts', true],
      ['a/**/b.txt', 'a/b.txt', true],
      ['a/**/b.txt', 'a/x/y/b.txt', true],
      ['*.{txt,md}', 'x.md', true],
      ['*.{txt,md}', 'x.csv', false],
      ['file?.txt', 'file1.txt', true],
      ['file?.txt', 'file10.txt', false],
      ['[0-9]*.txt', '7days.txt', true],
      ['[!0-9]*.txt', '7days.txt', false],
      ['a+b(c).txt', 'a+b(c).txt', true],
    ];
    for (const [glob, path, expected] of cases) assert.equal(globToRegExp(glob).test(path), expected, `${glob} ~ ${path}`);
  });

  it('excludes a folder and everything under it, from lists or files.exclude objects', () => {
    const excluded = createExcludeMatcher(DEFAULT_EXCLUDE, { '**/archive': true, '**/keep': false }, ['drafts/']);
    assert.ok(excluded('.git/objects/x.txt'));
    assert.ok(excluded('2025/archive/old.txt'));
    assert.ok(excluded('drafts/x.txt'));
    assert.ok(!excluded('keep/x.txt'));
    assert.ok(!excluded('news/drafts.txt'));
  });

  it('matches in linear time on long hostile paths', () => {
    const excluded = createExcludeMatcher(['**/a*b*c*d/**', '**/x/**/y/**/z']);
    const path = ('a'.repeat(200) + '/').repeat(50) + 'file.txt';
    const started = Date.now();
    for (let i = 0; i < 20; i++) excluded(path);
    assert.ok(Date.now() - started < 500);
  });
});
