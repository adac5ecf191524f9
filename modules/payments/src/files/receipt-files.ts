import { resolve } from 'node:path';
import type { Config } from '@nexova/config';
import type { ReceiptFiles } from '../db/payment-store';
import { diskFileStore } from './file-store';
import { urlSigner } from './signed-url';

const cache = new WeakMap<object, ReceiptFiles>();

/**
 * The store and signer for one app (one config): disk under NEXOVA_DATA_DIR/files. Shared by the
 * payment routes (which sign) and GET /files (which verifies), so a generated key is the same for both.
 */
export function receiptFiles(config: Config): ReceiptFiles {
  let files = cache.get(config);
  if (!files) {
    files = {
      store: diskFileStore(resolve(config.NEXOVA_DATA_DIR, 'files')),
      signer: urlSigner({ secret: config.NEXOVA_SECRET_KEY, ttlSeconds: config.SIGNED_URL_TTL_SECONDS }),
    };
    cache.set(config, files);
  }
  return files;
}
