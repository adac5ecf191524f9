// `node --import tsx bench/cpu-top.ts <file.cpuprofile> [n]`: the functions with the most self time in a
// V8 CPU profile (node --cpu-prof), with their file and line, and the same summed by file.
import { readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
const [file, n = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: cpu-top.ts <file.cpuprofile> [n]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[] };
const total = profile.samples.length;
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  if (hits === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^file:\/\/.*?\/(node_modules|packages|modules|bench|apps)\//, '$1/') || '(native)';
  const fn = `${functionName || '(anonymous)'}  ${where}:${lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
  const key = where.startsWith('node_modules/')
    ? where
        .split('/')
        .slice(0, where.includes('/@') ? 3 : 2)
        .join('/')
    : where;
  byFile.set(key, (byFile.get(key) ?? 0) + hits);
}
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(n))
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
process.stdout.write(
  `${total} samples\nself time by function:\n${top(byFunction).join('\n')}\n\nself time by file or package:\n${top(byFile).join('\n')}\n`,
);
