import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Locale, pickLocale } from '../i18n';
import { type Html, html, raw } from './html';

// The shared layout of the server-rendered pages: one inline stylesheet allowed by its hash, no
// scripts, no external assets, forms posting only to this origin, and no Referer (links carry tokens).

const STYLE = [
  'body{font-family:system-ui,sans-serif;max-width:30rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f;line-height:1.5}',
  'h1{font-size:1.4rem}label{display:block;margin:.8rem 0 .2rem}',
  'input{width:100%;padding:.5rem;box-sizing:border-box;font:inherit}',
  'button{margin-top:1rem;padding:.6rem 1.2rem;font:inherit;cursor:pointer}',
  '.error{color:#a40000}.ok{color:#0a6b2d}.muted{color:#555}',
].join('');

/** The Content-Security-Policy of every page: nothing but the layout's stylesheet and same-origin forms. */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const LOCALES: Locale[] = ['en', 'es', 'pt-BR'];

/** The page's language: `lang` from the link (the mail's locale), else Accept-Language. */
export function pageLocale(request: FastifyRequest): Locale {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  const asked = typeof lang === 'string' ? LOCALES.find((l) => l.toLowerCase() === lang.toLowerCase()) : undefined;
  return asked ?? pickLocale(request.headers['accept-language']);
}

/** Sends a complete page in the shared layout (status 200 unless told). */
export function sendPage(
  reply: FastifyReply,
  page: { locale: Locale; title: string; body: Html; status?: number },
): FastifyReply {
  const document = html`<!doctype html>
<html lang="${page.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${page.title} · Nexova</title><style>${raw(STYLE)}</style></head>
<body><main><h1>${page.title}</h1>${page.body}</main></body></html>
`;
  return reply
    .code(page.status ?? 200)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .send(document.__html);
}

/** Lets an encapsulated pages plugin read plain HTML form posts as a flat object of strings. */
export function acceptFormPosts(app: FastifyInstance): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
}

/** Route options shared by every page: public, hidden from OpenAPI, rate limited as auth. */
export const PAGE_ROUTE = {
  config: { auth: 'public', idempotent: false, rateLimit: { class: 'auth' }, htmlPage: true },
  schema: { hide: true },
} as const;
