import { describe, expect, it } from 'vitest';
import { signedDownload } from './signed-download';
import { urlSigner } from './signed-url';

describe('signed export downloads', () => {
  const signer = urlSigner({ secret: 'x'.repeat(32), ttlSeconds: 60 });
  const done = { status: 'completed', fileKey: 'person-exports/w/e.zip', size: 10, sha256: 'ab' };

  it('signs the file of a completed job, with what to expect of it', () => {
    const d = signedDownload(done, 'application/zip', signer);
    expect(d).toMatchObject({ content_type: 'application/zip', size: 10, sha256: 'ab' });
    const u = new URL(d?.url ?? '', 'http://x');
    const verdict = signer.verify({
      key: u.pathname.replace(/^\/files\//, ''),
      expires: u.searchParams.get('expires') ?? '',
      sig: u.searchParams.get('sig') ?? '',
    });
    expect(verdict).toBe('ok');
  });

  it('is null until the job completed with its file stored', () => {
    expect(signedDownload({ ...done, status: 'running' }, 'text/csv', signer)).toBeNull();
    expect(signedDownload({ ...done, fileKey: null }, 'text/csv', signer)).toBeNull();
    expect(signedDownload({ ...done, sha256: null }, 'text/csv', signer)).toBeNull();
  });
});
