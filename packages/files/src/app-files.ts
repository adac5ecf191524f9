import { resolve } from 'node:path';
import type { Config } from '@nexova/config';
import { diskFileStore } from './disk-file-store';
import type { FileStore } from './file-store';
import { s3FileStore } from './s3-file-store';
import { type UrlSigner, urlSigner } from './signed-url';

/** The file store and URL signer of one app: what every owner of files writes through and signs with. */
export type AppFiles = { store: FileStore; signer: UrlSigner };

const cache = new WeakMap<object, AppFiles>();

/**
 * The one place the file store is chosen: S3-compatible storage when FILES_STORE=s3, otherwise disk
 * under NEXOVA_DATA_DIR/files. The config layer has already refused FILES_STORE=s3 without bucket or keys.
 */
export function fileStoreOf(config: Config): FileStore {
  if (config.FILES_STORE === 'disk') return diskFileStore(resolve(config.NEXOVA_DATA_DIR, 'files'));
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  if (!bucket || !accessKeyId || !secretAccessKey) {
    throw new Error('FILES_STORE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY.');
  }
  return s3FileStore({
    bucket,
    accessKeyId,
    secretAccessKey,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    timeoutMs: config.S3_TIMEOUT_MS,
  });
}

/**
 * The store and signer for one app (one config), built once. Shared by every route that stores or signs
 * (receipts, patient attachments) and GET /files (which verifies and serves, whatever the store).
 */
export function appFiles(config: Config): AppFiles {
  let files = cache.get(config);
  if (!files) {
    files = {
      store: fileStoreOf(config),
      signer: urlSigner({ secret: config.NEXOVA_SECRET_KEY, ttlSeconds: config.SIGNED_URL_TTL_SECONDS }),
    };
    cache.set(config, files);
  }
  return files;
}

/** Closes the store of this config (its S3 connections) when the app closes; a later call builds a new one. */
export async function closeAppFiles(config: Config): Promise<void> {
  const files = cache.get(config);
  cache.delete(config);
  await files?.store.close();
}
