// The files a message may carry into the file store: per kind, the content types WhatsApp sends
// (Meta's "supported media types"), each with the extension it is stored under. A type outside the
// list is refused (the media fails with media_type_not_allowed), whatever the provider declared.

const TYPES: Record<string, Record<string, string>> = {
  image: { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' },
  sticker: { 'image/webp': 'webp' },
  document: {
    'application/pdf': 'pdf',
    'text/plain': 'txt',
    'application/msword': 'doc',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    'application/vnd.ms-excel': 'xls',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
    'image/jpeg': 'jpg',
    'image/png': 'png',
  },
  audio: {
    'audio/ogg': 'ogg',
    'audio/mpeg': 'mp3',
    'audio/mp4': 'm4a',
    'audio/aac': 'aac',
    'audio/amr': 'amr',
  },
  video: { 'video/mp4': 'mp4', 'video/3gpp': '3gp' },
};

/** The kinds whose file is downloaded into the file store. */
export const MEDIA_KINDS: ReadonlySet<string> = new Set(Object.keys(TYPES));

/** `image/jpeg; charset=…` → `image/jpeg`; `audio/ogg; codecs=opus` → `audio/ogg`. */
export const baseType = (contentType: string | null | undefined): string =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const startsWith = (buf: Buffer, bytes: number[], offset = 0) =>
  buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** What the bytes of an image or PDF are, judged by their magic numbers (null: something else). */
export function sniff(buf: Buffer): string | null {
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(buf, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/**
 * The type and extension to store a downloaded file under, or null when it may not be stored: the
 * declared type must be allowed for the kind, and images and PDFs must also be what their bytes say.
 */
export function acceptMedia(kind: string, declared: string, data: Buffer): { type: string; ext: string } | null {
  const allowed = TYPES[kind] ?? {};
  const sniffed = sniff(data);
  const type =
    sniffed && (declared === '' || declared.startsWith('image/') || declared === 'application/pdf')
      ? sniffed
      : declared;
  const ext = allowed[type];
  if (!ext) return null;
  if ((type.startsWith('image/') || type === 'application/pdf') && sniffed !== type) return null;
  return { type, ext };
}
