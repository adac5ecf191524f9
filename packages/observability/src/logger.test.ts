import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('logger redaction', () => {
  it('never writes secrets at the top level, nested, or in request headers', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        password: 'hunter2',
        user: { refreshToken: 'r-1', email: 'a@b.c' },
        req: { headers: { authorization: 'Bearer abc', cookie: 'sid=1', accept: 'json' } },
        body: { secret: 's' },
      },
      'login',
    );
    const text = JSON.stringify(lines);
    for (const leaked of ['hunter2', 'r-1', 'Bearer abc', 'sid=1', '"s"']) expect(text).not.toContain(leaked);
    expect(text).toContain('a@b.c');
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'login', service: 'nexova' });
  });
});
