import { describe, expect, it } from 'vitest';
import { estimateRequestTokens, trimContext } from './trim-context';
import type { LlmMessage } from './types';

const turn = (n: number, words = 40): LlmMessage[] => [
  { role: 'user', text: `pedido ${n} `.repeat(words) },
  { role: 'assistant', text: '', toolCalls: [{ id: `c${n}`, name: 'list_products', input: { query: `q${n}` } }] },
  { role: 'tool', results: [{ callId: `c${n}`, content: `resultado ${n} `.repeat(words) }] },
  { role: 'assistant', text: `respuesta ${n}` },
];
const request = (messages: LlmMessage[]) => ({ system: 'Eres una tienda.', tools: [], messages });

describe('trimContext', () => {
  it('keeps everything that fits', () => {
    const r = request([...turn(1), ...turn(2)]);
    const out = trimContext(r, estimateRequestTokens(r));
    expect(out.messages).toEqual(r.messages);
    expect(out.trimmed).toBe(0);
  });

  it('drops whole turns from the oldest, never a tool result without its call, and opens with the customer', () => {
    const r = request([...turn(1), ...turn(2), ...turn(3)]);
    const lastTwo = estimateRequestTokens(request([...turn(2), ...turn(3)]));
    const out = trimContext(r, lastTwo);
    expect(out.messages).toEqual([...turn(2), ...turn(3)]);
    expect(out.trimmed).toBe(4);
    expect(out.messages[0]?.role).toBe('user');
  });

  it('keeps the last turn even when it alone is over the budget', () => {
    const r = request([...turn(1), ...turn(2, 400)]);
    const out = trimContext(r, 10);
    expect(out.messages).toEqual(turn(2, 400));
  });

  it('counts tool schemas and the system text in the estimate', () => {
    const bare = estimateRequestTokens(request(turn(1)));
    const withTool = estimateRequestTokens({
      ...request(turn(1)),
      tools: [{ name: 'x', description: 'd'.repeat(350), inputSchema: {} }],
    });
    expect(withTool - bare).toBeGreaterThanOrEqual(100);
  });
});
