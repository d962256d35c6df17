// Runs the integration suite (out/test/integration, compiled by `npm run compile-tests`) inside a
// real VS Code. One suite, two launchers:
//   - VS Code desktop through @vscode/test-electron, when one is installed
//     (NEWS_LENS_VSCODE_EXECUTABLE, or `code` on PATH) or NEWS_LENS_TEST_ELECTRON=1 allows a download;
//   - otherwise code-server (VS Code's real Node extension host) driven by headless Chromium,
//     provisioned into the user-level cache (see scripts/lib/provision.mjs).
// Environment: NEWS_LENS_TEST_LAUNCHER=code-server|electron forces a route;
// NEWS_LENS_TEST_TIMEOUT (seconds, default 900); NEWS_LENS_TEST_PORT; NEWS_LENS_CACHE;
// NEWS_LENS_TEST_VERBOSE=1 also prints the browser console.
// On the code-server route a second, small suite follows in Restricted Mode (workspace trust on,
// out/test/integration-untrusted), then the web suite (test/integration-web, bundled by
// scripts/lib/webSuite.mjs) with the extension's `browser` entry in VS Code's web worker extension
// host, then a browser test (scripts/lib/uiTest.mjs); NEWS_LENS_UI_TEST=0 skips the browser test.
import { cpSync, existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTestsInCodeServer } from './lib/codeServerLauncher.mjs';
import { findDesktopVSCode, runTestsInElectron } from './lib/electronLauncher.mjs';
import { cleanupAll, freePort, isCleaningUp, removeOnCleanup } from './lib/processes.mjs';
import { cacheRoot, ProvisionError, provisionCodeServer } from './lib/provision.mjs';
import { runUiTest } from './lib/uiTest.mjs';
import { bundleWebSuite } from './lib/webSuite.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line) => console.log(`[integration] ${line}`);

