import { randomUUID } from 'node:crypto';

// Multipart bodies for the receipt upload (the OpenAPI document does not describe them): a valid
// one and the malformed kinds an outside fuzzer sent (no boundary, truncated, NUL in the filename…).

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(32, 1)]);

export const multipartCases = [
  'valid',
  'no-boundary',
  'truncated',
  'nul-filename',
  'surrogate-filename',
  'two-files',
  'field-nul',
  'no-file',
  'garbage',
  'empty',
  'json',
  'huge-filename',
  'bad-part-header',
] as const;

export function multipartOf(kind: (typeof multipartCases)[number]): { payload: Buffer; contentType: string } {
  const boundary = `fz${randomUUID()}`;
  const type = `multipart/form-data; boundary=${boundary}`;
  const part = (filename: string, data = PNG, name = 'file') =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      data,
      Buffer.from('\r\n'),
    ]);
  const end = Buffer.from(`--${boundary}--\r\n`);
  const whole = (...parts: Buffer[]) => Buffer.concat([...parts, end]);
  switch (kind) {
    case 'valid':
      return { payload: whole(part('r.png')), contentType: type };
    case 'no-boundary':
      return { payload: whole(part('r.png')), contentType: 'multipart/form-data' };
    case 'truncated':
      return { payload: part('r.png').subarray(0, 60), contentType: type };
    case 'nul-filename':
      return { payload: whole(part('r\u0000.png')), contentType: type };
    case 'surrogate-filename':
      return { payload: whole(part('r\ud800.png')), contentType: type };
    case 'two-files':
      return { payload: whole(part('a.png'), part('b.png')), contentType: type };
    case 'field-nul':
      return {
        payload: whole(
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\na\u0000b\r\n`),
          part('r.png'),
        ),
        contentType: type,
      };
    case 'no-file':
      return {
        payload: whole(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\ny\r\n`)),
        contentType: type,
      };
    case 'garbage':
      return { payload: Buffer.from('\u0000\u0001garbage'), contentType: type };
    case 'empty':
      return { payload: Buffer.alloc(0), contentType: type };
    case 'json':
      return { payload: Buffer.from('{"file":"x"}'), contentType: 'application/json' };
    case 'huge-filename':
      return { payload: whole(part(`${'a'.repeat(5000)}.png`)), contentType: type };
    case 'bad-part-header':
      return {
        payload: Buffer.from(`--${boundary}\r\nContent-Disposition\r\n\r\nx\r\n--${boundary}--\r\n`),
        contentType: type,
      };
  }
}
