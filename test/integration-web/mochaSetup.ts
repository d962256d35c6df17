// Mocha's browser build (the web worker host has no Node `require` to load mocha's Node entry):
// it defines the global `mocha`. Imported before the test files so that `describe` exists
// when they load.
import 'mocha/mocha';

mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
// One pre-formatted line per call, in the ('%s', line) form: the code-server launcher tells the
// suite's output from the workbench's own log lines by it (as test/integration/index.ts does).
Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log('%s', formatLine(args));

/** console.log's placeholders (%s, %d, %j…) filled in, as Node's util.format would. */
function formatLine(args: unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return [first, ...rest].map(String).join(' ');
  const line = first.replace(/%[sdifjoO%]/g, (placeholder) => {
    if (placeholder === '%%') return '%';
    if (rest.length === 0) return placeholder;
    const value = rest.shift();
    return placeholder === '%j' ? JSON.stringify(value) : String(value);
  });
  return [line, ...rest.map(String)].join(' ');
}
