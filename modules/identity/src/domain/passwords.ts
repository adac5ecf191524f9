import { randomBytes } from 'node:crypto';
import { ValidationError } from '@nexova/kernel';
import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords';

// argon2id with OWASP's minimum: m = 19 MiB, t = 2, p = 1.
const OPTIONS = {
  algorithm: 2 /* Argon2id (a const enum in the typings) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

let dummy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown email) it verifies against a
 * dummy hash anyway, so both answers cost the same time and do not reveal which emails exist.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored) return verify(stored, password).catch(() => false);
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  await verify(await dummy, password).catch(() => false);
  return false;
}

/** Refuses short and common passwords, naming the field. */
export function assertPasswordPolicy(password: string, minLength: number, pointer = '/password'): void {
  if (password.length < minLength) {
    throw new ValidationError('The password is too short.', [
      { pointer, in: 'body', message: `must be at least ${minLength} characters` },
    ]);
  }
  if (isCommonPassword(password)) {
    throw new ValidationError('The password is too common.', [
      { pointer, in: 'body', message: 'is one of the most common passwords; choose another' },
    ]);
  }
}
