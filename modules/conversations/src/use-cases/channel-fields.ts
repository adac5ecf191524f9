import { UnprocessableError } from '@nexova/kernel';
import { type ChannelKind, channelCredentials } from '../contracts/channel';

// The settings and credentials a channel kind needs: every one present at creation, only known
// names on an edit; an Infobip base URL must be http(s).

const missing = (field: string) =>
  new UnprocessableError(`${field} is required for this kind of channel.`, {
    code: 'channel_credentials_invalid',
    errors: [{ pointer: `/${field.replace('.', '/')}`, in: 'body', message: 'is required' }],
  });

const unknown = (field: string) =>
  new UnprocessableError(`${field} does not belong to this kind of channel.`, {
    code: 'channel_credentials_invalid',
    errors: [{ pointer: `/${field.replace('.', '/')}`, in: 'body', message: 'is not a field of this kind' }],
  });

/** Checks the settings and credentials given for a kind; `complete` requires every one. */
export function checkChannelFields(
  kind: ChannelKind,
  settings: Record<string, string>,
  credentials: Record<string, string>,
  complete: boolean,
): void {
  const wanted = channelCredentials[kind];
  for (const k of Object.keys(settings))
    if (!(wanted.settings as readonly string[]).includes(k)) throw unknown(`settings.${k}`);
  for (const k of Object.keys(credentials))
    if (!(wanted.secrets as readonly string[]).includes(k)) throw unknown(`credentials.${k}`);
  if (complete) {
    for (const k of wanted.settings) if (!settings[k]?.trim()) throw missing(`settings.${k}`);
    for (const k of wanted.secrets) if (!credentials[k]?.trim()) throw missing(`credentials.${k}`);
  }
  const base = settings.base_url;
  if (base !== undefined && !/^https?:\/\/[^\s]+$/.test(base))
    throw new UnprocessableError('settings.base_url must be an http(s) URL.', {
      code: 'channel_credentials_invalid',
      errors: [{ pointer: '/settings/base_url', in: 'body', message: 'must be an http(s) URL' }],
    });
}
