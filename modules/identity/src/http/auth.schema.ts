import { z } from 'zod';

const email = z.email().max(254).describe('Email address (case-insensitive)');
const password = z.string().min(1).max(256).describe('Password');

export const registerBody = z
  .object({
    email,
    password,
    first_name: z.string().trim().min(1).max(100),
    last_name: z.string().trim().min(1).max(100),
  })
  .meta({
    example: { email: 'ana@example.com', password: 'a long passphrase', first_name: 'Ana', last_name: 'Souza' },
  });

export const userView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    is_platform_admin: z.boolean().describe('A platform administrator (not a workspace role)'),
    version: z.number().int().describe('Bumped by every change to the account (the ETag of GET /me).'),
    created_at: z.date(),
  })
  .meta({
    example: {
      id: '01938f9e-1c2a-7b3d-9e4f-5a6b7c8d9e0f',
      email: 'ana@example.com',
      first_name: 'Ana',
      last_name: 'Souza',
      is_platform_admin: false,
      version: 1,
      created_at: '2026-01-15T10:00:00.000Z',
    },
  });

export const loginBody = z
  .object({ email, password })
  .meta({ example: { email: 'ana@example.com', password: 'a long passphrase' } });

export const tokenPair = z
  .object({
    access_token: z.string().describe('JWT (EdDSA, kid in the header) for Authorization: Bearer'),
    refresh_token: z.string().describe('Opaque, single-use; exchange at /auth/refresh'),
    expires_in: z.number().int().describe('Seconds until the access token expires'),
    token_type: z.literal('Bearer'),
  })
  .meta({
    example: {
      access_token: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiJ9.eyJzdWIiOiIuLi4ifQ.sig',
      refresh_token: 'nxr_3q2-7wH9bXk0V1xk0y3d7m2s9gk1QkqzM0vS6m4kq8E',
      expires_in: 900,
      token_type: 'Bearer',
    },
  });

export const refreshBody = z
  .object({ refresh_token: z.string().min(1).max(512) })
  .meta({ example: { refresh_token: 'nxr_3q2-7wH9bXk0V1xk0y3d7m2s9gk1QkqzM0vS6m4kq8E' } });

export const forgotBody = z.object({ email }).meta({ example: { email: 'ana@example.com' } });

export const accepted = z
  .object({ message: z.string() })
  .meta({ example: { message: 'If the email has an account, a reset link is on its way.' } });

export const resetBody = z
  .object({ token: z.string().min(1).max(512), password })
  .meta({ example: { token: 'nxp_Jc0m7Q3x…', password: 'a new long passphrase' } });

export const changePasswordBody = z
  .object({ current_password: password, new_password: password })
  .meta({ example: { current_password: 'a long passphrase', new_password: 'an even longer passphrase' } });
