// The one HTTP call of this module: a POST of a stored body to an endpoint, with a timeout and no
// redirect followed. Never throws: what happened is returned for the attempt log.

export const USER_AGENT = 'Nexova-Webhooks/1';
const SNIPPET_BYTES = 1024;

export type PostResult = {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
};

/** The first SNIPPET_BYTES of an answer body (the rest is not read). */
async function snippetOf(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < SNIPPET_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = Buffer.concat(chunks).subarray(0, SNIPPET_BYTES).toString('utf8');
  return text.length > 0 ? text : null;
}

const reasonOf = (error: unknown, timeoutMs: number): string => {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`.slice(0, 500);
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
};

export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...headers },
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const responseBody = await snippetOf(response).catch(() => null);
    const redirected = response.status >= 300 && response.status < 400;
    return {
      statusCode: response.status,
      durationMs: elapsed(),
      error: redirected ? `redirect to ${response.headers.get('location') ?? '?'} not followed` : null,
      responseBody,
    };
  } catch (error) {
    return { statusCode: null, durationMs: elapsed(), error: reasonOf(error, timeoutMs), responseBody: null };
  }
}
