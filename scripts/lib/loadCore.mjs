// Bundles a core entry point on the fly so scripts measure the TypeScript source as it is now.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Returns the module at `entry` (relative to the repo root), bundled to out/scripts/<name>.cjs. */
export async function loadCore(entry, name) {
  const outfile = join(root, 'out', 'scripts', `${name}.cjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  const require = createRequire(import.meta.url);
  delete require.cache[outfile];
  return require(outfile);
}

export const repoRoot = root;
