// The code-server route: VS Code's real Node extension host served by code-server, its workbench
// driven by Debian's Chromium through playwright-core. Used where no VS Code desktop exists.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { onCleanup, spawnGroup, withTimeout } from './processes.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/**
 * Starts code-server on 127.0.0.1:`port` and waits until it answers.
 * @param {Awaited<ReturnType<import('./provision.mjs').provisionCodeServer>>} codeServer
 * @param {{ port: number, userDataDir: string, extensionsDir: string, logFile: string,
 *   smokeTestDriver?: boolean, folder?: string, workspaceTrust?: boolean, extensionDevelopmentKind?: 'web' }} options
 *   `workspaceTrust`: keep VS Code's workspace trust on (a fresh folder then opens in
 *   Restricted Mode); off by default so tests and the demo run as in a trusted folder.
 *   `extensionDevelopmentKind: 'web'`: News Lens runs in the web worker extension host.
 */
export async function startCodeServer(codeServer, options) {
  const args = [
    codeServer.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${options.port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
  ];
  if (!options.workspaceTrust) args.push('--disable-workspace-trust');
  // Without the smoke-test driver a production build ignores the test payload of the URL.
  if (options.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (options.folder) args.push(options.folder);

  writeUserSettings(options.userDataDir, options.extensionDevelopmentKind);
  const log = createWriteStream(options.logFile);
  const server = spawnGroup('code-server', codeServer.nodeBin, args, {
    env: codeServer.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.child.stdout.pipe(log);
  server.child.stderr.pipe(log);
  let exitedEarly = false;
  server.exited.then(() => { exitedEarly = true; });
  server.child.once('error', (error) => {
    log.write(`spawn error: ${error.message}\n`);
    exitedEarly = true;
  });

  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exitedEarly) throw new Error(`code-server exited during start-up; see ${options.logFile}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer within 120 s; see ${options.logFile}`);
    await sleep(250);
  }
  return { baseUrl, stop: server.stop, exited: server.exited };
}

/**
 * Settings for a quiet workbench on an offline machine: no chat side bar, AI features, tips or
 * gallery look-ups in the way of the tests and the demo.
 *
 * `extensionKind` 'web' sends News Lens to the web worker extension host through the setting
 * `remote.extensionKind`. (The web workbench parses an `extensionDevelopmentKind` payload entry,
 * the browser's counterpart of `--extensionDevelopmentKind=web`, but in VS Code 1.139 nothing
 * reads it: the extension would still run in the Node host.)
 */
function writeUserSettings(userDataDir, extensionKind) {
  const settings = {
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'git.openRepositoryInParentFolders': 'never',
  };
  if (extensionKind) settings['remote.extensionKind'] = { 'newslens.news-lens': [extensionKind] };
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Launches headless Chromium; registers its closing for cleanup. */
export async function launchChromium(executablePath) {
  // Our own signal handlers close the browser gracefully; Playwright's would kill it abruptly
  // and leave its helper processes to init.
  const browser = await chromium.launch({
    executablePath, headless: true, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  onCleanup('chromium', () => browser.close());
  return browser;
}

/**
 * Runs the integration suite inside code-server. Resolves with the suite's exit code
 * (0 when every test passed); rejects on a timeout or when the workbench cannot start.
 * @param {{ codeServer: any, port: number, extensionRoot: string, testsEntry: string,
 *   workspace: string, userDataDir: string, extensionsDir: string, resultsDir: string,
 *   timeoutMs: number, log: (line: string) => void, verbose?: boolean, workspaceTrust?: boolean,
 *   extensionDevelopmentKind?: 'web' }} options
 *   `extensionDevelopmentKind: 'web'` runs the extension and the suite in VS Code's web worker
 *   extension host (from the extension's `browser` entry) instead of the Node one.
 */
export async function runTestsInCodeServer(options) {
  const { log } = options;
  mkdirSync(options.resultsDir, { recursive: true });
  const serverLog = join(options.resultsDir, 'code-server.log');
  const server = await startCodeServer(options.codeServer, { ...options, logFile: serverLog, smokeTestDriver: true });
  const browser = await launchChromium(options.codeServer.chromium);
  const { codeServer, vscode } = options.codeServer.version;
  const host = options.extensionDevelopmentKind === 'web' ? 'web worker extension host in Chromium'
    : `extension host on Node ${options.codeServer.nodeVersion}`;
  log(`Integration tests run in VS Code ${vscode} (code-server ${codeServer}, ${host}), ` +
    `workbench in Chromium ${browser.version()}, at ${server.baseUrl}`);

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (options.verbose) {
    page.on('console', (message) => log(`[browser ${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => log(`[browser error] ${error.message}`));
  }
  let resolveFinished;
  const finished = new Promise((resolve) => { resolveFinished = resolve; });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    saveHostLogs(options.resultsDir, logs);
    resolveFinished(Number(code));
  });
  // Everything the workbench logs goes to a file; the terminal gets the suite's own output,
  // which test/integration/index.ts logs as ('%s', line), and with `verbose` everything.
  const workbenchLog = createWriteStream(join(options.resultsDir, 'workbench.log'));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const parts = Array.isArray(args) ? args : [args];
    const line = format(...parts);
    workbenchLog.write(`[${type}] ${line}\n`);
    const fromSuite = parts.length === 2 && parts[0] === '%s';
    if (fromSuite || options.verbose) (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  });

  const remote = (path) => `vscode-remote://127.0.0.1:${options.port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(options.extensionRoot)],
    ['extensionTestsPath', remote(options.testsEntry)],
    ['skipWelcome', 'true'],
  ];
  const url = `${server.baseUrl}/?folder=${encodeURI(options.workspace)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);

  let code;
  try {
    code = await withTimeout(finished, options.timeoutMs, 'The integration test run');
    return code;
  } finally {
    await screenshot(page, join(options.resultsDir, 'integration-workbench.png'), log);
    if (code !== 0) log(`Logs: ${join(options.resultsDir, 'workbench.log')}, ${serverLog}`);
    // The next suite starts its own: two idle workbenches would only compete for the machine.
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

async function screenshot(page, path, log) {
  try {
    await page.screenshot({ path, timeout: 15_000 });
    log(`Screenshot of the workbench: ${path}`);
  } catch (error) {
    log(`(no screenshot: ${error.message.split('\n')[0]})`);
  }
}

/** The extension host hands its log files over when it exits; keep them beside the screenshot. */
function saveHostLogs(dir, logs) {
  if (!Array.isArray(logs)) return;
  const folder = join(dir, 'host-logs');
  for (const entry of logs) {
    if (typeof entry?.relativePath !== 'string' || typeof entry?.contents !== 'string') continue;
    const safeName = entry.relativePath.replace(/[^A-Za-z0-9._-]+/g, '_');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, safeName), entry.contents);
  }
}
