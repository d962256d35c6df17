// Bundles the extension (for Node and for the web extension host) and the CLI with esbuild.
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
 * Modules that need Node and that the extension loads only with a dynamic import behind a check
 * that it runs in Node (src/extension/util/atomicWrite.ts, src/extension/bundles/sourceExtractor.ts).
 * The web bundle gets a stand-in for each that throws if it is ever loaded.
 */
const NODE_ONLY_MODULES = /\/(nodeFileReplace|extractionThread)$/;

/** Swaps the Node-only modules for stand-ins; a static import of one fails the build. */
const nodeOnlyStandIns = {
  name: 'node-only-stand-ins',
  setup(build) {
    build.onResolve({ filter: NODE_ONLY_MODULES }, (args) => {
      if (args.kind !== 'dynamic-import') {
        return { errors: [{ text: `${args.path} needs Node: import it only with a dynamic import behind a Node check (${args.importer})` }] };
      }
      return { path: args.path, namespace: 'node-only' };
    });
    build.onLoad({ filter: /.*/, namespace: 'node-only' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} needs Node: not available in the browser extension host`)});`,
      loader: 'js',
    }));
  },
};

/**
 * The extension for VS Code's web extension host (vscode.dev, a web worker), declared as
 * `browser` in package.json. Platform `browser`: any Node built-in reachable from the entry,
 * other than through the stand-ins above, fails the build.
 */
const webBuild = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  entryPoints: ['src/extension/extension.ts'],
  outfile: 'dist/web/extension.js',
  external: ['vscode'],
  metafile: true,
  plugins: [nodeOnlyStandIns],
};
builds.push(webBuild);

/** The web worker host's `require` knows `vscode` only: anything else left external fails the build. */
function checkWebBundle(result) {
  const imports = Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .flatMap(([, output]) => output.imports.filter((entry) => entry.external && entry.path !== 'vscode'));
  if (imports.length > 0) {
    throw new Error(`${webBuild.outfile} requires ${imports.map((entry) => entry.path).join(', ')}: the web extension host has only \`vscode\``);
  }
}

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
    const results = await Promise.all(builds.map((options) => esbuild.build(options)));
    checkWebBundle(results[builds.indexOf(webBuild)]);
    // Runnable as `./dist/cli.js` too, not only through npm's bin link.
    chmodSync(join(root, 'dist/cli.js'), 0o755);
  } catch (error) {
    // esbuild already printed its own errors.
    if (!error.errors) console.error(`build: ${error.message}`);
    process.exit(1);
  }
}
