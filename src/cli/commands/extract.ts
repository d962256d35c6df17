import { extract } from '../../core/extract';
import type { Mention } from '../../core/model';
import { readSourceFile } from '../readSource';
import { parseArgs, UsageError } from '../usage';

/** `news-lens extract [--json] <file>...` */
export async function runExtract(argv: readonly string[]): Promise<void> {
  const { flags, positionals } = parseArgs(argv, { flags: ['--json'] });
  if (positionals.length === 0) throw new UsageError('extract needs at least one file');
  const files = [];
  for (const path of positionals) {
    const text = await readSourceFile(path);
    files.push({ path, mentions: extract(text).mentions.map(toContract) });
  }
  if (flags.has('--json')) {
    process.stdout.write(JSON.stringify({ files }) + '\n');
    return;
  }
  for (const file of files) {
    process.stdout.write(`${file.path}\n`);
    for (const m of file.mentions) {
      const value = m.value && m.value !== m.text ? ` → ${m.value}` : '';
      process.stdout.write(`  ${m.start}-${m.end}\t${m.kind}\t${m.zone}\t${JSON.stringify(m.text)}${value}\n`);
    }
  }
}

/** Exactly the fields DESIGN.md promises, in its order. */
function toContract(m: Mention) {
  return { kind: m.kind, start: m.start, end: m.end, text: m.text, value: m.value, zone: m.zone };
}
