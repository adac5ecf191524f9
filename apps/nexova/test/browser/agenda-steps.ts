import type { Locator, Page } from 'playwright-core';

// Steps the clinic journeys share on the agenda's day view.

/**
 * Moves the day view forward (up to a week) to the first day with at least `min` free slots: today
 * may be over, a Sunday, or full. The status line names its day (data-day) and counts that day's
 * free slots once they arrived.
 */
export async function toDayWithFreeSlots(page: Page, min = 1): Promise<void> {
  const status = page.locator('[data-day]').filter({ hasText: /free slots/ });
  await status.waitFor();
  const enough = (text: string) => Number(text.match(/^(\d+) free slots$/)?.[1] ?? 0) >= min;
  for (let i = 0; i < 7 && !enough(await status.innerText()); i++) {
    const day = await status.getAttribute('data-day');
    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .locator(`[data-day]:not([data-day="${day}"])`)
      .filter({ hasText: /free slots/ })
      .waitFor();
  }
}

/** Books the first free slot of the day shown for the patient found by `search`: its time, id and button. */
export async function bookFirstFreeSlot(
  page: Page,
  search: string,
  patient: RegExp,
): Promise<{ time: string; appointmentId: string; booked: Locator }> {
  const slot = page.getByRole('button', { name: /^Free slot/ }).first();
  const time = ((await slot.getAttribute('aria-label')) ?? '').match(/\d\d:\d\d/)?.[0] ?? '';
  await slot.click();
  const book = page.getByRole('dialog', { name: `Book ${time}` });
  await book.getByRole('searchbox', { name: 'Find the patient' }).fill(search);
  await book.getByRole('radio', { name: patient }).check();
  await book.getByRole('button', { name: 'Book' }).click();
  const booked = page.getByRole('button', { name: new RegExp(`^${time} .*, Booked$`) });
  await booked.waitFor();
  return { time, appointmentId: (await booked.getAttribute('data-appointment')) as string, booked };
}
