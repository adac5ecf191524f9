import { createRequire } from 'node:module';
import type Stripe from 'stripe';

// The Stripe SDK is loaded on first use, never by an install without Stripe: loading it costs about
// 17 MB of RSS (3 MB of heap) that every API and worker process paid at start (issue 11: an API
// process on PostgreSQL idled at 162–165 MB against ≤ 150). As with the S3 SDK (s3-file-store.ts),
// createRequire keeps it out of start-up; the types still come from the package.

type StripeSdk = typeof Stripe;
let sdk: StripeSdk | null = null;

/** The SDK (the Stripe constructor with its `errors` and `webhooks`), loaded now if it was not. */
export function stripeSdk(): StripeSdk {
  sdk ??= createRequire(import.meta.url)('stripe') as StripeSdk;
  return sdk;
}

/** The SDK if anything loaded it already; null otherwise (then no Stripe error can exist). */
export const loadedStripeSdk = (): StripeSdk | null => sdk;
