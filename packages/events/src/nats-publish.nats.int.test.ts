import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { newId } from '@nexova/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishAll } from './nats-publish';

// The relay's publisher (issue 11): plain publishes with a reply subject each under one inbox,
// resolved by JetStream's acks. It must resolve only once every message is stored, keep Nats-Msg-Id
// deduplication, and fail — not hang, not resolve — when no stream answers.

const url = process.env.NATS_URL as string;
const stream = `PUB${newId().replace(/-/g, '').slice(-12).toUpperCase()}`;
let nc: NatsConnection;
beforeAll(async () => {
  nc = await connect({ servers: url });
  await (await jetstreamManager(nc)).streams.add({ name: stream, subjects: [`${stream}.>`], duplicate_window: 60e9 });
});
afterAll(async () => {
  await (await jetstreamManager(nc)).streams.delete(stream);
  await nc.close();
});

const message = (n: number) => ({
  subject: `${stream}.item`,
  data: JSON.stringify({ n }),
  msgId: `m${n}`,
  headers: { 'Nexova-Position': String(n) },
});

describe('publishAll', () => {
  it('resolves once the stream stored every message, in order; a republished id is stored once', async () => {
    await publishAll(nc, [0, 1, 2, 3, 4].map(message), 5000);
    await publishAll(nc, [3, 4, 5].map(message), 5000);
    const jsm = await jetstreamManager(nc);
    expect((await jsm.streams.info(stream)).state.messages).toBe(6);
    const stored = await Promise.all([1, 2, 3, 4, 5, 6].map((seq) => jsm.streams.getMessage(stream, { seq })));
    expect(stored.map((m) => m?.json<{ n: number }>().n)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(stored[0]?.header.get('Nexova-Position')).toBe('0');
  });

  it('rejects with no responders when no stream takes the subject', async () => {
    const nowhere = { ...message(0), subject: `NOSTREAM${newId().slice(-8)}.item` };
    await expect(publishAll(nc, [nowhere], 5000)).rejects.toMatchObject({ name: 'NoRespondersError' });
  });
});
