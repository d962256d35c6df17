// Editor figures at scale (issue 7): a generated bundle (6,000 files, ~40 MB by default) opened in a
// real VS Code, headless (code-server and Chromium, as on the integration tests' code-server route).
// The probe (test/bench/editorProbe.ts) prints the first index time, a cold re-index during which
// it hovers and types, the extension host's event-loop stalls, and memory; then what made them:
// the extension's own steps and the GCs (wall and thread CPU), the longest stalls with what
// overlapped them, and the slowest hovers split into transport and provider time. About 2–3 minutes.
//   npm run build && npm run compile-tests && node scripts/bench/editor.mjs [--files 6000] [--index-view]
// --index-view shows the INDEX view during the cold re-index (its tree is rebuilt on every change).
// The probe's header lists environment variables for a CPU profile or a heap snapshot.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { corpus } from './corpus.mjs';
import { runTestsInCodeServer } from '../lib/codeServerLauncher.mjs';
import { repoRoot } from '../lib/loadCore.mjs';
import { cleanupAll, freePort, removeOnCleanup } from '../lib/processes.mjs';
import { provisionCodeServer } from '../lib/provision.mjs';

const FILES_PER_FOLDER = 500;
const log = (line) => console.log(`[bench:editor] ${line}`);

async function main() {
  const args = process.argv.slice(2);
  const files = Number(args[args.indexOf('--files') + 1]) || 6000;
  // The extension host inherits code-server's environment: the probe reads this there.
  if (args.includes('--index-view')) process.env.NEWS_LENS_BENCH_INDEX_VIEW = '1';
  const probe = join(repoRoot, 'out', 'test', 'bench', 'editorProbe.js');
  for (const [file, command] of [[join(repoRoot, 'dist', 'extension.js'), 'npm run build'], [probe, 'npm run compile-tests']]) {
    if (!existsSync(file)) throw new Error(`missing ${file}: run \`${command}\` first`);
  }

  const tmp = mkdtempSync(join(tmpdir(), 'news-lens-bench-editor-'));
  removeOnCleanup(tmp);
  const workspace = join(tmp, 'bundle');
  let bytes = 0;
  corpus(files).forEach(([name, text], i) => {
    const path = join(workspace, `part-${Math.floor(i / FILES_PER_FOLDER)}`, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  });
  log(`generated ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);

  const codeServer = await provisionCodeServer(log);
  return runTestsInCodeServer({
    extensionRoot: repoRoot,
    testsEntry: probe,
    workspace,
    userDataDir: join(tmp, 'user-data'),
    extensionsDir: join(tmp, 'extensions'),
    resultsDir: join(repoRoot, 'test-results', 'bench-editor'),
    timeoutMs: 900_000,
    log,
    codeServer,
    port: await freePort(),
  });
}

let exitCode;
try {
  exitCode = await main();
} catch (error) {
  console.error(`[bench:editor] ${error.message}`);
  exitCode = 1;
} finally {
  await cleanupAll();
}
process.exit(exitCode);
