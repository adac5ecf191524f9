import { z } from 'zod';

// The simulator's inbound route: a simulated customer writing to a simulator channel (house rule 8).

const C = '0190f1c2-7d3a-7b41-9e4c-111111111111';

export const simulatorParams = z.object({ channel_id: z.string().uuid() }).meta({ example: { channel_id: C } });

export const simulatedMessageBody = z
  .object({
    phone: z
      .string()
      .regex(/^\+?[\d\s().-]{7,24}$/)
      .describe('The simulated customer’s WhatsApp number, E.164 (spaces, dashes and brackets are ignored).'),
    name: z.string().max(120).nullable().optional().describe('The name WhatsApp would show for the customer.'),
    text: z
      .string()
      .optional()
      .describe(
        'What the customer writes (CONVERSATIONS_MESSAGE_MAX_CHARS at most); with media, its caption (optional).',
      ),
    media: z
      .object({
        data: z
          .string()
          .regex(/^[A-Za-z0-9+/]+={0,2}$/)
          .describe('The file, base64.'),
        content_type: z
          .string()
          .regex(/^[a-z]+\/[a-z0-9.+-]+$/)
          .describe('image/jpeg, image/png, image/webp or application/pdf (checked against the bytes).'),
        filename: z.string().max(255).nullable().optional(),
      })
      .optional()
      .describe('An image or document the customer sends (a payment receipt…), stored by the media worker.'),
    client_message_id: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,100}$/)
      .optional()
      .describe('The client’s id for this message: sending it again (a retry) stores the message once.'),
  })
  .meta({
    example: {
      phone: '+5511987654321',
      name: 'Ana Souza',
      text: 'Oi, vocês têm a camiseta M?',
      client_message_id: 'cli-0001',
    },
  });

export const simulatedMessageReceipt = z
  .object({
    outcome: z.enum(['stored', 'duplicate']).describe('duplicate: this client_message_id was sent before.'),
    provider_message_id: z.string().describe('The message’s provider id in the conversation’s messages.'),
    conversation_id: z
      .string()
      .uuid()
      .nullable()
      .describe(
        'The customer’s conversation on this channel; null on a first message until the inbound consumer starts it (find it in GET /conversations?channel_id= by contact_address, or wait for conversation.updated on /ws).',
      ),
    contact_address: z.string().describe('The customer’s number as the conversation stores it (E.164).'),
  })
  .meta({
    example: {
      outcome: 'stored',
      provider_message_id: 'simulator-in-cli-0001',
      conversation_id: '0190f1c2-7d3a-7b41-9e4c-222222222222',
      contact_address: '+5511987654321',
    },
  });
