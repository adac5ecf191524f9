import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskFileStore, type FileStore, s3FileStore } from '@nexova/files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeS3, startFakeS3 } from './fake-s3';

// One contract, every store: what works on disk works on S3-compatible storage and the other way round.
let s3: FakeS3;
let diskRoot: string;
beforeAll(async () => {
  s3 = await startFakeS3();
  diskRoot = mkdtempSync(join(tmpdir(), 'nexova-files-'));
});
afterAll(async () => {
  await s3?.close();
  rmSync(diskRoot, { recursive: true, force: true });
});

const s3Store = (overrides: { bucket?: string; accessKeyId?: string } = {}) =>
  s3FileStore({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    bucket: overrides.bucket ?? s3.bucket,
    accessKeyId: overrides.accessKeyId ?? s3.accessKeyId,
    secretAccessKey: s3.secretAccessKey,
  });

const stores: [string, () => FileStore][] = [
  ['disk', () => diskFileStore(diskRoot)],
  ['s3', () => s3Store()],
];

describe.each(stores)('FileStore contract: %s', (_name, make) => {
  let store: FileStore;
  beforeAll(() => {
    store = make();
  });
  afterAll(async () => {
    await store.close();
  });
  const key = (ext = 'pdf') => `receipts/${crypto.randomUUID()}/${crypto.randomUUID()}.${ext}`;

  it('is ready, and gives back exactly the bytes it was given', async () => {
    await store.check();
    const k = key();
    const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await store.put(k, every);
    expect(await store.get(k)).toEqual(every);
  });

  it('answers null for a key that holds nothing', async () => {
    expect(await store.get(key())).toBeNull();
  });

  it('overwrites a key in place', async () => {
    const k = key('png');
    await store.put(k, Buffer.from('first'));
    await store.put(k, Buffer.from('second, longer'));
    expect((await store.get(k))?.toString()).toBe('second, longer');
  });

  it('deletes, and deleting a missing key is not an error', async () => {
    const k = key();
    await store.put(k, Buffer.from('x'));
    await store.delete(k);
    expect(await store.get(k)).toBeNull();
    await expect(store.delete(k)).resolves.toBeUndefined();
  });

  it('keeps an empty file apart from a missing one, and a 3 MB one whole', async () => {
    const empty = key();
    await store.put(empty, Buffer.alloc(0));
    expect(await store.get(empty)).toEqual(Buffer.alloc(0));
    const big = key();
    const data = Buffer.alloc(3 * 1024 * 1024, 7);
    data.write('end', data.length - 3);
    await store.put(big, data);
    expect((await store.get(big))?.equals(data)).toBe(true);
  });

  it('handles concurrent writers of different keys', async () => {
    const keys = Array.from({ length: 20 }, () => key());
    await Promise.all(keys.map((k, i) => store.put(k, Buffer.from(`file ${i}`))));
    const got = await Promise.all(keys.map((k) => store.get(k)));
    expect(got.map((b) => b?.toString())).toEqual(keys.map((_, i) => `file ${i}`));
  });

  it('refuses invalid keys on write and delete, and finds nothing under them', async () => {
    for (const bad of ['../escape.pdf', '/abs.pdf', 'receipts//x.pdf', 'UPPER.pdf', 'a/./b.pdf', '']) {
      await expect(store.put(bad, Buffer.from('x'))).rejects.toThrow(/Invalid file key/);
      await expect(store.delete(bad)).rejects.toThrow(/Invalid file key/);
      expect(await store.get(bad)).toBeNull();
    }
  });
});

describe('s3FileStore against a misconfigured bucket', () => {
  it('reports unknown keys on check and on every call, never as a missing file', async () => {
    const store = s3Store({ accessKeyId: 'NOT-A-KEY' });
    await expect(store.check()).rejects.toThrow(/S3 bucket nexova-test: .*HTTP 403/);
    await expect(store.put('receipts/a.pdf', Buffer.from('x'))).rejects.toMatchObject({
      name: 'InvalidAccessKeyId',
    });
    await expect(store.get('receipts/a.pdf')).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
    await store.close();
  });

  it('reports a missing bucket on check and on get', async () => {
    const store = s3Store({ bucket: 'no-such-bucket' });
    await expect(store.check()).rejects.toThrow(/S3 bucket no-such-bucket: .*HTTP 404/);
    await expect(store.get('receipts/a.pdf')).rejects.toMatchObject({ name: 'NoSuchBucket' });
    await store.close();
  });
});
