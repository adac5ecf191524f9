// CI's dependency check: `npm audit --omit=dev --audit-level=high`, read as JSON so that the three
// outcomes are told apart. Exit 0: the registry answered and no production dependency has a high or
// critical advisory. Exit 1: it has (each one is listed with its fix). Exit 2: the registry's audit
// endpoint did not answer (a proxy, an outage): the dependencies were NOT checked, and CI says so
// instead of passing silently.
import { spawnSync } from 'node:child_process';

type Vulnerability = { name: string; severity: string; range: string; fixAvailable: unknown; via: unknown[] };
type Report = {
  statusCode?: number;
  message?: string;
  error?: { summary?: string };
  vulnerabilities?: Record<string, Vulnerability>;
  metadata?: { dependencies?: { prod?: number; total?: number } };
};

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report: Report;
try {
  report = JSON.parse(run.stdout) as Report;
} catch {
  console.error(`npm audit printed no report (exit ${run.status}): ${run.stderr.trim().slice(0, 500)}`);
  console.error('The production dependencies were NOT checked for known vulnerabilities.');
  process.exit(2);
}
if (!report.vulnerabilities) {
  const why = report.message ?? report.error?.summary ?? `exit ${run.status}`;
  console.error(`npm audit: the registry's audit endpoint did not answer: ${why}`);
  console.error('The production dependencies were NOT checked for known vulnerabilities (exit 2).');
  process.exit(2);
}
const high = Object.values(report.vulnerabilities).filter((v) => v.severity === 'high' || v.severity === 'critical');
const checked = report.metadata?.dependencies?.prod ?? report.metadata?.dependencies?.total ?? 0;
if (high.length === 0) {
  console.log(`npm audit: no high or critical advisory in ${checked} production dependencies.`);
  process.exit(0);
}
for (const v of high) {
  const titles = v.via
    .map((via) => (typeof via === 'object' && via ? (via as { title?: string }).title : `through ${String(via)}`))
    .join('; ');
  const fix = v.fixAvailable === true ? 'npm audit fix' : JSON.stringify(v.fixAvailable);
  console.error(`${v.severity.toUpperCase()} ${v.name} ${v.range}: ${titles} (fix: ${fix})`);
}
console.error(`npm audit: ${high.length} production dependencies with high or critical advisories.`);
process.exit(1);
