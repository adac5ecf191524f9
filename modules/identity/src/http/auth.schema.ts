import { z } from 'zod';

const email = z.email().max(254).describe('Email address (case-insensitive)');
const password = z.string().min(1).max(256).describe('Password');

export const registerBody = z
  .object({
    email,
    password,
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
  })
  .meta({ example: { email: 'ana@example.com', password: 'a long passphrase', firstName: 'Ana', lastName: 'Souza' } });

export const userView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    isPlatformAdmin: z.boolean().describe('A platform administrator (not a workspace role)'),
    version: z.number().int().describe('Bumped by every change to the account (the ETag of GET /me).'),
    createdAt: z.date(),
  })
  .meta({
    example: {
      id: '01938f9e-1c2a-7b3d-9e4f-5a6b7c8d9e0f',
      email: 'ana@example.com',
      firstName: 'Ana',
      lastName: 'Souza',
      isPlatformAdmin: false,
      version: 1,
      createdAt: '2026-01-15T10:00:00.000Z',
    },
  });

export const loginBody = z
  .object({ email, password })
  .meta({ example: { email: 'ana@example.com', password: 'a long passphrase' } });

export const tokenPair = z
  .object({
    accessToken: z.string().describe('JWT (EdDSA, kid in the header) for Authorization: Bearer'),
    refreshToken: z.string().describe('Opaque, single-use; exchange at /auth/refresh'),
    expiresIn: z.number().int().describe('Seconds until the access token expires'),
    tokenType: z.literal('Bearer'),
  })
  .meta({
    example: {
      accessToken: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiJ9.eyJzdWIiOiIuLi4ifQ.sig',
      refreshToken: 'nxr_3q2-7wH9bXk0V1xk0y3d7m2s9gk1QkqzM0vS6m4kq8E',
      expiresIn: 900,
      tokenType: 'Bearer',
    },
  });

export const refreshBody = z
  .object({ refreshToken: z.string().min(1).max(512) })
  .meta({ example: { refreshToken: 'nxr_3q2-7wH9bXk0V1xk0y3d7m2s9gk1QkqzM0vS6m4kq8E' } });

export const forgotBody = z.object({ email }).meta({ example: { email: 'ana@example.com' } });

export const accepted = z
  .object({ message: z.string() })
  .meta({ example: { message: 'If the email has an account, a reset link is on its way.' } });

export const resetBody = z
  .object({ token: z.string().min(1).max(512), password })
  .meta({ example: { token: 'nxp_Jc0m7Q3x…', password: 'a new long passphrase' } });

export const changePasswordBody = z
  .object({ currentPassword: password, newPassword: password })
  .meta({ example: { currentPassword: 'a long passphrase', newPassword: 'an even longer passphrase' } });
