import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenFromMail, waitForMailTo } from '@nexova/identity/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolationsOn as axeOn,
  type Dashboard,
  overflowingElements,
  resizeTo,
  SHOTS,
  startDashboard,
} from './harness';
import { customerWrites } from './inbox-steps';

// An operator's inbox in a real browser: `nexova start` on the embedded defaults with the demo
// workspace; a customer writes on WhatsApp through the built-in simulator (/simulator, in a second
// browser context), the conversation appears live in the dashboard's inbox with its badges, the
// customer asks for a person (the offline agent hands off), the operator takes over and replies, and
// the reply reaches the customer's simulated phone. Then settings: the operator invites a member, who
// accepts from the mail's link in another browser context (sets a password, lands in the workspace).
// axe-core on every screen; screenshots in es, pt-BR and en; 320 px and 200 % zoom checks.

let d: Dashboard;
let page: Page;
let customer: Page;
const PHONE = '+5491155550123';
// Ours, so the test reads the invitation mail `nexova start` writes to <data dir>/mail.
const DATA_DIR = mkdtempSync(join(tmpdir(), 'nexova-inbox-journey-'));

beforeAll(async () => {
  d = await startDashboard({ env: { NEXOVA_DATA_DIR: DATA_DIR } });
  page = d.page;
  customer = await (await d.browser.newContext({ locale: 'es-AR' })).newPage();
}, 180_000);

afterAll(async () => {
  await d?.stop();
});

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const row = () => page.locator(`a[data-conversation]`, { hasText: PHONE });

async function language(code: 'es' | 'pt-BR' | 'en', title: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: /Idioma|Language/ }).selectOption(code);
  await h1(title).waitFor();
}

describe('an operator’s inbox against `nexova start` with the demo workspace', () => {
  it('a simulated customer writes; the conversation appears live; handoff; take over; the reply reaches the customer', async () => {
    // The page's /ws connections pass through here, so the test can drop one as a network would.
    let drop: (() => Promise<void>) | undefined;
    await page.routeWebSocket(/\/api\/v1\/ws/, (socket) => {
      socket.connectToServer();
      drop = () => socket.close({ code: 4000, reason: 'dropped by the test' });
    });
    await d.signIn();
    await page.getByRole('navigation').getByRole('link', { name: 'Conversas' }).click();
    await h1('Conversas').waitFor();
    await page.locator('[data-feed=live]').waitFor();
    expect(await d.axeViolations()).toEqual([]);
    // The feed drops: the inbox says it is reconnecting, and reconnects on its own.
    await drop?.();
    await page.locator('[data-feed=reconnecting]').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Reconectando…' }).count()).toBe(1);
    await page.locator('[data-feed=live]').waitFor({ timeout: 15_000 });

    await customer.goto(`${d.url}/simulator`);
    await customer.fill('#signin input[name=email]', d.email);
    await customer.fill('#signin input[name=password]', d.password);
    await customer.click('#signin button');
    await customer.locator('#compose').waitFor({ state: 'visible' });
    await customer.fill('#phone', PHONE);
    await customerWrites(customer, 'Hola! Tienen la camiseta M?', 1);

    // Live: the new conversation shows up in the open list without a reload.
    await row().waitFor({ timeout: 30_000 });

    // The customer asks for a person: the agent hands off and the badge says so, live.
    await customerWrites(customer, 'quiero hablar con una persona', 2);
    await row().locator('[data-badge=handoff]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Aguardando uma pessoa' }).click();
    await row().locator('[data-badge=handoff]').waitFor();
    expect(await d.axeViolations()).toEqual([]);

    await row().click();
    await page.getByRole('heading', { level: 2, name: PHONE }).waitFor();
    const transcript = page.getByRole('log');
    await transcript.getByText('quiero hablar con una persona').waitFor();
    await page.getByRole('button', { name: 'Assumir a conversa' }).click();
    await page.getByText('Você assumiu a conversa.').waitFor();
    await page.locator('[data-handled-by=member]').waitFor();
    expect(await page.locator('section[aria-labelledby=chat-title] [data-badge=handoff]').count()).toBe(0);

    await page.getByRole('textbox', { name: 'Resposta', exact: true }).fill('Olá! Sou a Marta, da loja. Temos sim.');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await transcript.getByText('Olá! Sou a Marta, da loja. Temos sim.').waitFor();
    // It reaches the customer's phone.
    await customer
      .locator('#log .msg.out', { hasText: 'Olá! Sou a Marta, da loja. Temos sim.' })
      .waitFor({ timeout: 30_000 });
    // Back to the list: the customer's next message (the agent stays silent now) arrives live, unread.
    await page.getByRole('navigation').getByRole('link', { name: 'Conversas' }).click();
    await page.getByText('Escolha uma conversa para lê-la.').waitFor();
    await customer.fill('#compose input[name=text]', 'Genial, gracias Marta');
    await customer.click('#compose button');
    await row().locator('[data-badge=unread]').waitFor({ timeout: 30_000 });
    expect(await row().locator('[data-badge=unread]').textContent()).toBe('1 não lida');
    // Opening it reads it.
    await row().click();
    await transcript.getByText('Genial, gracias Marta').waitFor();
    await row().locator('[data-badge=unread]').waitFor({ state: 'detached' });
    expect(await d.axeViolations()).toEqual([]);

    for (const [code, title] of [
      ['es', 'Conversaciones'],
      ['pt-BR', 'Conversas'],
      ['en', 'Inbox'],
    ] as const) {
      await language(code, title);
      await d.shot(`inbox-chat-${code}`);
    }
    expect(await d.axeViolations()).toEqual([]);
  }, 150_000);

  it('hands back to the assistant; fits 320 px and 200 % zoom', async () => {
    await page.getByRole('button', { name: 'Hand back to the assistant' }).click();
    await page.getByText('The assistant answers again.').waitFor();
    await page.locator('[data-handled-by=agent]').waitFor();

    // 320 px: one pane at a time (the chat, with a link back to the list), no sideways scrolling.
    await resizeTo(page, 320, 800);
    await page.getByRole('link', { name: 'All conversations' }).waitFor();
    expect(await overflowingElements(page, 320)).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    expect(await d.axeViolations()).toEqual([]);
    await d.shot('inbox-chat-320-en');
    await page.getByRole('link', { name: 'All conversations' }).click();
    await row().waitFor();
    expect(await overflowingElements(page, 320)).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await d.shot('inbox-list-320-en');

    // 200 % zoom of a 1280 × 900 window: the layout gets 640 × 450 CSS pixels, which is what the
    // viewport is set to here (Chromium's page zoom is not scriptable headless; CSS zoom is not the same).
    await resizeTo(page, 640, 450);
    await row().click();
    await page.getByRole('heading', { level: 2, name: PHONE }).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
    expect(await d.axeViolations()).toEqual([]);
    await d.shot('inbox-chat-zoom200-en');
    await resizeTo(page, 1280, 900);
  }, 60_000);
});

