import { type Logger, type LoggerOptions, pino } from 'pino';

export type { Logger } from 'pino';

// Keys whose values never reach a log line, at any depth pino's redaction supports (top level,
// one and two levels down, and request headers).
const SENSITIVE = [
  'authorization',
  'cookie',
  'set-cookie',
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'apiKey',
  'api_key',
  'x-api-key',
  'clientSecret',
  'privateKey',
];

export const redactPaths = [
  ...SENSITIVE.map((k) => `["${k}"]`),
  ...SENSITIVE.map((k) => `*["${k}"]`),
  ...SENSITIVE.map((k) => `*.*["${k}"]`),
  ...SENSITIVE.map((k) => `req.headers["${k}"]`),
];

export function loggerOptions(level: string, base: Record<string, unknown> = {}): LoggerOptions {
  return {
    level,
    base: { service: 'nexova', ...base },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
  };
}

export function createLogger(level = 'info', destination?: NodeJS.WritableStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
