import { createFakeAnthropic, createFakeOpenAi, type FakeAnthropic, type FakeOpenAi } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicProvider } from './anthropic-provider';
import { withFallback } from './fallback';
import { openAiProvider } from './openai-provider';
import { LlmCallError, type LlmMessage, type LlmProvider, type LlmToolSpec } from './types';

// Each provider through its vendor's real SDK against a local fake that speaks the vendor's API:
// tools passed natively, a tool call answered with its result, retries on an outage, fallback.

let anthropic: FakeAnthropic;
let openai: FakeOpenAi;
beforeAll(async () => {
  [anthropic, openai] = await Promise.all([createFakeAnthropic(), createFakeOpenAi()]);
});
afterAll(async () => {
  await Promise.all([anthropic?.close(), openai?.close()]);
});

const listProducts: LlmToolSpec = {
  name: 'list_products',
  description: 'Products of the shop matching a word.',
  inputSchema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
};
const fast = { maxRetries: 2, timeoutMs: 5000 };
const claude = (o: Partial<{ apiKey: string; maxRetries: number }> = {}) =>
  anthropicProvider({ apiKey: anthropic.apiKey, model: 'claude-test', baseURL: anthropic.url, ...fast, ...o });
const gpt = () => openAiProvider({ apiKey: openai.apiKey, model: 'gpt-test', baseURL: `${openai.url}/v1`, ...fast });

/** One tool round trip: the model calls list_products, gets the result, answers in words. */
async function roundTrip(provider: LlmProvider) {
  const history: LlmMessage[] = [{ role: 'user', text: 'Tienen café?' }];
  const first = await provider.complete({
    system: 'You sell coffee.',
    messages: history,
    tools: [listProducts],
    maxTokens: 200,
  });
  expect(first.stop).toBe('tool_use');
  expect(first.toolCalls).toEqual([{ id: expect.any(String), name: 'list_products', input: { query: 'café' } }]);
  const call = first.toolCalls[0];
  if (!call) throw new Error('no call');
  history.push({ role: 'assistant', text: first.text, toolCalls: first.toolCalls });
  history.push({ role: 'tool', results: [{ callId: call.id, content: '[{"name":"Café 500 g"}]' }] });
  const second = await provider.complete({
    system: 'You sell coffee.',
    messages: history,
    tools: [listProducts],
    maxTokens: 200,
  });
  expect(second).toMatchObject({ stop: 'end', text: 'Sí: Café 500 g.', toolCalls: [] });
  expect(second.usage.inputTokens).toBeGreaterThan(0);
  return call.id;
}

describe('anthropic provider', () => {
  it('passes tools natively and sends the result back as a tool_result block', async () => {
    anthropic.requests.length = 0;
    anthropic.script((body) => {
      const messages = body.messages as { content: unknown }[];
      return messages.length === 1
        ? { toolCalls: [{ name: 'list_products', input: { query: 'café' } }] }
        : { text: 'Sí: Café 500 g.' };
    });
    const callId = await roundTrip(claude());
    const [first, second] = anthropic.requests;
    expect(first?.headers['anthropic-version']).toBeTruthy();
    expect(first?.body).toMatchObject({
      model: 'claude-test',
      system: 'You sell coffee.',
      max_tokens: 200,
      tools: [{ name: 'list_products', input_schema: listProducts.inputSchema }],
    });
    expect((second?.body.messages as unknown[] | undefined)?.at(-1)).toEqual({
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: callId, content: '[{"name":"Café 500 g"}]', is_error: false }],
    });
  });

  it('retries an overloaded API with backoff, then answers', async () => {
    anthropic.script(() => ({ text: 'back' }));
    anthropic.requests.length = 0;
    anthropic.failNext(2, 529, { 'retry-after-ms': '20' });
    const reply = await claude().complete({
      system: 's',
      messages: [{ role: 'user', text: 'hi' }],
      tools: [],
      maxTokens: 50,
    });
    expect(reply.text).toBe('back');
    expect(anthropic.requests).toHaveLength(1);
  });

  it('fails with the status when the retries run out, and does not retry a wrong key', async () => {
    anthropic.failNext(2, 529, { 'retry-after-ms': '20' });
    const outage = claude({ maxRetries: 1 }).complete({
      system: 's',
      messages: [{ role: 'user', text: 'hi' }],
      tools: [],
      maxTokens: 50,
    });
    await expect(outage).rejects.toMatchObject({ provider: 'anthropic', status: 529, retryable: true });
    anthropic.failNext(0);
    const wrongKey = claude({ apiKey: 'sk-ant-wrong' }).complete({
      system: 's',
      messages: [{ role: 'user', text: 'hi' }],
      tools: [],
      maxTokens: 50,
    });
    await expect(wrongKey).rejects.toMatchObject({ status: 401, retryable: false });
  });
});

describe('openai provider', () => {
  it('passes tools as functions and sends the result back as a tool message', async () => {
    openai.requests.length = 0;
    openai.script((body) =>
      (body.messages as unknown[]).length === 2
        ? { toolCalls: [{ name: 'list_products', input: { query: 'café' } }] }
        : { text: 'Sí: Café 500 g.' },
    );
    const callId = await roundTrip(gpt());
    const [first, second] = openai.requests;
    expect(first?.body).toMatchObject({
      model: 'gpt-test',
      max_completion_tokens: 200,
      messages: [
        { role: 'system', content: 'You sell coffee.' },
        { role: 'user', content: 'Tienen café?' },
      ],
      tools: [{ type: 'function', function: { name: 'list_products', parameters: listProducts.inputSchema } }],
    });
    expect((second?.body.messages as unknown[] | undefined)?.at(-1)).toEqual({
      role: 'tool',
      tool_call_id: callId,
      content: '[{"name":"Café 500 g"}]',
    });
  });
});

describe('fallback', () => {
  it('turns to the second provider when the first fails after its retries', async () => {
    openai.script(() => ({ text: 'from openai' }));
    anthropic.failNext(5, 529, { 'retry-after-ms': '10' });
    const heard: string[] = [];
    const chain = withFallback([claude({ maxRetries: 1 }), gpt()], (p, e) =>
      heard.push(`${p.name}:${(e as LlmCallError).status}`),
    );
    const reply = await chain.complete({
      system: 's',
      messages: [{ role: 'user', text: 'hola' }],
      tools: [],
      maxTokens: 50,
    });
    expect(reply).toMatchObject({ provider: 'openai', text: 'from openai' });
    expect(heard).toEqual(['anthropic:529']);
    anthropic.failNext(0);
  });

  it('fails with the last error when every provider fails', async () => {
    anthropic.failNext(5, 500, { 'retry-after-ms': '10' });
    openai.failNext(5, 503, { 'retry-after-ms': '10' });
    const chain = withFallback([
      claude({ maxRetries: 0 }),
      openAiProvider({
        apiKey: openai.apiKey,
        model: 'g',
        baseURL: `${openai.url}/v1`,
        maxRetries: 0,
        timeoutMs: 5000,
      }),
    ]);
    const error = await chain
      .complete({ system: 's', messages: [{ role: 'user', text: 'x' }], tools: [], maxTokens: 5 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(LlmCallError);
    expect(error).toMatchObject({ provider: 'openai', status: 503 });
    anthropic.failNext(0);
    openai.failNext(0);
  });
});
