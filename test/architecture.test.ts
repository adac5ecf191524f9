import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArchitecture, findCycles, importsOf } from './architecture';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nexova-arch-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const pkg = (name: string) => JSON.stringify({ name, exports: { '.': './src/index.ts' } });

describe('architecture rules', () => {
  it('the repository itself has no violations', () => {
    expect(checkArchitecture(root)).toEqual([]);
  });

  it('lets db/ files import only @nexova/db, @nexova/kernel, drizzle-orm and their db/, domain/, contracts/', () => {
    const dir = fixture({
      'modules/orders/package.json': pkg('@t/orders'),
      'modules/orders/src/index.ts': '',
      'modules/orders/src/db/store.ts': [
        `import { a } from '@nexova/db';`,
        `import { b } from '@nexova/db/schema';`,
        `import { c } from 'drizzle-orm/pg-core';`,
        `import { d } from '../domain/rules';`,
        `import { e } from '../contracts/order';`,
        `import { f } from './schema';`,
        `import { g } from '@nexova/events';`,
        `import { h } from '../use-cases/place-order';`,
        `import { i } from '@t/payments';`,
      ].join('\n'),
      'modules/orders/src/db/store.test.ts': `import { j } from '@nexova/testing';`,
      'modules/payments/package.json': pkg('@t/payments'),
      'modules/payments/src/index.ts': '',
    });
    expect(
      checkArchitecture(dir)
        .filter((v) => v.rule === 'db-imports')
        .map((v) => v.detail.split(':')[0]),
    ).toEqual(['@nexova/events', '../use-cases/place-order', '@t/payments']);
  });

  it('finds import specifiers of every form', () => {
    const text = `import a from 'x';\nimport { b } from "@n/y/deep";\nexport * from './z';\nconst c = await import('w');\nimport 'side';`;
    expect(importsOf(text)).toEqual(['x', '@n/y/deep', './z', 'w', 'side']);
  });

  it('flags deep imports, packages importing modules, escapes and module cycles', () => {
    const dir = fixture({
      'packages/db/package.json': pkg('@t/db'),
      'packages/db/src/index.ts': `import { x } from '@t/orders';\nimport '../../../modules/orders/src/x';`,
      'modules/orders/package.json': pkg('@t/orders'),
      'modules/orders/src/index.ts': `import { y } from '@t/db/src/client';\nimport { p } from '@t/payments';`,
      'modules/payments/package.json': pkg('@t/payments'),
      'modules/payments/src/index.ts': `import { o } from '@t/orders';`,
      'modules/payments/src/x.test.ts': `import { app } from '@t/app';`,
      'apps/app/package.json': pkg('@t/app'),
      'apps/app/src/index.ts': `import { o } from '@t/orders';`,
    });
    const rules = checkArchitecture(dir).map((v) => `${v.rule}:${v.file}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'layer:packages/db/src/index.ts',
        'escape:packages/db/src/index.ts',
        'deep-import:modules/orders/src/index.ts',
        'cycle:@t/orders',
      ]),
    );
    expect(rules).toHaveLength(4);
  });

  it('allows the entry points a package declares, and only those', () => {
    const dir = fixture({
      'modules/orders/package.json': JSON.stringify({
        name: '@t/orders',
        exports: { '.': './src/index.ts', './testing': './src/testing.ts' },
      }),
      'modules/orders/src/index.ts': '',
      'modules/payments/package.json': pkg('@t/payments'),
      'modules/payments/src/index.ts': `import { a } from '@t/orders/testing';\nimport { b } from '@t/orders/src/x';`,
    });
    expect(checkArchitecture(dir).map((v) => `${v.rule}:${v.detail}`)).toEqual([
      'deep-import:@t/orders/src/x: import @t/orders only',
    ]);
  });

  it('reports each cycle once', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(findCycles(edges)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
