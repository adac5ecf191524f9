import type { LlmMessage, LlmRequest } from './types';

// Vendors count tokens with their own tokenizers (Anthropic has a counting endpoint, OpenAI a
// library per model); the agent only needs to stay under a budget before it calls, so an estimate
// that errs on the long side is enough: ~3.5 characters per token (Spanish and Portuguese run a
// little longer than English) plus a few tokens of framing per message. The reply's real usage is
// what budgets and metrics count.

const CHARS_PER_TOKEN = 3.5;
const PER_MESSAGE = 4;

export const estimateTokens = (text: string) => Math.ceil(text.length / CHARS_PER_TOKEN);

function messageTokens(m: LlmMessage): number {
  if (m.role === 'user') return PER_MESSAGE + estimateTokens(m.text);
  if (m.role === 'tool')
    return PER_MESSAGE + m.results.reduce((n, r) => n + estimateTokens(r.content) + PER_MESSAGE, 0);
  return (
    PER_MESSAGE +
    estimateTokens(m.text) +
    (m.toolCalls ?? []).reduce((n, c) => n + estimateTokens(c.name + JSON.stringify(c.input ?? {})) + PER_MESSAGE, 0)
  );
}

/** The estimated prompt of a request: system text, tool schemas and messages. */
export function estimateRequestTokens(r: Pick<LlmRequest, 'system' | 'tools' | 'messages'>): number {
  const fixed = estimateTokens(r.system) + r.tools.reduce((n, t) => n + estimateTokens(JSON.stringify(t)), 0);
  return fixed + r.messages.reduce((n, m) => n + messageTokens(m), 0);
}

/**
 * Leaves out the oldest turns until the request fits `budget` tokens (estimated). A turn starts at a
 * user message, so a tool result never loses the call it answers and the history still opens with
 * the customer speaking (Anthropic requires it). The last turn is always kept, even over budget.
 */
export function trimContext<R extends Pick<LlmRequest, 'system' | 'tools' | 'messages'>>(
  request: R,
  budget: number,
): R & { trimmed: number } {
  const starts = request.messages.flatMap((m, i) => (m.role === 'user' ? [i] : []));
  let messages = request.messages;
  for (const start of [0, ...starts]) {
    messages = request.messages.slice(start);
    if (estimateRequestTokens({ ...request, messages }) <= budget) break;
    if (start === starts.at(-1)) break;
  }
  // A history that opens with anything but the customer (an assistant turn left from a trim) drops it.
  const first = messages.findIndex((m) => m.role === 'user');
  if (first > 0) messages = messages.slice(first);
  return { ...request, messages, trimmed: request.messages.length - messages.length };
}