async function main() {
  const started = Date.now();
  const testsEntry = join(root, 'out', 'test', 'integration', 'index.js');
  const untrustedEntry = join(root, 'out', 'test', 'integration-untrusted', 'index.js');
  const required = [[join(root, 'dist', 'extension.js'), 'npm run build'], [join(root, 'dist', 'web', 'extension.js'), 'npm run build'], [testsEntry, 'npm run compile-tests'], [untrustedEntry, 'npm run compile-tests']];
  for (const [file, command] of required) {
    if (!existsSync(file)) {
      console.error(`Missing ${file}: run \`${command}\` first (\`npm test\` does both).`);
      return 2;
    }
  }
  const timeoutMs = Number(process.env.NEWS_LENS_TEST_TIMEOUT ?? 900) * 1000;
  const resultsDir = join(root, 'test-results');
  mkdirSync(resultsDir, { recursive: true });

  // The tests may write into the bundle (INDEX.yaml, fact sheet): give them a copy.
  const tmp = mkdtempSync(join(tmpdir(), 'news-lens-it-'));
  removeOnCleanup(tmp);
  const workspace = join(tmp, 'bundle');
  cpSync(join(root, 'test', 'fixtures', 'bundle'), workspace, { recursive: true });
  const common = {
    extensionRoot: root,
    testsEntry,
    workspace,
    userDataDir: join(tmp, 'user-data'),
    extensionsDir: join(tmp, 'extensions'),
    resultsDir,
    timeoutMs,
    log,
  };

  const route = process.env.NEWS_LENS_TEST_LAUNCHER;
  const desktop = route === 'code-server' ? undefined : findDesktopVSCode() ?? (route === 'electron' ? { download: true } : undefined);
  let code;
  if (desktop) {
    code = await runTestsInElectron({ ...common, desktop, cacheDir: cacheRoot() });
    log('The Restricted Mode suite runs on the code-server route only (NEWS_LENS_TEST_LAUNCHER=code-server).');
  } else {
    log(`No VS Code desktop found: using code-server (cache: ${cacheRoot()})`);
    const codeServer = await provisionCodeServer(log);
    const port = Number(process.env.NEWS_LENS_TEST_PORT) || await freePort();
    code = await runTestsInCodeServer({ ...common, codeServer, port, verbose: process.env.NEWS_LENS_TEST_VERBOSE === '1' });
    const untrustedCode = await runUntrustedSuite({ ...common, codeServer, testsEntry: untrustedEntry }, tmp);
    if (untrustedCode !== 0) log(`Restricted Mode suite FAILED: exit code ${untrustedCode}`);
    const webCode = await runWebSuite({ ...common, codeServer }, tmp);
    if (webCode !== 0) log(`Web extension host suite FAILED: exit code ${webCode}`);
    if (code === 0 && process.env.NEWS_LENS_UI_TEST !== '0') {
      // A fresh server and workspace: the suite may have changed settings and files.
      const uiWorkspace = join(tmp, 'ui', 'bundle');
      cpSync(join(root, 'test', 'fixtures', 'bundle'), uiWorkspace, { recursive: true });
      await runUiTest({ ...common, codeServer, port: await freePort(), workspace: uiWorkspace,
        userDataDir: join(tmp, 'ui', 'user-data'), extensionsDir: join(tmp, 'ui', 'extensions') })
        .then(() => log('Browser test passed'), (error) => { log(`Browser test FAILED: ${error.message}`); code = 1; });
    }
    if (code === 0) code = untrustedCode || webCode;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  log(code === 0 ? `Integration tests passed (${seconds} s)` : `Integration tests FAILED: exit code ${code} (${seconds} s)`);
  return code === 0 ? 0 : 1;
}

/**
 * The Restricted Mode suite: a fresh copy of the fixtures in a folder VS Code has never trusted,
 * served with workspace trust on. The copy carries a workspace value of a restricted setting,
 * which Restricted Mode must ignore.
 */
async function runUntrustedSuite(options, tmp) {
  const dir = join(tmp, 'untrusted');
  const workspace = join(dir, 'bundle');
  cpSync(join(root, 'test', 'fixtures', 'bundle'), workspace, { recursive: true });
  mkdirSync(join(workspace, '.vscode'));
  writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'newsLens.factSheet.path': 'elsewhere/FACTSHEET.md' }, null, 2));
  log('Restricted Mode suite: workspace trust on, an untrusted copy of the fixtures');
  return runTestsInCodeServer({
    ...options,
    port: await freePort(),
    workspace,
    userDataDir: join(dir, 'user-data'),
    extensionsDir: join(dir, 'extensions'),
    resultsDir: join(options.resultsDir, 'untrusted'),
    workspaceTrust: true,
    verbose: process.env.NEWS_LENS_TEST_VERBOSE === '1',
  });
}

/**
 * The web suite: News Lens from its `browser` entry (dist/web/extension.js) in VS Code's web
 * worker extension host, as on vscode.dev, on a fresh copy of the fixtures.
 */
async function runWebSuite(options, tmp) {
  const dir = join(tmp, 'web');
  const workspace = join(dir, 'bundle');
  cpSync(join(root, 'test', 'fixtures', 'bundle'), workspace, { recursive: true });
  log('Web suite: the `browser` entry in the web worker extension host');
  return runTestsInCodeServer({
    ...options,
    testsEntry: await bundleWebSuite(root),
    port: await freePort(),
    workspace,
    userDataDir: join(dir, 'user-data'),
    extensionsDir: join(dir, 'extensions'),
    resultsDir: join(options.resultsDir, 'web'),
    extensionDevelopmentKind: 'web',
    verbose: process.env.NEWS_LENS_TEST_VERBOSE === '1',
  });
}

let exitCode;
try {
  exitCode = await main();
} catch (error) {
  // After Ctrl+C the run fails on the closed browser: not worth a message.
  if (!isCleaningUp()) console.error(`[integration] ${error instanceof ProvisionError ? '' : 'error: '}${error.message}`);
  if (!(error instanceof ProvisionError) && process.env.NEWS_LENS_TEST_VERBOSE === '1') console.error(error.stack);
  exitCode = 1;
} finally {
  await cleanupAll();
}
process.exit(exitCode);
