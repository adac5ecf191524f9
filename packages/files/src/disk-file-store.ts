import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { assertValidKey, type FileStore, isValidKey } from './file-store';

/** Files under one root folder (NEXOVA_DATA_DIR/files); writes go to a temp name and are renamed in place. */
export function diskFileStore(root: string): FileStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    assertValidKey(key);
    const path = resolve(join(base, key));
    if (!path.startsWith(base + sep)) throw new Error(`File key escapes the store: ${key}`);
    return path;
  };
  return {
    async put(key, data) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // A reader sees the old bytes or the new ones, never half a file.
      const temp = `${path}.${randomUUID()}.tmp`;
      try {
        await writeFile(temp, data, { flag: 'wx' });
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async get(key) {
      if (!isValidKey(key)) return null;
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async *list(prefix) {
      const folder = resolve(join(base, prefix));
      if (!folder.startsWith(base + sep) && folder !== base) return;
      let entries: string[];
      try {
        entries = await readdir(folder, { recursive: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      for (const entry of entries) {
        const path = join(folder, entry);
        const info = await stat(path).catch(() => null); // removed meanwhile
        if (!info?.isFile()) continue;
        const key = relative(base, path).split(sep).join('/');
        // Leftover temp files of a failed write are listed too (their keys are still valid keys).
        if (isValidKey(key)) yield { key, modifiedAt: info.mtime };
      }
    },
    async check() {
      await mkdir(base, { recursive: true });
      await access(base, constants.W_OK);
    },
    async close() {},
  };
}
