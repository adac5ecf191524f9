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
  'current_password',
  'new_password',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'access_token',
  'refresh_token',
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

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
const noop = () => undefined;

/**
 * A child logger created on its first enabled log call. Fastify makes one per request; with
 * redaction configured, pino's `child()` pushes the bindings through every redaction path, which
 * costs a request that never logs (GET /health, /metrics) ~6% of its time. Same lines, same bindings.
 */
export function deferredChild(parent: Logger, bindings: Record<string, unknown>, options: object = {}): Logger {
  // A child with its own level or options is made right away (rare: a route's logLevel).
  if (Object.keys(options).length > 0) return parent.child(bindings, options);
  let child: Logger | undefined;
  const real = () => {
    child ??= parent.child(bindings);
    return child;
  };
  const methods: Record<string, unknown> = { child: (b: Record<string, unknown>, o?: object) => real().child(b, o) };
  for (const level of LEVELS) {
    methods[level] = (...args: unknown[]) => {
      if (!child && !parent.isLevelEnabled(level)) return noop();
      return (real()[level] as (...a: unknown[]) => void)(...args);
    };
  }
  return new Proxy(methods, {
    get(target, prop) {
      if (typeof prop === 'string' && prop in target) return target[prop];
      const value = Reflect.get(real(), prop);
      return typeof value === 'function' ? value.bind(real()) : value;
    },
    set: (_target, prop, value) => Reflect.set(real(), prop, value),
    has: (target, prop) => prop in target || Reflect.has(real(), prop),
  }) as unknown as Logger;
}
