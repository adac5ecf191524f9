import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { envDocs } from './env-var';
import { type Config, envSchema } from './schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** One line per problem: the variable, what was wrong, and the expected form. */
export function describeIssues(issues: z.core.$ZodIssue[], env: Record<string, string | undefined>): string[] {
  return issues.map((issue) => {
    const name = String(issue.path[0] ?? '(environment)');
    const raw = env[name];
    const doc = envDocs.get(name);
    const got = raw === undefined ? 'it is missing' : `got ${JSON.stringify(doc?.secret ? '***' : raw)}`;
    const expected = doc ? `; expected ${doc.expected}` : '';
    return `${name}: ${issue.message} (${got})${expected}`;
  });
}

/** Parses the environment into a frozen typed config, or throws ConfigError listing every problem. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings mean "unset": a blank line in .env must not become an invalid value.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) throw new ConfigError(describeIssues(result.error.issues, cleaned));
  return Object.freeze(result.data);
}

/** Reads `.env` (if present; real environment variables win) and parses the environment. */
export function loadConfig(options: { envFile?: string; env?: NodeJS.ProcessEnv } = {}): Config {
  const env = options.env ?? process.env;
  const file = resolve(options.envFile ?? '.env');
  if (options.env === undefined && existsSync(file)) process.loadEnvFile(file);
  return parseConfig(env);
}
