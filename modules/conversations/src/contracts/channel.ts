import { z } from 'zod';

// A channel as the API shows it: never its credentials, only whether each one is set.

export const CHANNEL_KINDS = ['simulator', 'meta', 'infobip'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const channelSchema = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(CHANNEL_KINDS),
    name: z.string(),
    status: z.enum(['active', 'disabled']),
    settings: z
      .record(z.string(), z.string())
      .describe('What may be shown: phone_number_id (meta), base_url and sender (infobip). Never a credential.'),
    credentials_set: z
      .array(z.string())
      .describe('The names of the credentials stored (sealed at rest; never returned).'),
    webhook_path: z
      .string()
      .nullable()
      .describe('Where the provider must POST its webhooks (relative to the public URL); null for the simulator.'),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-111111111111',
      kind: 'meta',
      name: 'WhatsApp da loja',
      status: 'active',
      settings: { phone_number_id: '106540352242922' },
      credentials_set: ['access_token', 'app_secret', 'verify_token'],
      webhook_path: '/api/v1/webhooks/meta/0190f1c2-7d3a-7b41-9e4c-111111111111',
      version: 1,
      created_at: '2026-11-28T10:00:00.000Z',
      updated_at: '2026-11-28T10:00:00.000Z',
    },
  });
export type Channel = z.infer<typeof channelSchema>;

/** The credentials and settings one kind of channel needs; each kind names its own. */
export const channelCredentials = {
  simulator: { settings: [], secrets: [] },
  meta: { settings: ['phone_number_id'], secrets: ['access_token', 'app_secret', 'verify_token'] },
  infobip: { settings: ['base_url', 'sender'], secrets: ['api_key', 'webhook_username', 'webhook_password'] },
} as const satisfies Record<ChannelKind, { settings: readonly string[]; secrets: readonly string[] }>;
