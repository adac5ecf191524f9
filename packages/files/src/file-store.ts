/**
 * Where stored files (payment receipts, patient attachments, exports) live. Two implementations behind the same three calls:
 * `diskFileStore` (default) and `s3FileStore` (any S3-compatible service); app-files.ts picks one.
 */
export type StoredFile = { key: string; modifiedAt: Date };

export type FileStore = {
  /** Writes the bytes under `key`, replacing what was there. Throws on an invalid key. */
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes, or null when the key holds nothing (or is not a valid key). */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key; removing a missing key is not an error. Throws on an invalid key. */
  delete(key: string): Promise<void>;
  /** Every stored key under `prefix` with its last write time (the orphan sweeper walks them). */
  list(prefix: string): AsyncIterable<StoredFile>;
  /** Throws when the store cannot be used (bucket missing, bad keys, folder not writable): /health/ready. */
  check(): Promise<void>;
  /** Releases connections; the store is unusable afterwards. */
  close(): Promise<void>;
};

const KEY = /^[a-z0-9][a-z0-9._/-]{0,300}$/;

/** A key is lower-case path segments; no `..`, no absolute paths. */
export function isValidKey(key: string): boolean {
  return KEY.test(key) && !key.split('/').some((part) => part === '..' || part === '.' || part === '');
}

/** Every store refuses the same keys, so a key that works on disk works on S3 and the other way round. */
export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new Error(`Invalid file key: ${key}`);
}
