import { z } from 'zod';
import { CHANNEL_KINDS } from '../contracts/channel';

// Request shapes of /channels (house rule 8). Credentials go in, never out.

const C = '0190f1c2-7d3a-7b41-9e4c-111111111111';

export const channelParams = z.object({ channel_id: z.string().uuid() }).meta({ example: { channel_id: C } });

const fields = z.record(z.string().max(64), z.string().trim().min(1).max(2000));

export const createBody = z
  .object({
    kind: z
      .enum(CHANNEL_KINDS)
      .describe('simulator needs nothing; meta and infobip need their settings and credentials.'),
    name: z.string().trim().min(1).max(120),
    settings: fields
      .optional()
      .describe('meta: phone_number_id. infobip: base_url (your account’s https://xxxxx.api.infobip.com) and sender.'),
    credentials: fields
      .optional()
      .describe(
        'meta: access_token, app_secret (verifies X-Hub-Signature-256), verify_token (the GET challenge). infobip: api_key, webhook_username and webhook_password (the Basic credentials of its webhook security settings). Sealed at rest, never returned.',
      ),
  })
  .meta({
    example: {
      kind: 'meta',
      name: 'WhatsApp da loja',
      settings: { phone_number_id: '106540352242922' },
      credentials: { access_token: 'EAAG…', app_secret: '3f1c…', verify_token: 'nexova-verify-7f2a' },
    },
  });

export const updateBody = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    status: z.enum(['active', 'disabled']).optional().describe('disabled: webhooks are dropped and nothing is sent.'),
    settings: fields.optional().describe('Settings to replace, one by one.'),
    credentials: fields.optional().describe('Credentials to replace (rotation), one by one; the others stay.'),
  })
  .meta({ example: { credentials: { access_token: 'EAAH…' } } });
