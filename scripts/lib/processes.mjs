// Keeps track of what a script started (processes, temporary folders, browsers) and ends it
// all on every way out: normal end, error, Ctrl+C, SIGTERM, timeout.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** @type {Array<{ name: string, async: () => Promise<void>, sync: () => void }>} */
const cleanups = [];
let cleaning;

/** Registers cleanup work; `sync` is the last resort when the process exits without awaiting. */
export function onCleanup(name, async, sync = () => {}) {
  const entry = { name, async, sync };
  cleanups.push(entry);
  return () => {
    const index = cleanups.indexOf(entry);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

/** True once cleanup has begun (after a signal, an error or the end of the run). */
export function isCleaningUp() {
  return cleaning !== undefined;
}

/** Runs every registered cleanup, newest first, once. */
export function cleanupAll() {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const entry = cleanups.pop();
      try {
        await entry.async();
      } catch (error) {
        console.error(`cleanup of ${entry.name} failed: ${error.message}`);
      }
    }
  })();
  return cleaning;
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    console.error(`\nReceived ${signal}: stopping what was started...`);
    cleanupAll().finally(() => process.exit(code));
  });
}
process.on('exit', () => {
  for (const entry of cleanups.splice(0).reverse()) {
    try {
      entry.sync();
    } catch {
      // Exiting anyway; nothing more to do.
    }
  }
});

/**
 * Spawns a command in its own process group so that it and every process it starts can be
 * ended together; registers that for cleanup.
 */
export function spawnGroup(name, command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: process.platform !== 'win32' });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let alive = true;
  child.once('exit', () => { alive = false; });
  const signalGroup = (signal) => {
    try {
      if (process.platform === 'win32') child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    if (child.pid === undefined) return;
    signalGroup('SIGTERM');
    const graceful = await Promise.race([exited.then(() => true), sleep(5000, false, { ref: false })]);
    // Helpers of the group may outlive the leader: end them too.
    signalGroup('SIGKILL');
    if (!graceful && alive) await exited;
  };
  const unregister = onCleanup(name, stop, () => signalGroup('SIGKILL'));
  return { child, exited, stop: async () => { unregister(); await stop(); } };
}

/** Registers a temporary folder for removal. */
export function removeOnCleanup(dir) {
  const remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  onCleanup(`temporary folder ${dir}`, async () => remove(), remove);
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs `promise` with a deadline: rejects after `ms` with a message naming `what`. */
export async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
