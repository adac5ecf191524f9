import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Facts a start records about an embedded data folder (which migrations and grants it has, the demo
// seed), so the next start can skip work already done. The file lives inside the folder: deleting or
// replacing the folder takes it along, and only the process holding the folder's lock writes it.
const FILE = 'nexova-state.json';

export type DataDirState = {
  read(key: string): unknown;
  write(key: string, value: unknown): void;
};

export function dataDirState(dataDir: string): DataDirState {
  const file = join(dataDir, FILE);
  const load = (): Record<string, unknown> => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      return {}; // missing or unreadable: nothing recorded, every step runs
    }
  };
  return {
    read: (key) => load()[key],
    write: (key, value) => {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ ...load(), [key]: value }, null, 2));
      renameSync(temporary, file);
    },
  };
}
