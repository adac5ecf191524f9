import { z } from 'zod';
import { HANDOFF_SOURCES } from '../contracts/handoff';

// Request shapes of /conversations/{id}/handoff, /take-over, /return-to-agent (house rule 8).

export const requestHandoffBody = z
  .object({
    reason: z
      .string()
      .nullable()
      .optional()
      .describe('Why a human is needed (CONVERSATIONS_HANDOFF_REASON_MAX_CHARS at most).'),
    source: z
      .enum(HANDOFF_SOURCES)
      .optional()
      .describe('Who asks: member (the default), or agent, keyword, failures for an external bot.'),
  })
  .meta({ example: { reason: 'Pediu desconto para atacado.', source: 'member' } });

/** Optional: a POST without a body is the same as `{}`. */
export const moveBody = z
  .object({ reason: z.string().nullable().optional().describe('A note kept in the handoff history.') })
  .nullish()
  .meta({ example: { reason: 'Eu assumo: cliente VIP.' } });
