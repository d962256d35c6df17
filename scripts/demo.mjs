// `npm run demo`: packages the extension as a .vsix, installs it into code-server (provisioned
// like the integration tests) and serves a VS Code on 127.0.0.1:$PORT (default 8080) opened on
// the sample bundle `samples/`. Runs until Ctrl+C, then stops the server and removes its folders.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './lib/codeServerLauncher.mjs';
import { cleanupAll, isCleaningUp, removeOnCleanup } from './lib/processes.mjs';
import { cacheRoot, ProvisionError, provisionCodeServer, run } from './lib/provision.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line) => console.log(`[demo] ${line}`);

async function main() {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT=${process.env.PORT} is not a port number`);
  const vsix = join(root, 'news-lens.vsix');
  const samples = join(root, 'samples');

  log('Packaging the extension...');
  await run('npm', ['run', '--silent', 'package'], { cwd: root });
  const codeServer = await provisionCodeServer(log);

  const tmp = mkdtempSync(join(tmpdir(), 'news-lens-demo-'));
  removeOnCleanup(tmp);
  const dirs = { userDataDir: join(tmp, 'user-data'), extensionsDir: join(tmp, 'extensions') };
  log(`Installing ${vsix} into code-server ${codeServer.version.codeServer} (VS Code ${codeServer.version.vscode})...`);
  await run(codeServer.nodeBin, [
    codeServer.entry, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir,
    '--install-extension', vsix,
  ], { env: codeServer.env });

  // Outside the temporary folder, so that it survives a failure.
  const logFile = join(cacheRoot(), 'demo-code-server.log');
  const server = await startCodeServer(codeServer, { ...dirs, port, logFile, folder: samples });
  log(`News Lens demo: ${server.baseUrl}/?folder=${encodeURI(samples)}`);
  log(`(server log: ${logFile}; press Ctrl+C to stop)`);
  // Ctrl+C is handled by processes.mjs: it stops the server and removes the folders.
  const { code, signal } = await server.exited;
  if (isCleaningUp()) return; // Stopped by Ctrl+C: the signal handler finishes and exits.
  throw new Error(`code-server stopped (${signal ?? `exit ${code}`}); see ${logFile}`);
}

try {
  await main();
} catch (error) {
  console.error(`[demo] ${error instanceof ProvisionError ? '' : 'error: '}${error.message}`);
  await cleanupAll();
  process.exit(1);
}
