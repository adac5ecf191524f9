import { type FastifyPluginAsyncZod, html, type Locale, pageLocale } from '@nexova/http';
import { SIMULATOR_CSS, SIMULATOR_JS } from './simulator-script';

// GET /simulator: talk to your shop as a WhatsApp customer would, on a simulator channel. The page
// is static; its script signs in through /api/v1/auth/login (or takes an API key), keeps the token
// in sessionStorage, writes through POST /api/v1/channels/{id}/simulator/messages and follows the
// conversation over /ws (polling GET /conversations/{id}/messages as a fallback).

type Key = 'title' | 'email' | 'password' | 'key' | 'signin' | 'channel' | 'phone' | 'name' | 'text' | 'file' | 'send';
type ScriptKey = 'you' | 'shop' | 'noChannel' | 'noWorkspace';

const t: Record<Locale, Record<Key | ScriptKey, string>> = {
  en: {
    title: 'WhatsApp simulator',
    email: 'E-mail',
    password: 'Password',
    key: 'or an API key',
    signin: 'Sign in',
    channel: 'Channel',
    phone: 'Your number',
    name: 'Your name',
    text: 'Message',
    file: 'Image or PDF (a receipt)',
    send: 'Send',
    you: 'You',
    shop: 'Shop',
    noChannel: 'This workspace has no active simulator channel: add one with POST /api/v1/channels (kind simulator).',
    noWorkspace: 'You belong to no workspace yet.',
  },
  es: {
    title: 'Simulador de WhatsApp',
    email: 'Correo electrónico',
    password: 'Contraseña',
    key: 'o una clave de API',
    signin: 'Iniciar sesión',
    channel: 'Canal',
    phone: 'Tu número',
    name: 'Tu nombre',
    text: 'Mensaje',
    file: 'Imagen o PDF (un comprobante)',
    send: 'Enviar',
    you: 'Tú',
    shop: 'Tienda',
    noChannel: 'Este espacio no tiene un canal simulador activo: crea uno con POST /api/v1/channels (kind simulator).',
    noWorkspace: 'Todavía no perteneces a ningún espacio de trabajo.',
  },
  'pt-BR': {
    title: 'Simulador de WhatsApp',
    email: 'E-mail',
    password: 'Senha',
    key: 'ou uma chave de API',
    signin: 'Entrar',
    channel: 'Canal',
    phone: 'Seu número',
    name: 'Seu nome',
    text: 'Mensagem',
    file: 'Imagem ou PDF (um comprovante)',
    send: 'Enviar',
    you: 'Você',
    shop: 'Loja',
    noChannel: 'Este espaço não tem um canal simulador ativo: crie um com POST /api/v1/channels (kind simulator).',
    noWorkspace: 'Você ainda não pertence a nenhum espaço de trabalho.',
  },
};

/** The page's Content-Security-Policy: its own script and stylesheet, fetch and /ws on this origin only. */
export const SIMULATOR_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ROUTE = {
  config: { auth: 'public', idempotent: false, rateLimit: { class: 'auth' } },
  schema: { hide: true },
} as const;

function pageOf(locale: Locale): string {
  const s = t[locale];
  const scriptText = { you: s.you, shop: s.shop, noChannel: s.noChannel, noWorkspace: s.noWorkspace };
  return html`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${s.title} · Nexova</title><link rel="stylesheet" href="/simulator.css"></head>
<body><header><h1>${s.title}</h1></header><main id="app" data-i18n="${JSON.stringify(scriptText)}">
<form id="signin"><label>${s.email}<input name="email" type="email" autocomplete="username"></label>
<label>${s.password}<input name="password" type="password" autocomplete="current-password"></label>
<label>${s.key}<input name="key" autocomplete="off"></label><button>${s.signin}</button></form>
<div id="chat" class="bar" hidden><label>${s.channel}<select id="channel"></select></label>
<label>${s.phone}<input id="phone" value="+5511987654321" inputmode="tel"></label>
<label>${s.name}<input id="name" value="Ana"></label></div>
<p id="error" class="error" role="alert"></p><div id="log" aria-live="polite"></div>
<form id="compose" hidden><label>${s.text}<input name="text" autocomplete="off"></label><label>${s.file}<input name="file" type="file" accept="image/jpeg,image/png,image/webp,application/pdf"></label><button>${s.send}</button></form>
</main><script src="/simulator.js"></script></body></html>
`.__html;
}

/** GET /simulator, /simulator.js and /simulator.css (outside /api/v1, public: the script signs in). */
export const simulatorPage: FastifyPluginAsyncZod = async (app) => {
  app.get('/simulator', ROUTE, async (req, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', SIMULATOR_CSP)
      .header('referrer-policy', 'no-referrer')
      .header('cache-control', 'no-store')
      .send(pageOf(pageLocale(req))),
  );
  app.get('/simulator.js', ROUTE, async (_req, reply) =>
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(SIMULATOR_JS),
  );
  app.get('/simulator.css', ROUTE, async (_req, reply) =>
    reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'no-cache').send(SIMULATOR_CSS),
  );
};
