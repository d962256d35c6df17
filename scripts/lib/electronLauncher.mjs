// The desktop route: @vscode/test-electron runs the suite in a VS Code desktop that is installed
// (NEWS_LENS_VSCODE_EXECUTABLE, or `code` on PATH) or, with NEWS_LENS_TEST_ELECTRON=1, downloaded.
//
// runTests() owns the VS Code process it spawns, so it runs in a child Node process of its own
// process group: on a timeout or Ctrl+C the whole group (VS Code included) is ended.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnGroup, withTimeout } from './processes.mjs';

/**
 * The VS Code desktop to test in: `{ executable }` for an installed one, `{ download: true }`
 * when downloading is allowed, or undefined (use the code-server route).
 */
export function findDesktopVSCode() {
  const fromEnv = process.env.NEWS_LENS_VSCODE_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`NEWS_LENS_VSCODE_EXECUTABLE=${fromEnv} does not exist`);
    return { executable: fromEnv };
  }
  const cli = findOnPath(process.platform === 'win32' ? 'code.cmd' : 'code');
  const executable = cli && executableOfCli(cli);
  if (executable) return { executable };
  if (process.env.NEWS_LENS_TEST_ELECTRON === '1') return { download: true };
  return undefined;
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * The Electron executable behind a `code` command line script: `<app>/bin/code` on Linux and
 * Windows, `<bundle>/Contents/Resources/app/bin/code` on macOS. Anything else (for example
 * code-server's remote `code` inside its own terminal) is not a desktop.
 */
function executableOfCli(cli) {
  const binDir = dirname(realpathSync(cli));
  const candidates = {
    linux: [join(binDir, '..', 'code'), join(binDir, '..', 'code-insiders')],
    darwin: [join(binDir, '..', '..', '..', 'MacOS', 'Electron'), join(binDir, '..', '..', '..', 'MacOS', 'Code')],
    win32: [join(binDir, '..', 'Code.exe'), join(binDir, '..', 'Code - Insiders.exe')],
  }[process.platform] ?? [];
  return candidates.map((path) => resolve(path)).find((path) => existsSync(path));
}

/** The version of an installed VS Code, read from its `--version` output. */
function versionOf(executable) {
  const result = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.split('\n')[0].trim() : 'unknown version';
}

/**
 * Runs the suite through @vscode/test-electron; resolves with its exit code.
 * @param {{ desktop: { executable?: string, download?: boolean }, extensionRoot: string,
 *   testsEntry: string, workspace: string, userDataDir: string, extensionsDir: string,
 *   cacheDir: string, timeoutMs: number, log: (line: string) => void }} options
 */
export async function runTestsInElectron(options) {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    options.log('Note: no display; on a headless Linux run this under `xvfb-run -a`.');
  }
  const job = spawnGroup('VS Code (test-electron)', process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: { ...process.env, NEWS_LENS_ELECTRON_JOB: JSON.stringify(options) },
  });
  try {
    const { code, signal } = await withTimeout(job.exited, options.timeoutMs, 'The integration test run');
    return code ?? (signal ? 1 : 0);
  } finally {
    await job.stop();
  }
}

/** The child side: run the tests and exit with their code. */
async function runJob(options) {
  const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  const vscodeExecutablePath = options.desktop.executable ??
    await downloadAndUnzipVSCode({ version: 'stable', cachePath: join(options.cacheDir, 'vscode-desktop') });
  console.log(`Integration tests run in VS Code desktop ${versionOf(vscodeExecutablePath)} (${vscodeExecutablePath})`);
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: options.extensionRoot,
      extensionTestsPath: options.testsEntry,
      launchArgs: [
        options.workspace,
        '--disable-workspace-trust',
        '--disable-extensions',
        `--user-data-dir=${options.userDataDir}`,
        `--extensions-dir=${options.extensionsDir}`,
      ],
    });
  } catch (error) {
    return typeof error.code === 'number' ? error.code : 1;
  }
}

if (process.env.NEWS_LENS_ELECTRON_JOB && process.argv[1] === fileURLToPath(import.meta.url)) {
  runJob(JSON.parse(process.env.NEWS_LENS_ELECTRON_JOB)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
