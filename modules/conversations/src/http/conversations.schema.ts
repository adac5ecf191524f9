import { z } from 'zod';
import { CONVERSATION_STATUSES } from '../contracts/conversation';
import { interactiveListSchema, templateSchema } from '../domain/outbound-content';

// Request shapes of /conversations (house rule 8).

const V = '0190f1c2-7d3a-7b41-9e4c-222222222222';

export const conversationParams = z
  .object({ conversation_id: z.string().uuid() })
  .meta({ example: { conversation_id: V } });

export const listFilters = z.object({
  status: z.enum(CONVERSATION_STATUSES).optional(),
  channel_id: z.string().uuid().optional(),
  assignee_id: z.string().uuid().optional().describe("A member's user id."),
  person_id: z.string().uuid().optional(),
  unread: z.enum(['true', 'false']).optional().describe('true: only conversations with unread messages.'),
  handoff: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only conversations waiting for a member to take them over (a handoff was requested).'),
});

export const updateBody = z
  .object({
    status: z.enum(CONVERSATION_STATUSES).optional(),
    assignee_id: z.string().uuid().nullable().optional().describe("A member's user id; null unassigns."),
    read: z.literal(true).optional().describe('A member read it: the unread count goes back to 0.'),
  })
  .meta({ example: { status: 'pending', assignee_id: '0190f1c2-7d3a-7b41-9e4c-444444444444', read: true } });

export const sendBody = z
  .object({
    text: z
      .string()
      .optional()
      .describe('The text to send (CONVERSATIONS_MESSAGE_MAX_CHARS at most); with media, its caption.'),
    media: z
      .object({ file_id: z.string().uuid().describe("A stored file's id (a message's media.id).") })
      .optional()
      .describe('Send a stored file: JPEG/PNG as an image, anything else as a document.'),
    template: templateSchema
      .optional()
      .describe(
        'A template approved at the provider (Meta / Infobip, by its name there): the only message WhatsApp takes once the contact last wrote more than CONVERSATIONS_SERVICE_WINDOW_HOURS ago.',
      ),
    list: interactiveListSchema
      .optional()
      .describe('An interactive list (≤ 10 rows in all, titles ≤ 24 characters); the simulator shows numbered text.'),
  })
  .meta({ example: { text: 'Temos sim! A M custa R$ 59,90.' } });