describe('settings: members, roles, keys; the invitation accepted in another browser context', () => {
  const invitee = `marta-${Date.now()}@example.com`;
  const tab = (name: string) => page.getByRole('navigation', { name: 'Settings pages' }).getByRole('link', { name });
  /** Shoots a settings screen in es, pt-BR and en (its h2 read in each), ending in en. */
  async function shootSettings(screen: string, headings: [es: string, ptBR: string, en: string], also?: string[]) {
    for (const [index, code] of (['es', 'pt-BR', 'en'] as const).entries()) {
      // The header's switcher (the workspace form has a Language field of its own, later in the page).
      await page
        .getByRole('combobox', { name: /Idioma|Language/ })
        .first()
        .selectOption(code);
      await page.getByRole('heading', { level: 2, name: headings[index], exact: true }).waitFor();
      if (also?.[index]) await page.getByText(also[index], { exact: true }).first().waitFor();
      await d.shot(`settings-${screen}-${code}`);
    }
  }

  it('invites a member with a role, creates a role with the permission picker, and a key shown once', async () => {
    await resizeTo(page, 1280, 900);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    await h1('Settings').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Workspace' }).waitFor();
    expect(await d.axeViolations()).toEqual([]);
    await shootSettings('workspace', ['Espacio de trabajo', 'Espaço de trabalho', 'Workspace']);

    await tab('Members').click();
    await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    await page.getByRole('cell', { name: new RegExp(d.email) }).waitFor();
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(invitee);
    await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Staff' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${invitee}.`).waitFor();
    await page.locator(`tr[data-invitation="${invitee}"]`).waitFor();
    expect(await d.axeViolations()).toEqual([]);
    await shootSettings('members', ['Miembros', 'Membros', 'Members']);

    await tab('Roles').click();
    await page.getByRole('button', { name: 'New role' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Cashier');
    await page.getByRole('checkbox', { name: /All of orders/ }).check();
    await page.getByRole('checkbox', { name: 'products:read' }).check();
    await page.getByText(/Grants \d+ of \d+ permissions:/).waitFor();
    expect(await d.axeViolations()).toEqual([]);
    // The permissions are described in the page's language too.
    await shootSettings(
      'roles-picker',
      ['Roles', 'Papéis', 'Roles'],
      [
        'Ver productos, variantes, categorías e importaciones.',
        'Ver produtos, variantes, categorias e importações.',
        'See products, variants, categories and import jobs.',
      ],
    );
    await page.getByRole('button', { name: 'Create role' }).click();
    await page.getByText('Role created.').waitFor();
    const cashier = page.locator('tr[data-role=Cashier]');
    expect(await cashier.innerText()).toContain('orders:*');
    expect(await cashier.innerText()).toContain('products:read');

    await tab('API keys').click();
    await page.getByRole('heading', { level: 2, name: 'API keys' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Till');
    await page.getByRole('checkbox', { name: 'products:read' }).check();
    await page.getByRole('button', { name: 'Create key' }).click();
    expect(await page.locator('[data-secret]').innerText()).toMatch(/^nxk_/);
    expect(await d.axeViolations()).toEqual([]);
    await shootSettings('api-keys', ['Claves de API', 'Chaves de API', 'API keys']);

    for (const [name, headings] of [
      ['Channels', ['Canales de WhatsApp', 'Canais de WhatsApp', 'WhatsApp channels']],
      ['Webhooks', ['Webhooks salientes', 'Webhooks de saída', 'Outgoing webhooks']],
      // The demo admin is a platform admin: the dead letters page is theirs to see.
      ['System', ['Mensajes fallidos', 'Mensagens mortas', 'Dead letters']],
    ] as const) {
      await tab(name).click();
      await page.getByRole('heading', { level: 2, name: headings[2] }).waitFor();
      await page.locator('main table, main p:has-text("Nothing here yet.")').first().waitFor();
      expect(await d.axeViolations()).toEqual([]);
      await shootSettings(name.toLowerCase(), [...headings]);
    }
  }, 120_000);

  it('the invited person opens the mail link in another browser, sets a password and lands in the workspace', async () => {
    const mail = await waitForMailTo(DATA_DIR, invitee, 30_000);
    const link = new URL(/https?:\/\/\S+accept-invitation\S+/.exec(mail)?.[0] ?? 'http://x/');
    expect(tokenFromMail(mail)).toBeTruthy();
    const other = await (await d.browser.newContext({ locale: 'pt-BR' })).newPage();
    await other.goto(`${d.url}${link.pathname}${link.search}`);
    const title = other.getByRole('heading', { level: 1 });
    await title.waitFor();
    const language = other.getByRole('combobox', { name: /Idioma|Language/ });
    for (const [code, text] of [
      ['es', 'Únete al espacio de trabajo'],
      ['en', 'Join the workspace'],
      ['pt-BR', 'Entre no espaço de trabalho'],
    ] as const) {
      await language.selectOption(code);
      await other.getByRole('heading', { level: 1, name: text }).waitFor();
      await other.screenshot({ path: join(SHOTS, `accept-invitation-${code}.png`), fullPage: true });
    }
    expect(await axeOn(other)).toEqual([]);

    await other.getByRole('textbox', { name: 'Nome', exact: true }).fill('Marta');
    await other.getByRole('textbox', { name: 'Sobrenome', exact: true }).fill('Souza');
    await other.getByRole('textbox', { name: 'E-mail', exact: true }).fill(invitee);
    await other.locator('input[name=password]').fill('a long enough passphrase');
    await other.getByRole('button', { name: 'Criar conta e entrar' }).click();
    await other.waitForURL(`${d.url}/`);
    await other.getByRole('heading', { level: 1, name: 'Início' }).waitFor();
    expect(await other.getByRole('combobox', { name: 'Espaço de trabalho' }).inputValue()).toBeTruthy();
    // Staff reaches the inbox; their Home passes axe too.
    expect(await other.getByRole('navigation').getByRole('link', { name: 'Conversas' }).count()).toBe(1);
    expect(await axeOn(other)).toEqual([]);
  }, 90_000);

  it('register, forgot and reset password pages pass axe in every language', async () => {
    const other = await (await d.browser.newContext({ locale: 'es-AR' })).newPage();
    for (const [path, heading] of [
      ['/register', 'Crea tu cuenta de Nexova'],
      ['/forgot-password', '¿Olvidaste tu contraseña?'],
      ['/reset-password?token=nxp_unknown', 'Elige una contraseña nueva'],
    ] as const) {
      await other.goto(`${d.url}${path}`);
      await other.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await axeOn(other)).toEqual([]);
      await other.screenshot({ path: join(SHOTS, `${path.slice(1).split('?')[0]}-es.png`), fullPage: true });
    }
    // The reset link with a used or unknown token: the API says so, in the page's language.
    await other.locator('input[name=password]').fill('a long enough passphrase');
    await other.getByRole('button', { name: 'Guardar contraseña' }).click();
    await other.getByRole('alert').waitFor();
    await other.goto(`${d.url}/forgot-password`);
    await other.getByRole('textbox', { name: 'Correo electrónico', exact: true }).fill(invitee);
    await other.getByRole('button', { name: 'Enviar el enlace' }).click();
    await other.getByText(`Si una cuenta usa ${invitee}`).waitFor();
    expect(await axeOn(other)).toEqual([]);
  }, 60_000);
});
