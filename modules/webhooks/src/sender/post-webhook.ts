import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { checkEndpointUrl, type TargetPolicy } from '../domain/endpoint-url';
import { guardedLookup } from './target-guard';

// The one HTTP call of this module: a POST of a stored body to an endpoint, with a timeout and no
// redirect followed. node:http(s) rather than fetch because its `lookup` hook lets the SSRF guard
// judge the very address the socket connects to. Never throws: what happened is returned for the
// attempt log.

export const USER_AGENT = 'Nexova-Webhooks/1';
const SNIPPET_BYTES = 1024;

export type PostResult = {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
};

/** The first SNIPPET_BYTES of an answer body (the rest is not read). */
async function snippetOf(response: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).byteLength;
      if (size >= SNIPPET_BYTES) break;
    }
  } finally {
    response.destroy();
  }
  const text = Buffer.concat(chunks).subarray(0, SNIPPET_BYTES).toString('utf8');
  return text.length > 0 ? text : null;
}

const reasonOf = (error: unknown, timeoutMs: number): string => {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${timeoutMs} ms`;
  const code = (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : String(error);
  return (code && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 500);
};

function send(url: URL, body: string, headers: Record<string, string>, timeoutMs: number, allowPrivate: boolean) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<{ statusCode: number; location: string | null; responseBody: string | null }>(
    (resolve, reject) => {
      const request = client.request(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': USER_AGENT,
            'content-length': String(Buffer.byteLength(body)),
            ...headers,
          },
          agent: false,
          lookup: guardedLookup(allowPrivate),
          signal: AbortSignal.timeout(timeoutMs),
        },
        (response) => {
          const statusCode = response.statusCode ?? 0;
          const location = response.headers.location ?? null;
          snippetOf(response)
            .catch(() => null)
            .then((responseBody) => resolve({ statusCode, location, responseBody }));
        },
      );
      request.on('error', reject);
      request.end(body);
    },
  );
}

export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  policy: TargetPolicy,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    // Judged again: the policy may be stricter than when the endpoint was saved.
    const target = new URL(checkEndpointUrl(url, policy).url);
    const { statusCode, location, responseBody } = await send(target, body, headers, timeoutMs, policy.allowPrivate);
    const redirected = statusCode >= 300 && statusCode < 400;
    return {
      statusCode,
      durationMs: elapsed(),
      error: redirected ? `redirect to ${location ?? '?'} not followed` : null,
      responseBody,
    };
  } catch (error) {
    return { statusCode: null, durationMs: elapsed(), error: reasonOf(error, timeoutMs), responseBody: null };
  }
}
