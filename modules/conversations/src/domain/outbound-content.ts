import { z } from 'zod';

// What an outbound message may carry besides plain text, with WhatsApp's real limits (Meta's and
// Infobip's are the same for lists: 10 sections, 10 rows in all, row titles ≤ 24, descriptions ≤
// 72, row ids ≤ 200, the button ≤ 20; Infobip's body ≤ 1024, so 1024 here).

export const listRowSchema = z.object({
  id: z.string().trim().min(1).max(200).describe('What the reply names (list_reply.id).'),
  title: z.string().trim().min(1).max(24),
  description: z.string().trim().max(72).optional(),
});

export const interactiveListSchema = z
  .object({
    body: z.string().trim().min(1).max(1024).describe('The text above the list.'),
    button: z.string().trim().min(1).max(20).describe('The button that opens the list.'),
    sections: z
      .array(z.object({ title: z.string().trim().min(1).max(24), rows: z.array(listRowSchema).min(1).max(10) }))
      .min(1)
      .max(10),
  })
  .refine((l) => l.sections.reduce((n, s) => n + s.rows.length, 0) <= 10, {
    message: 'a list has at most 10 rows in all',
    path: ['sections'],
  })
  .refine(
    (l) =>
      new Set(l.sections.flatMap((s) => s.rows.map((r) => r.id))).size === l.sections.flatMap((s) => s.rows).length,
    {
      message: 'row ids must be unique',
      path: ['sections'],
    },
  );
export type InteractiveList = z.infer<typeof interactiveListSchema>;

export const templateSchema = z.object({
  name: z
    .string()
    .regex(/^[a-z0-9_]{1,512}$/)
    .describe("The template's name as approved at the provider (Meta / Infobip), passed through."),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/)
    .describe('Its language code as registered, e.g. pt_BR, es, en_US.'),
  parameters: z
    .array(z.string().min(1).max(1024))
    .max(20)
    .default([])
    .describe('The body placeholders {{1}}, {{2}}… in order.'),
});
export type TemplateMessage = z.infer<typeof templateSchema>;

/** A list as plain numbered text: what the simulator shows, and the message's text (inbox, preview). */
export function listAsText(list: InteractiveList): string {
  let n = 0;
  const lines = list.sections.flatMap((s) => [
    ...(list.sections.length > 1 ? [`*${s.title}*`] : []),
    ...s.rows.map((r) => `${++n}. ${r.title}${r.description ? ` — ${r.description}` : ''}`),
  ]);
  return [list.body, ...lines].join('\n');
}

/** The rows of a list in the order listAsText numbers them (a simulator reply "2" is the second). */
export const listRows = (list: InteractiveList) => list.sections.flatMap((s) => s.rows);

/** How a template reads in the inbox (the provider renders the real text). */
export const templatePreview = (t: TemplateMessage) =>
  `[${t.name}]${t.parameters.length ? ` ${t.parameters.join(' · ')}` : ''}`;
