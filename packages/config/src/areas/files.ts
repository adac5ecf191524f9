import { z } from 'zod';
import { envInt, envUrl, envVar } from '../env-var';

// Where stored files (payment receipts) live: local disk by default, any S3-compatible service when
// FILES_STORE=s3. Downloads always go through our own signed, expiring GET /files URLs.
export const filesEnv = {
  ...envVar('FILES_STORE', z.enum(['disk', 's3']).default('disk'), {
    description:
      'Where file bytes are stored: `disk` (NEXOVA_DATA_DIR/files, one machine) or `s3` (any S3-compatible service; needs S3_BUCKET and the S3 keys).',
    expected: 'disk or s3',
  }),
  ...envVar('S3_ENDPOINT', envUrl(['http', 'https']).optional(), {
    description:
      'S3-compatible endpoint (MinIO, Cloudflare R2, DigitalOcean Spaces …). Unset: Amazon S3 for S3_REGION.',
    expected: 'an http:// or https:// URL',
    example: 'http://127.0.0.1:9000',
  }),
  ...envVar('S3_REGION', z.string().trim().min(1).default('us-east-1'), {
    description: 'Region of the bucket (the SigV4 signing region; R2 uses `auto`).',
    expected: 'a region name, e.g. us-east-1, sa-east-1, auto',
  }),
  ...envVar(
    'S3_BUCKET',
    z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid bucket name')
      .optional(),
    {
      description: 'Bucket that holds the files (it must exist). Required when FILES_STORE=s3.',
      expected: 'a bucket name: 3–63 lower-case letters, digits, dots and hyphens',
      example: 'nexova-files',
    },
  ),
  ...envVar('S3_ACCESS_KEY_ID', z.string().trim().min(1).optional(), {
    description: 'Access key id for the bucket. Required when FILES_STORE=s3.',
    expected: 'an access key id',
    secret: true,
  }),
  ...envVar('S3_SECRET_ACCESS_KEY', z.string().min(1).optional(), {
    description: 'Secret access key for the bucket. Required when FILES_STORE=s3. Never logged.',
    expected: 'a secret access key',
    secret: true,
  }),
  ...envVar(
    'S3_FORCE_PATH_STYLE',
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no']))
      .transform((v) => v === 'true' || v === '1' || v === 'yes')
      .optional(),
    {
      description:
        'Address the bucket as `endpoint/bucket/key` instead of `bucket.endpoint/key`. Unset: true when S3_ENDPOINT is set (MinIO needs it), false otherwise.',
      expected: 'true or false',
    },
  ),
  ...envVar('FILES_ORPHAN_GRACE_MINUTES', envInt(1440, 1, 525_600), {
    description:
      'Stored files (receipts) that no record references are deleted once older than this: uploads whose request failed, files of deleted payments.',
    expected: 'minutes, 1 to 525600',
  }),
  ...envVar('FILES_SWEEP_INTERVAL_MS', envInt(3_600_000, 1000), {
    description: 'How often a worker looks for unreferenced stored files (FILES_ORPHAN_GRACE_MINUTES).',
    expected: 'milliseconds, at least 1000',
  }),
  ...envVar('FILES_DELETION_INTERVAL_MS', envInt(5_000, 500, 3_600_000), {
    description:
      'How often a worker deletes the stored files a transaction asked to delete (an erased person’s message media): they go within this delay of the erasure.',
    expected: 'milliseconds, 500 to 3600000',
  }),
  ...envVar('S3_TIMEOUT_MS', envInt(10_000, 100, 300_000), {
    description: 'Longest an S3 request may take to connect, and to answer, before it fails.',
    expected: 'milliseconds, an integer from 100 to 300000',
  }),
};

type FilesValues = {
  FILES_STORE?: unknown;
  S3_BUCKET?: unknown;
  S3_ACCESS_KEY_ID?: unknown;
  S3_SECRET_ACCESS_KEY?: unknown;
};

/**
 * FILES_STORE=s3 needs a bucket and both keys: one issue per missing variable, so start-up prints
 * one line for each. Runs even when other variables failed, so every problem shows at once.
 */
export function checkFilesStore(values: FilesValues, ctx: z.RefinementCtx): void {
  if (values.FILES_STORE !== 's3') return;
  for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (values[name] === undefined) {
      ctx.addIssue({ code: 'custom', path: [name], message: 'is required when FILES_STORE=s3' });
    }
  }
}
