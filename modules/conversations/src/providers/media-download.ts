import type { OpenChannel } from '../db/channel-store';
import { baseType } from '../domain/media-types';
import { SendError, statusError } from './send-error';

// Fetches the bytes of an inbound media file from its provider, never more than maxBytes:
// - Meta: GET {graph}/{media-id} (bearer token) → { url, mime_type, sha256, file_size, id }, then GET
//   that url with the same bearer token (Meta's lookaside URLs expire within minutes: fetched fresh
//   on every attempt);
// - Infobip: GET the `url` of the inbound message ({base}/whatsapp/1/senders/{sender}/media/{id})
//   with "Authorization: App <api key>";
// - the simulator: the bytes came base64 in its own request.
// A SendError says whether another attempt may succeed (network, 408, 429, 5xx) or not (too large, 4xx).

export type Downloaded = { data: Buffer; contentType: string };
export type DownloadSettings = { graphUrl: string; timeoutMs: number; maxBytes: number };

export class MediaTooLargeError extends SendError {
  constructor(maxBytes: number) {
    super(`media_too_large: the file is larger than ${maxBytes} bytes`, false);
  }
}

export async function downloadMedia(
  channel: OpenChannel,
  source: Record<string, unknown>,
  s: DownloadSettings,
): Promise<Downloaded> {
  if (channel.kind === 'simulator') {
    const data = Buffer.from(String(source.data ?? ''), 'base64');
    if (data.length > s.maxBytes) throw new MediaTooLargeError(s.maxBytes);
    return { data, contentType: baseType(String(source.mime_type ?? '')) };
  }
  if (channel.kind === 'meta') {
    const auth = { authorization: `Bearer ${channel.credentials.access_token ?? ''}` };
    const query = channel.settings.phone_number_id
      ? `?phone_number_id=${encodeURIComponent(channel.settings.phone_number_id)}`
      : '';
    const meta = await getJson(`${s.graphUrl}/${encodeURIComponent(String(source.id ?? ''))}${query}`, auth, s);
    if (Number(meta.file_size) > s.maxBytes) throw new MediaTooLargeError(s.maxBytes);
    if (typeof meta.url !== 'string') throw new SendError('Meta answered without a media url', false);
    const got = await getBytes(meta.url, auth, s, 'Meta');
    return { data: got.data, contentType: baseType(String(meta.mime_type ?? got.contentType)) };
  }
  const url = String(source.url ?? '');
  const base = (channel.settings.base_url ?? '').replace(/\/+$/, '');
  // The API key goes only to the channel's own Infobip host.
  if (!base || !url.startsWith(`${base}/`))
    throw new SendError('The media url is not on the channel’s Infobip host', false);
  return getBytes(url, { authorization: `App ${channel.credentials.api_key ?? ''}` }, s, 'Infobip');
}

async function request(url: string, headers: Record<string, string>, s: DownloadSettings): Promise<Response> {
  try {
    return await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(s.timeoutMs) });
  } catch (e) {
    throw new SendError(`request failed: ${(e as Error).message}`, true);
  }
}

async function getJson(url: string, headers: Record<string, string>, s: DownloadSettings) {
  const res = await request(url, { ...headers, accept: 'application/json' }, s);
  const text = await res.text();
  if (!res.ok) throw statusError('Meta', res.status, text.slice(0, 200) || null);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new SendError('Meta answered a media lookup that is not JSON', true);
  }
}

/** The body, read chunk by chunk and abandoned as soon as it passes maxBytes (nothing is kept). */
async function getBytes(
  url: string,
  headers: Record<string, string>,
  s: DownloadSettings,
  provider: string,
): Promise<Downloaded> {
  const res = await request(url, headers, s);
  if (!res.ok) {
    await res.body?.cancel();
    throw statusError(provider, res.status, null);
  }
  if (Number(res.headers.get('content-length')) > s.maxBytes) {
    await res.body?.cancel();
    throw new MediaTooLargeError(s.maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > s.maxBytes) {
        await reader.cancel();
        throw new MediaTooLargeError(s.maxBytes);
      }
      chunks.push(Buffer.from(value));
    }
  } catch (e) {
    if (e instanceof SendError) throw e;
    throw new SendError(`download failed: ${(e as Error).message}`, true);
  }
  return { data: Buffer.concat(chunks), contentType: baseType(res.headers.get('content-type')) };
}
