import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const decodeQuotedPrintable = (text: string) =>
  text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/**
 * The newest `.eml` written to NEXOVA_DATA_DIR/mail for a recipient, decoded enough to read links
 * (for tests and local development without SMTP). Null when there is none.
 */
export async function latestMailTo(dataDir: string, to: string): Promise<string | null> {
  const folder = join(dataDir, 'mail');
  const names = (await readdir(folder).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.eml'))
    .sort()
    .reverse();
  for (const name of names) {
    const raw = await readFile(join(folder, name), 'utf8');
    const header = raw.split(/\r?\n\r?\n/)[0] ?? '';
    if (new RegExp(`^To: .*${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'im').test(header)) {
      return decodeQuotedPrintable(raw);
    }
  }
  return null;
}

/** The `token` query parameter of the first link in a mail. */
export function tokenFromMail(mail: string): string | null {
  const match = /[?&]token=([A-Za-z0-9_%-]+)/.exec(mail);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
