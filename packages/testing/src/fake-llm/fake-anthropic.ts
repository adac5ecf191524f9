import { type FakeHttp, randomId, startFakeHttp } from '../fake-whatsapp/http';
import { type Script, tokensOf } from './turn';

// A local stand-in for Anthropic's Messages API (POST /v1/messages, `x-api-key` or a Bearer key), answering in its
// real shapes: content blocks (text, tool_use), stop_reason, usage; errors as
// `{ type: 'error', error: { type, message } }` (529 overloaded, 401 authentication).

export type FakeAnthropic = FakeHttp & {
  apiKey: string;
  /** ANTHROPIC_BASE_URL pointing at this fake. */
  env: { ANTHROPIC_BASE_URL: string; ANTHROPIC_API_KEY: string };
  /** What the model answers next (the default says "ok"). */
  script(next: Script): void;
};

const errorTypes: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  429: 'rate_limit_error',
  529: 'overloaded_error',
};

const anthropicError = (status: number) => ({
  type: 'error',
  error: { type: errorTypes[status] ?? 'api_error', message: status === 529 ? 'Overloaded' : `Error ${status}` },
});

export async function createFakeAnthropic(): Promise<FakeAnthropic> {
  const apiKey = `sk-ant-${randomId(12).toLowerCase()}`;
  let script: Script = () => ({ text: 'ok' });
  const http = await startFakeHttp(async ({ path, headers, body }) => {
    if (path !== '/v1/messages') return { status: 404, json: anthropicError(404) };
    // The SDK sends the key as x-api-key, and (this version, on a retry) as a Bearer token: both are accepted.
    if (headers['x-api-key'] !== apiKey && headers.authorization !== `Bearer ${apiKey}`)
      return { status: 401, json: anthropicError(401) };
    if (!headers['anthropic-version'] || typeof body.model !== 'string' || typeof body.max_tokens !== 'number')
      return { status: 400, json: anthropicError(400) };
    const turn = await script(body);
    const content = [
      ...(turn.text ? [{ type: 'text', text: turn.text }] : []),
      ...(turn.toolCalls ?? []).map((c) => ({
        type: 'tool_use',
        id: `toolu_${randomId(10)}`,
        name: c.name,
        input: c.input,
      })),
    ];
    const stop = turn.stop ?? (turn.toolCalls?.length ? 'tool_use' : 'end_turn');
    return {
      status: 200,
      json: {
        id: `msg_${randomId(12)}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content,
        stop_reason: stop,
        stop_sequence: null,
        usage: { input_tokens: tokensOf(body.messages) + tokensOf(body.system), output_tokens: tokensOf(content) },
      },
    };
  }, anthropicError);
  return {
    ...http,
    apiKey,
    env: { ANTHROPIC_BASE_URL: http.url, ANTHROPIC_API_KEY: apiKey },
    script(next) {
      script = next;
    },
  };
}
