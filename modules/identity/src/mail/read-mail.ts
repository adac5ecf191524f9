import { watch } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

// Mail on disk is 7-bit: a quoted-printable body decodes to UTF-8 text (headers stay as written).
const decodeQuotedPrintable = (text: string) =>
  Buffer.from(
    text
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

/** The Subject of a mail read by latestMailTo/waitForMailTo, with its RFC 2047 encoded words decoded. */
export function subjectOf(mail: string): string {
  const header = mail.split(/\r?\n\r?\n/)[0] ?? '';
  const folded = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(header)?.[1] ?? '';
  return folded
    .replace(/\?=\r?\n[ \t]+=\?/g, '?==?') // a space between two encoded words is not text
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, encoding: string, word: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(word, 'base64').toString('utf8')
        : decodeQuotedPrintable(word.replace(/_/g, ' ')),
    );
}

/**
 * The newest `.eml` written to NEXOVA_DATA_DIR/mail for a recipient, decoded enough to read links
 * (for tests and local development without SMTP); with `matching`, the newest one whose decoded text
 * matches it. Null when there is none.
 */
export async function latestMailTo(dataDir: string, to: string, matching?: RegExp): Promise<string | null> {
  const folder = join(dataDir, 'mail');
  const names = (await readdir(folder).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.eml'))
    .sort()
    .reverse();
  for (const name of names) {
    const raw = await readFile(join(folder, name), 'utf8');
    const header = raw.split(/\r?\n\r?\n/)[0] ?? '';
    if (new RegExp(`^To: .*${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'im').test(header)) {
      const [head = '', ...body] = raw.split(/(?<=\r?\n\r?\n)/);
      const mail = head + decodeQuotedPrintable(body.join(''));
      if (!matching || matching.test(mail)) return mail;
    }
  }
  return null;
}

/** The `token` query parameter of the first link in a mail. */
export function tokenFromMail(mail: string): string | null {
  const match = /[?&]token=([A-Za-z0-9_%-]+)/.exec(mail);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/**
 * Waits for a mail to `to` in NEXOVA_DATA_DIR/mail (mail sent after a commit, such as an invitation,
 * is written just after the request answers): watches the folder instead of polling, and fails
 * after `timeoutMs`. `matching`: wait for a mail whose decoded text matches (another may come first).
 */
export async function waitForMailTo(
  dataDir: string,
  to: string,
  timeoutMs = 10_000,
  matching?: RegExp,
): Promise<string> {
  const folder = join(dataDir, 'mail');
  await mkdir(folder, { recursive: true });
  const watcher = watch(folder);
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mail = await latestMailTo(dataDir, to, matching);
      if (mail) return mail;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000)); // a missed event costs a second at most
        watcher.once('change', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  } finally {
    watcher.close();
  }
}
