import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Tests that need apps/dashboard/dist build it the way the launcher does (only when missing or stale),
// in a plain Node process like `npm start`.
const SCRIPT = fileURLToPath(new URL('../../../scripts/build-dashboard.mjs', import.meta.url));
export const DIST = fileURLToPath(new URL('../dist', import.meta.url));

export function ensureDashboardBuilt(): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [SCRIPT, '--ensure'], (error, _stdout, stderr) =>
      error ? reject(new Error(`dashboard build failed:\n${stderr}`)) : resolve(),
    );
  });
}
