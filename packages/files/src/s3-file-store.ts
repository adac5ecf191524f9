import { createRequire } from 'node:module';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { assertValidKey, type FileStore, isValidKey } from './file-store';

export type S3FileStoreOptions = {
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** MinIO, R2, Spaces …; unset means Amazon S3 for `region`. */
  endpoint?: string;
  /** `<endpoint>/<bucket>/<key>` instead of `<bucket>.<endpoint>/<key>`; defaults to true with an endpoint. */
  forcePathStyle?: boolean;
  /** Connect and answer timeouts of each request, in ms. */
  timeoutMs?: number;
};

export type S3FileStore = FileStore & { readonly client: S3Client };

/**
 * Files as objects of one bucket of any S3-compatible service, through the official SDK.
 * Checksums are only sent when an operation requires them: the SDK's default CRC32 headers are
 * refused by several S3-compatible servers, and TLS plus SigV4 already protect the bytes in transit.
 */
export function s3FileStore(options: S3FileStoreOptions): S3FileStore {
  // The SDK is loaded only when S3 is configured (~20 MB and ~0.2 s of start-up otherwise, issue 11).
  const sdk = createRequire(import.meta.url)('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');
  const {
    DeleteObjectCommand,
    GetObjectCommand,
    HeadBucketCommand,
    ListObjectsV2Command,
    NoSuchKey,
    PutObjectCommand,
  } = sdk;
  const config: S3ClientConfig = {
    region: options.region,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    forcePathStyle: options.forcePathStyle ?? options.endpoint !== undefined,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: { connectionTimeout: options.timeoutMs ?? 10_000, requestTimeout: options.timeoutMs ?? 10_000 },
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
  };
  const client = new sdk.S3Client(config);
  const Bucket = options.bucket;
  return {
    client,
    async put(key, data) {
      assertValidKey(key);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: data, ContentLength: data.length }));
    },
    async get(key) {
      if (!isValidKey(key)) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return Buffer.alloc(0);
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        // Only a missing key is "nothing there"; a missing bucket or bad keys stay errors.
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async delete(key) {
      assertValidKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async *list(prefix) {
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken: token }));
        for (const object of page.Contents ?? []) {
          if (object.Key && isValidKey(object.Key)) {
            yield { key: object.Key, modifiedAt: object.LastModified ?? new Date(0) };
          }
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
    async check() {
      // Proves the endpoint answers, the bucket exists and the keys are accepted, in one request.
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (error) {
        // HEAD answers have no body, so the SDK's message is often empty: say what failed.
        const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
        const status = e.$metadata?.httpStatusCode;
        throw new Error(`S3 bucket ${Bucket}: ${e.name ?? 'error'}${status ? ` (HTTP ${status})` : ''}`, {
          cause: error,
        });
      }
    },
    async close() {
      client.destroy();
    },
  };
}
