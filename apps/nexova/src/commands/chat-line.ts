import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

// What one stdin line of `nexova chat` sends: plain text, or `/send <file> [caption]` — an image or
// PDF the simulated customer sends (a payment receipt…), as the simulator route's base64 `media`.

export const SEND_USAGE = '/send <file.jpg|.png|.webp|.pdf> [caption]';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
};

export type ChatLine = {
  text?: string;
  media?: { data: string; content_type: string; filename: string };
};

/** The simulator body for a line; throws a message for the user when a `/send` cannot be read. */
export async function chatLine(line: string): Promise<ChatLine> {
  if (!line.startsWith('/send')) return { text: line };
  const [, file, ...caption] = line.split(/\s+/);
  if (!file) throw new Error(`Usage: ${SEND_USAGE}`);
  const contentType = TYPES[extname(file).toLowerCase()];
  if (!contentType) throw new Error(`${file}: send a .jpg, .png, .webp or .pdf file (${SEND_USAGE}).`);
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new Error(`${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  });
  return {
    ...(caption.length > 0 ? { text: caption.join(' ') } : {}),
    media: { data: bytes.toString('base64'), content_type: contentType, filename: basename(file) },
  };
}
