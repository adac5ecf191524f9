import { type FakeHttp, randomId, startFakeHttp } from '../fake-whatsapp/http';
import { type Script, tokensOf } from './turn';

// A local stand-in for OpenAI's chat completions API (POST /v1/chat/completions, Bearer key),
// answering in its real shapes: choices[0].message with tool_calls (JSON arguments), finish_reason,
// usage; errors as `{ error: { message, type, param, code } }`.

export type FakeOpenAi = FakeHttp & {
  apiKey: string;
  /** OPENAI_BASE_URL (with /v1) pointing at this fake. */
  env: { OPENAI_BASE_URL: string; OPENAI_API_KEY: string };
  script(next: Script): void;
};

const openAiError = (status: number) => ({
  error: {
    message: status === 429 ? 'Rate limit reached' : status === 401 ? 'Incorrect API key provided' : `Error ${status}`,
    type: status === 429 ? 'requests' : status === 401 ? 'invalid_request_error' : 'server_error',
    param: null,
    code: status === 401 ? 'invalid_api_key' : null,
  },
});

export async function createFakeOpenAi(): Promise<FakeOpenAi> {
  const apiKey = `sk-${randomId(16).toLowerCase()}`;
  let script: Script = () => ({ text: 'ok' });
  const http = await startFakeHttp(async ({ path, authorization, body }) => {
    if (path !== '/v1/chat/completions') return { status: 404, json: openAiError(404) };
    if (authorization !== `Bearer ${apiKey}`) return { status: 401, json: openAiError(401) };
    if (typeof body.model !== 'string' || !Array.isArray(body.messages)) return { status: 400, json: openAiError(400) };
    const turn = await script(body);
    const toolCalls = (turn.toolCalls ?? []).map((c) => ({
      id: `call_${randomId(10)}`,
      type: 'function',
      function: { name: c.name, arguments: JSON.stringify(c.input) },
    }));
    const finish = turn.stop === 'max_tokens' ? 'length' : toolCalls.length ? 'tool_calls' : 'stop';
    const message = {
      role: 'assistant',
      content: turn.text ?? null,
      refusal: null,
      ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
    };
    const [prompt, completion] = [tokensOf(body.messages), tokensOf(message)];
    return {
      status: 200,
      json: {
        id: `chatcmpl-${randomId(12)}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
        usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
      },
    };
  }, openAiError);
  return {
    ...http,
    apiKey,
    env: { OPENAI_BASE_URL: `${http.url}/v1`, OPENAI_API_KEY: apiKey },
    script(next) {
      script = next;
    },
  };
}
