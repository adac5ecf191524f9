import { z } from 'zod';

/** Documentation kept beside each variable; scripts/generate.ts turns it into the README table and .env.example. */
export type EnvDoc = { description: string; expected: string; example?: string; secret?: boolean };

export const envDocs = new Map<string, EnvDoc>();

/** Declares one environment variable: its schema plus the words that document it. */
export function envVar<N extends string, T extends z.ZodType>(name: N, schema: T, doc: EnvDoc): { [K in N]: T } {
  envDocs.set(name, doc);
  return { [name]: schema } as { [K in N]: T };
}

/** "true"/"false"/"1"/"0"/"yes"/"no", case-insensitive. */
export const envBool = (fallback: boolean) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no']))
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .optional()
    .transform((v) => v ?? fallback);

export const envInt = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number()
    .int()
    .min(min)
    .max(max)
    .optional()
    .transform((v) => v ?? fallback);

export const envUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (v) => {
        try {
          return protocols.includes(new URL(v).protocol.replace(/:$/, ''));
        } catch {
          return false;
        }
      },
      `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    );

/** A comma-separated list; empty entries are dropped. */
export const envList = (fallback: string[]) =>
  z
    .string()
    .optional()
    .transform((v) =>
      v === undefined
        ? fallback
        : v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    );
