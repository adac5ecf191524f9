import { z } from 'zod';
import { envBool, envInt, envUrl, envVar } from '../env-var';

export const serverEnv = {
  ...envVar('NODE_ENV', z.enum(['development', 'test', 'production']).default('development'), {
    description: 'Runtime mode (the test harness sets `test`).',
    expected: 'development | test | production',
  }),
  ...envVar('HOST', z.string().min(1).default('0.0.0.0'), {
    description: 'Interface the HTTP server binds to.',
    expected: 'a host name or IP address',
  }),
  ...envVar('PORT', envInt(3000, 0, 65535), {
    description: 'HTTP port (`nexova start --port` overrides it; 0 picks a free port).',
    expected: 'an integer from 0 to 65535',
  }),
  ...envVar('NEXOVA_PUBLIC_URL', envUrl(['http', 'https']).optional(), {
    description:
      'Public base URL used in links Nexova sends (emails, signed file URLs). Defaults to http://localhost:PORT.',
    expected: 'an http(s) URL',
    example: 'https://app.example.com',
  }),
  ...envVar('NEXOVA_DATA_DIR', z.string().min(1).default('./.nexova'), {
    description: 'Folder for embedded data: the PGlite database, local files and the `.eml` mail drop.',
    expected: 'a folder path',
  }),
  ...envVar('NEXOVA_SEED_DEMO', envBool(true), {
    description: 'Create the demo workspace and admin user on start when they do not exist (idempotent).',
    expected: 'true | false',
  }),
  ...envVar('OPERATOR_COMMAND_TIMEOUT_MS', envInt(120_000, 1000), {
    description:
      'How long a CLI command run beside an embedded server (which runs it on the folder it holds) waits for its answer.',
    expected: 'milliseconds, at least 1000',
  }),
  ...envVar('SHUTDOWN_TIMEOUT_MS', envInt(10_000, 100), {
    description: 'How long SIGINT/SIGTERM waits for in-flight requests and workers before forcing exit.',
    expected: 'milliseconds, at least 100',
  }),
  ...envVar('HEALTH_CHECK_TIMEOUT_MS', envInt(2000, 50, 60_000), {
    description:
      'Longest each `/health/ready` check (a real database query, Redis, NATS) may take; a slower one reports not ready (503).',
    expected: 'milliseconds, 50 to 60000',
  }),
  ...envVar('HTTP_BODY_LIMIT_BYTES', envInt(1_048_576, 1024), {
    description: 'Default maximum JSON request body; larger bodies answer 413. Routes may declare their own.',
    expected: 'bytes, at least 1024',
  }),
  ...envVar('HTTP_JSON_MAX_DEPTH', envInt(64, 4, 10_000), {
    description:
      'Deepest nesting of objects and arrays a JSON request body may have; deeper answers 400 `body_too_deep` before anything reads it (a body of 10,000 nested arrays once overflowed the stack).',
    expected: 'an integer from 4 to 10000',
  }),
};
