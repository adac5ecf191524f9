import type { Page } from 'playwright-core';

/**
 * The customer's phone (the simulator page, signed in with our number) sends `text` and waits for
 * the shop's `answers`-th reply to show.
 */
export async function customerWrites(customer: Page, text: string, answers: number): Promise<void> {
  await customer.fill('#compose input[name=text]', text);
  await customer.click('#compose button');
  await customer
    .locator('#log .msg.out')
    .nth(answers - 1)
    .waitFor({ timeout: 30_000 });
}
