// The web suite (test/integration-web): bundled into one file, because VS Code's web worker
// extension host loads `extensionTestsPath` with a `require` that knows only `vscode`.
import * as esbuild from 'esbuild';
import { join } from 'node:path';

/**
 * Bundles test/integration-web/index.ts (mocha's browser build and the tests) for the web worker
 * host; returns the bundle's path. It lies under the extension's root, which is what makes VS Code
 * run it in the host the extension runs in.
 */
export async function bundleWebSuite(root) {
  const outfile = join(root, 'out', 'test', 'integration-web', 'suite.bundle.js');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['test/integration-web/index.ts'],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'error',
  });
  return outfile;
}
