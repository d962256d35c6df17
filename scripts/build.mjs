// Bundles the extension and the CLI with esbuild.
//   node scripts/build.mjs               development: source maps, not minified
//   node scripts/build.mjs --production  minified, no source maps (what the .vsix ships)
//   node scripts/build.mjs --watch       rebuilds on change
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  minify: production,
  sourcemap: !production,
  // Source maps point at our TypeScript, not at the bundle's temporary names.
  sourcesContent: false,
  legalComments: production ? 'none' : 'inline',
  logLevel: 'info',
  absWorkingDir: root,
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  },
  {
    // The extension's extraction thread: src/extension/bundles/extractionThread.ts starts it from
    // the file beside dist/extension.js.
    ...common,
    entryPoints: ['src/extension/bundles/extractionWorker.ts'],
    outfile: 'dist/extractionWorker.js',
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The CLI's extraction threads: src/cli/parallelExtract.ts starts them from the file beside dist/cli.js.
    ...common,
    entryPoints: ['src/cli/cliWorker.ts'],
    outfile: 'dist/cliWorker.js',
  },
];

/**
 * The extension for VS Code's web extension host (vscode.dev), which has no Node built-ins.
 * package.json does not declare it (`browser`) until it is tested there, so a failure warns only.
 */
const webBuild = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  entryPoints: ['src/extension/extension.ts'],
  outfile: 'dist/web/extension.js',
  // Loaded on demand only in a Node extension host (src/extension/util/atomicWrite.ts,
  // src/extension/bundles/sourceExtractor.ts).
  external: ['vscode', 'node:fs/promises', 'node:path', 'node:worker_threads'],
  logLevel: 'silent',
};

// A production build must not ship maps left over from a development build.
if (production) {
  for (const file of ['dist/extension.js.map', 'dist/extractionWorker.js.map', 'dist/cli.js.map', 'dist/cliWorker.js.map', 'dist/web/extension.js.map']) {
    rmSync(join(root, file), { force: true });
  }
}
for (const build of builds) {
  if (!existsSync(join(root, build.entryPoints[0]))) {
    console.error(`build: missing entry point ${build.entryPoints[0]}`);
    process.exit(1);
  }
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('build: watching for changes (Ctrl+C to stop)');
} else {
  try {
    await Promise.all(builds.map((options) => esbuild.build(options)));
    // Runnable as `./dist/cli.js` too, not only through npm's bin link.
    chmodSync(join(root, 'dist/cli.js'), 0o755);
  } catch {
    // esbuild already printed the errors.
    process.exit(1);
  }
  try {
    await esbuild.build(webBuild);
  } catch (error) {
    const reason = error.errors?.[0]?.text ?? error.message;
    console.warn(`build: no web bundle (${webBuild.outfile}): ${reason}`);
  }
}
