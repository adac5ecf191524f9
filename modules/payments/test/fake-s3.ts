import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export type FakeS3 = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The FILES_STORE=s3 environment for createTestApp. */
  env: Record<string, string>;
  close(): Promise<void>;
};

/**
 * s3rver (a fake S3 speaking the real REST/XML API) in this process, on 127.0.0.1 with a random port,
 * over a temp folder. It knows one access key id, S3RVER (others get InvalidAccessKeyId); it parses
 * SigV4 Authorization headers but does not recompute them, so a wrong secret is not caught here.
 */
export async function startFakeS3(bucket = 'nexova-test'): Promise<FakeS3> {
  const directory = mkdtempSync(join(tmpdir(), 'nexova-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const keys = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  return {
    endpoint,
    bucket,
    ...keys,
    env: {
      FILES_STORE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: keys.accessKeyId,
      S3_SECRET_ACCESS_KEY: keys.secretAccessKey,
    },
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
