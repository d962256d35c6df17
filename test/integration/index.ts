import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * Entry point of the integration suite, loaded inside the VS Code extension host by both
 * launchers (`extensionTestsPath`). Runs every compiled `*.test.js` beside this file and
 * rejects when a test fails, which makes the host exit with a non-zero code.
 */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}

/** Runs every compiled `*.test.js` under `dir` (recursively); rejects when a test fails. */
export async function runMochaSuite(dir: string): Promise<void> {
  // One pre-formatted line per call, in the ('%s', line) form: the code-server launcher tells
  // the suite's output from the workbench's own log lines by it, and shows the line as is.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log('%s', format(...args));
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.NEWS_LENS_TEST_CASE_TIMEOUT ?? 30_000),
  });
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(path.join(dir, file));

  let failures: number;
  try {
    failures = await new Promise<number>((resolve) => mocha.run(resolve));
  } catch (error) {
    // A test file that fails to load: say why in the suite's own output.
    console.log('%s', error instanceof Error ? error.stack : String(error));
    throw error;
  }
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
