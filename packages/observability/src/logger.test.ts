import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, deferredChild } from './logger';

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

describe('deferredChild', () => {
  it('writes the same lines as a child logger: bindings, redaction, levels', () => {
    const eager = capture();
    const lazy = capture();
    const loggers = [eager.logger.child({ request_id: 'r-1' }), deferredChild(lazy.logger, { request_id: 'r-1' })];
    for (const log of loggers) {
      log.debug({ skipped: true }, 'below the level');
      log.info({ route: '/x', password: 'hunter2' }, 'request');
      log.child({ step: 2 }).warn('nested');
    }
    const strip = (lines: Record<string, unknown>[]) => lines.map(({ time: _time, pid: _pid, ...rest }) => rest);
    expect(strip(lazy.lines)).toEqual(strip(eager.lines));
    expect(lazy.lines).toHaveLength(2);
    expect(lazy.lines[0]).toMatchObject({ request_id: 'r-1', route: '/x', password: '[redacted]' });
    expect(lazy.lines[1]).toMatchObject({ request_id: 'r-1', step: 2, msg: 'nested' });
  });
});
