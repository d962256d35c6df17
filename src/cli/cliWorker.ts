/*
 * The entry point of `index`'s extraction threads (bundled on its own as dist/cliWorker.js):
 * only what a thread runs, so each thread loads and compiles a third of dist/cli.js's code
 * (no `yaml`, no commands) before its first batch.
 */
import { serveExtraction } from './parallelExtract';

serveExtraction();
