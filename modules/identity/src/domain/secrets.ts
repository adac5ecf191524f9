import { createHash, randomBytes } from 'node:crypto';

/** A new opaque secret: prefix + 32 random bytes, base64url. Only its hash is stored. */
export const newSecret = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;

/** SHA-256 of a high-entropy secret (refresh token, reset token, API key): what the database keeps. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
