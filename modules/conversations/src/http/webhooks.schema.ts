import { z } from 'zod';

// Provider webhooks: Meta's and Infobip's bodies as they send them (house rule 8).

const C = '0190f1c2-7d3a-7b41-9e4c-111111111111';

export const webhookParams = z
  .object({
    provider: z.enum(['meta', 'infobip']).describe('The channel’s provider.'),
    channel_id: z.string().uuid(),
  })
  .meta({ example: { provider: 'meta', channel_id: C } });

export const metaParams = z.object({ channel_id: z.string().uuid() }).meta({ example: { channel_id: C } });

const metaExample = {
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
            contacts: [{ profile: { name: 'Ana Souza' }, wa_id: '5511987654321' }],
            messages: [
              {
                from: '5511987654321',
                id: 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDNzQ5',
                timestamp: '1764324060',
                type: 'text',
                text: { body: 'Oi, vocês têm a camiseta M?' },
              },
            ],
          },
        },
      ],
    },
  ],
};

export const webhookBody = z
  .looseObject({})
  .describe(
    'Meta: { object: "whatsapp_business_account", entry: [{ changes: [{ field: "messages", value: { contacts, messages, statuses } }] }] }. Infobip: { results: [...] } (inbound messages, delivery or seen reports).',
  )
  .meta({ example: metaExample });

export const webhookHeaders = z.object({
  'x-hub-signature-256': z
    .string()
    .max(512)
    .optional()
    .describe('Meta: sha256=<hex HMAC-SHA256 of the raw body with the app secret>.'),
  authorization: z
    .string()
    .max(2048)
    .optional()
    .describe('Infobip: Basic credentials of the webhook security settings (webhook_username, webhook_password).'),
});

export const webhookResult = z
  .object({
    received: z.literal(true),
    outcome: z
      .enum(['stored', 'duplicate', 'ignored'])
      .describe(
        'stored: processed shortly; duplicate: this body was already received; ignored: the channel is disabled.',
      ),
  })
  .meta({ example: { received: true, outcome: 'stored' } });

export const verifyQuery = z
  .object({
    'hub.mode': z.string().max(64).optional(),
    'hub.verify_token': z.string().max(512).optional(),
    'hub.challenge': z.string().max(512).optional(),
  })
  .meta({
    example: { 'hub.mode': 'subscribe', 'hub.verify_token': 'nexova-verify-7f2a', 'hub.challenge': '1158201444' },
  });

export const challengeAnswer = z.string().describe('hub.challenge, as text/plain.').meta({ example: '1158201444' });
