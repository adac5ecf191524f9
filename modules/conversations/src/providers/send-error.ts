/** A provider refused or failed a send; `retryable` when trying again may succeed (network, 429, 5xx). */
export class SendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

/** POSTs JSON with a timeout; network failures and timeouts are retryable SendErrors. */
export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  timeoutMs: number,
): Promise<{ status: number; json: Record<string, unknown> }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new SendError(`request failed: ${(e as Error).message}`, true);
  }
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = {};
  }
  return { status: res.status, json };
}

/** The SendError of a non-2xx answer: 408, 429 and 5xx are retried, other 4xx are final. */
export function statusError(provider: string, status: number, detail: string | null): SendError {
  const retryable = status === 408 || status === 429 || status >= 500;
  return new SendError(`${provider} answered ${status}${detail ? `: ${detail}` : ''}`, retryable);
}
