import { LOCATION_HEADER, pageSchema } from '@nexova/http';
import { z } from 'zod';

export const apiKeyView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('First characters of the key, to recognise it'),
    permissions: z.array(z.string()),
    expires_at: z.date().nullable(),
    last_used_at: z.date().nullable(),
    revoked_at: z.date().nullable(),
    created_at: z.date(),
  })
  .meta({
    example: {
      id: '01938f9e-1c2a-7b3d-9e4f-5a6b7c8d9e0f',
      name: 'Website checkout',
      prefix: 'nxk_Jc0m7Q3x',
      permissions: ['orders:*', 'products:read'],
      expires_at: null,
      last_used_at: '2026-01-15T10:00:00.000Z',
      revoked_at: null,
      created_at: '2026-01-01T10:00:00.000Z',
    },
  });

export const apiKeyList = pageSchema(apiKeyView).meta({
  example: {
    items: [apiKeyView.meta()?.example],
    next_cursor: 'WyIxNzM2OTM1MjAwMDAwMDAwIiwiMDE5MzhmOWUtMWMyYS03YjNkLTllNGYtNWE2YjdjOGQ5ZTBmIl0',
  },
});

export const createdApiKey = apiKeyView
  .extend({ key: z.string().describe('The secret; shown only in this response') })
  .meta({
    example: {
      id: '01938f9e-1c2a-7b3d-9e4f-5a6b7c8d9e0f',
      name: 'Website checkout',
      prefix: 'nxk_Jc0m7Q3x',
      key: 'nxk_Jc0m7Q3xV1xk0y3d7m2s9gk1QkqzM0vS6m4kq8E',
      permissions: ['orders:*', 'products:read'],
      expires_at: null,
      last_used_at: null,
      revoked_at: null,
      created_at: '2026-01-01T10:00:00.000Z',
    },
    headers: { location: LOCATION_HEADER },
  });

export const createApiKeyBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    permissions: z
      .array(z.string())
      .min(1)
      .max(100)
      .describe(
        'Grants, wildcards allowed (orders:*); declared permissions (else 422) that you hold yourself (else 403)',
      ),
    expires_at: z.coerce.date().nullable().optional().describe('Optional expiry'),
  })
  .meta({ example: { name: 'Website checkout', permissions: ['orders:*', 'products:read'], expires_at: null } });

export const apiKeyParams = z.object({ api_key_id: z.uuid().describe('The API key') });
