// Runs the browser test (scripts/lib/uiTest.mjs) on its own: code-server with the extension
// from this checkout (`npm run build` first), a copy of test/fixtures/bundle, headless Chromium.
// `npm run test:integration` runs the same test after the suite on the code-server route.
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanupAll, freePort, removeOnCleanup } from './lib/processes.mjs';
import { ProvisionError, provisionCodeServer } from './lib/provision.mjs';
import { runUiTest } from './lib/uiTest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line) => console.log(`[ui] ${line}`);

let exitCode = 0;
try {
  if (!existsSync(join(root, 'dist', 'extension.js'))) throw new Error('Missing dist/extension.js: run `npm run build` first.');
  const tmp = mkdtempSync(join(tmpdir(), 'news-lens-ui-'));
  removeOnCleanup(tmp);
  const workspace = join(tmp, 'bundle');
  cpSync(join(root, 'test', 'fixtures', 'bundle'), workspace, { recursive: true });
  const codeServer = await provisionCodeServer(log);
  await runUiTest({
    codeServer,
    port: Number(process.env.NEWS_LENS_TEST_PORT) || await freePort(),
    extensionRoot: root,
    workspace,
    userDataDir: join(tmp, 'user-data'),
    extensionsDir: join(tmp, 'extensions'),
    resultsDir: join(root, 'test-results'),
    log,
  });
  log('Browser test passed');
} catch (error) {
  console.error(`[ui] ${error instanceof ProvisionError ? '' : 'FAILED: '}${error.message}`);
  exitCode = 1;
} finally {
  await cleanupAll();
}
process.exit(exitCode);
