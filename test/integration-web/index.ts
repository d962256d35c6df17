// Entry point of the web suite, loaded by VS Code's web worker extension host
// (`extensionTestsPath`, with `extensionDevelopmentKind` web). That host has no Node `require`:
// scripts/lib/webSuite.mjs bundles this file, mocha's browser build and the tests into one file.
import './mochaSetup';
import './webHost.test';

/** Runs the suite; rejects when a test fails, which makes the host exit with a non-zero code. */
export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}
