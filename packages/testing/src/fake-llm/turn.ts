// What a fake model answers: text and/or tool calls, chosen by the test from the request it got
// (the vendor's own request body, so a test can assert what the SDK really sent).

export type FakeTurn = { text?: string; toolCalls?: { name: string; input: unknown }[]; stop?: 'max_tokens' };

/** A script may answer later (a promise): the fake holds the request open until it settles. */
export type Script = (body: Record<string, unknown>) => FakeTurn | Promise<FakeTurn>;

/** Rough token counts for the fakes' usage fields (vendors count with their own tokenizers). */
export const tokensOf = (value: unknown) => Math.ceil(JSON.stringify(value ?? '').length / 4);
