import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(__dirname, '../../../../..');
const LAUNCHER = pathToFileURL(join(ROOT, 'scripts/lib/electronLauncher.mjs')).href;

/**
 * What `findDesktopVSCode()` answers in a Node process with exactly this environment (nothing
 * inherited: no NEWS_LENS_* variable and no `code` of this machine can leak in), or its error.
 * A child process because the launcher is an ES module that reads the environment when called.
 */
function findWith(env: Record<string, string>): { found?: unknown; error?: string } {
  const script = `import(${JSON.stringify(LAUNCHER)}).then((launcher) => {
    let answer;
    try { answer = { found: launcher.findDesktopVSCode() ?? null }; } catch (error) { answer = { error: error.message }; }
    process.stdout.write(JSON.stringify(answer));
  });`;
  const child = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8', timeout: 20_000 });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as { found?: unknown; error?: string };
}

/** A file marked executable (the launcher only checks that it exists; VS Code is never run). */
function fakeExecutable(path: string): string {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, 0o755);
  return path;
}

describe('scripts/lib/electronLauncher: findDesktopVSCode (the desktop route)', () => {
  let tmp: string;
  let emptyDir: string;

  before(function () {
    // The layouts below are Linux's (<app>/bin/code beside the <app>/code executable).
    if (process.platform !== 'linux') this.skip();
  });
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'news-lens-electron-'));
    emptyDir = join(tmp, 'empty');
    mkdirSync(emptyDir);
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('takes NEWS_LENS_VSCODE_EXECUTABLE first', () => {
    const executable = fakeExecutable(join(tmp, 'VSCode-linux-x64', 'code'));
    const app = join(tmp, 'other-app');
    fakeExecutable(join(app, 'bin', 'code'));
    fakeExecutable(join(app, 'code'));
    assert.deepEqual(findWith({ PATH: join(app, 'bin'), NEWS_LENS_VSCODE_EXECUTABLE: executable }), { found: { executable } });
  });

  it('fails with the path when NEWS_LENS_VSCODE_EXECUTABLE does not exist', () => {
    const missing = join(tmp, 'nowhere', 'code');
    assert.deepEqual(findWith({ PATH: emptyDir, NEWS_LENS_VSCODE_EXECUTABLE: missing }), {
      error: `NEWS_LENS_VSCODE_EXECUTABLE=${missing} does not exist`,
    });
  });

  it('finds the desktop behind a `code` script on PATH (<app>/bin/code → <app>/code)', () => {
    const app = join(tmp, 'VSCode-linux-x64');
    fakeExecutable(join(app, 'bin', 'code'));
    const executable = fakeExecutable(join(app, 'code'));
    assert.deepEqual(findWith({ PATH: `${emptyDir}:${join(app, 'bin')}` }), { found: { executable } });
  });

  it('follows a symlinked `code` (as /usr/bin/code → /usr/share/code/bin/code)', () => {
    const app = join(tmp, 'share', 'code');
    const script = fakeExecutable(join(app, 'bin', 'code'));
    const executable = fakeExecutable(join(app, 'code'));
    const usrBin = join(tmp, 'usr-bin');
    mkdirSync(usrBin);
    symlinkSync(script, join(usrBin, 'code'));
    assert.deepEqual(findWith({ PATH: usrBin }), { found: { executable } });
  });

  it('does not take a code-server `code` (no desktop beside it) for a desktop', () => {
    const remoteCli = join(tmp, 'code-server', 'lib', 'vscode', 'bin', 'remote-cli');
    fakeExecutable(join(remoteCli, 'code'));
    assert.deepEqual(findWith({ PATH: remoteCli }), { found: null });
  });

  it('downloads only when NEWS_LENS_TEST_ELECTRON=1 allows it and no desktop is found', () => {
    const remoteCli = join(tmp, 'code-server', 'bin');
    fakeExecutable(join(remoteCli, 'code'));
    assert.deepEqual(findWith({ PATH: remoteCli, NEWS_LENS_TEST_ELECTRON: '1' }), { found: { download: true } });
    assert.deepEqual(findWith({ PATH: emptyDir, NEWS_LENS_TEST_ELECTRON: '0' }), { found: null });
    assert.deepEqual(findWith({ PATH: emptyDir }), { found: null });
  });

  it('prefers an installed desktop to a download', () => {
    const app = join(tmp, 'VSCode-linux-x64');
    fakeExecutable(join(app, 'bin', 'code'));
    const executable = fakeExecutable(join(app, 'code'));
    assert.deepEqual(findWith({ PATH: join(app, 'bin'), NEWS_LENS_TEST_ELECTRON: '1' }), { found: { executable } });
  });
});
