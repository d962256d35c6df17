import { runMochaSuite } from '../integration/index';

/**
 * Entry point of the Restricted Mode suite: the launcher opens an untrusted copy of the
 * fixtures with workspace trust on and runs the tests beside this file.
 */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
