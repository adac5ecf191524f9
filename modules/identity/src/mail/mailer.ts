import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newId } from '@nexova/kernel';

/** A file sent with a mail (nodemailer's attachment fields: an .ics, a PDF). */
export type MailAttachment = { filename: string; content: string | Buffer; contentType?: string };
export type MailMessage = { to: string; subject: string; text: string; attachments?: MailAttachment[] };
export type Mailer = { send(message: MailMessage): Promise<void> };

type Log = { error(obj: object, msg?: string): void };
export type MailerOptions = { smtpUrl?: string; from: string; dataDir: string; logger?: Log };

/** A failed send is logged (it may run after the request answered) and thrown to the caller. */
function logged(send: Mailer['send'], logger?: Log): Mailer['send'] {
  return async (message) => {
    try {
      await send(message);
    } catch (error) {
      logger?.error({ err: error, to: message.to, subject: message.subject }, 'mail not sent');
      throw error;
    }
  };
}

// nodemailer is loaded with the first mail, not at start-up (~13 MB and ~0.1 s, issue 11).
type Nodemailer = typeof import('nodemailer')['default'];
function lazyTransport<T>(create: (nodemailer: Nodemailer) => T): () => Promise<T> {
  let transport: Promise<T> | undefined;
  return () => {
    transport ??= import('nodemailer').then((m) => create(m.default));
    return transport;
  };
}

/**
 * Outgoing mail: SMTP when SMTP_URL is set, otherwise an RFC 5322 `.eml` file under
 * NEXOVA_DATA_DIR/mail (named so a directory listing sorts by time), so flows work out of the box.
 */
export function createMailer(options: MailerOptions): Mailer {
  const { smtpUrl } = options;
  if (smtpUrl) {
    const transport = lazyTransport((nodemailer) => nodemailer.createTransport(smtpUrl));
    return {
      send: logged(async (message) => {
        await (await transport()).sendMail({ from: options.from, ...message });
      }, options.logger),
    };
  }
  const folder = join(options.dataDir, 'mail');
  const transport = lazyTransport((nodemailer) =>
    nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
  );
  return {
    send: logged(async (message) => {
      const info = await (await transport()).sendMail({ from: options.from, ...message });
      await mkdir(folder, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${newId()}.eml`;
      await writeFile(join(folder, name), info.message as Buffer);
    }, options.logger),
  };
}
