import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

// Reads what the embedded mailer wrote for a recipient (raw .eml files under NEXOVA_DATA_DIR/mail):
// how many mails, and the .ics attachment of the newest (base64 in its MIME part).

async function rawMailsTo(dataDir: string, to: string): Promise<string[]> {
  const folder = join(dataDir, 'mail');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort();
  const mails = await Promise.all(names.map((n) => readFile(join(folder, n), 'utf8')));
  return mails.filter((m) =>
    new RegExp(`^To: .*${to.replace(/[.+]/g, '\\$&')}`, 'im').test(m.split(/\r?\n\r?\n/)[0] ?? ''),
  );
}

export const mailCountTo = async (dataDir: string, to: string) => (await rawMailsTo(dataDir, to)).length;

/** The text/calendar part of the newest mail to `to` that has one, decoded. */
export async function icsOfMailTo(dataDir: string, to: string): Promise<string> {
  const raw = (await rawMailsTo(dataDir, to)).filter((m) => /Content-Type: text\/calendar/i.test(m)).at(-1) ?? '';
  const part = /Content-Type: text\/calendar[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/i.exec(raw);
  const head = /Content-Type: text\/calendar[\s\S]*?\r?\n\r?\n/i.exec(raw)?.[0] ?? '';
  const body = part?.[1] ?? '';
  return /base64/i.test(head) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
}

/** The confirm and cancel links of a decoded reminder mail, in that order. */
export function reminderLinks(mail: string): { confirm: string; cancel: string } {
  const links = [...mail.matchAll(/https?:\/\/\S+\/appointment-reminder\?token=\S+/g)].map((m) => m[0]);
  return { confirm: links[0] ?? '', cancel: links[1] ?? '' };
}

/** The path and token of a page link (for app.inject). */
export function pageOf(link: string): { path: string; token: string; lang: string } {
  const url = new URL(link);
  return {
    path: `${url.pathname}${url.search}`,
    token: url.searchParams.get('token') ?? '',
    lang: url.searchParams.get('lang') ?? '',
  };
}
