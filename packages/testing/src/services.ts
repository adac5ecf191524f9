/**
 * Which real services this test run targets. Suites run on the embedded defaults unless a URL is
 * set; with a URL set, an unreachable service fails the run (never a skip), so CI cannot go green
 * by accident when PostgreSQL, Redis or NATS is down.
 */
export const services = {
  postgresUrl: process.env.DATABASE_URL || undefined,
  redisUrl: process.env.REDIS_URL || undefined,
  natsUrl: process.env.NATS_URL || undefined,
};

export const isCI = process.env.CI === 'true';

/** Returns the URL or throws with a message naming the variable — for suites that need the service. */
export function requireService(name: 'DATABASE_URL' | 'REDIS_URL' | 'NATS_URL', fallback?: string): string {
  const value = process.env[name] || fallback;
  if (!value) throw new Error(`${name} is not set; this suite needs the real service.`);
  return value;
}
