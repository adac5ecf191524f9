import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateConfigDocs } from './generators/config-docs';
import { generateEventDocs } from './generators/events-docs';
import { generateOpenApi } from './generators/openapi';
import type { Generated } from './generators/types';

// `npm run generate` rewrites every generated file; `npm run check:drift` (CI) fails when any
// committed file differs from what the code generates now.
const generators: (() => Generated[] | Promise<Generated[]>)[] = [
  generateConfigDocs,
  generateOpenApi,
  generateEventDocs,
];

const check = process.argv.includes('--check');
const drifted: string[] = [];
for (const generate of generators) {
  for (const { file, text } of await generate()) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current === text) continue;
    if (check) drifted.push(file);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      process.stdout.write(`wrote ${file}\n`);
    }
  }
}
if (drifted.length > 0) {
  process.stderr.write(
    `Generated files are out of date (run \`npm run generate\` and commit):\n  ${drifted.join('\n  ')}\n`,
  );
  process.exit(1);
}
process.stdout.write(check ? 'Generated files are up to date.\n' : 'Done.\n');
process.exit(0);
