import { describe, expect, it } from 'vitest';
import { parseConfig } from '../load';
import { problemsOf } from '../problems-of';

describe('file store configuration', () => {
  it('defaults to disk and needs nothing else', () => {
    const config = parseConfig({});
    expect(config.FILES_STORE).toBe('disk');
    expect(config.S3_BUCKET).toBeUndefined();
    expect(config.S3_FORCE_PATH_STYLE).toBeUndefined();
  });

  it('accepts a complete S3 setup', () => {
    const config = parseConfig({
      FILES_STORE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'nexova-files',
      S3_ACCESS_KEY_ID: 'AKIA',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'no',
    });
    expect(config).toMatchObject({ FILES_STORE: 's3', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: false });
  });

  it('stops FILES_STORE=s3 without bucket and keys with one line per missing variable', () => {
    const problems = problemsOf({ FILES_STORE: 's3' });
    expect(problems).toEqual([
      'S3_BUCKET: is required when FILES_STORE=s3 (it is missing); expected a bucket name: 3–63 lower-case letters, digits, dots and hyphens',
      'S3_ACCESS_KEY_ID: is required when FILES_STORE=s3 (it is missing); expected an access key id',
      'S3_SECRET_ACCESS_KEY: is required when FILES_STORE=s3 (it is missing); expected a secret access key',
    ]);
  });

  it('reports the S3 problems beside other bad variables, and never prints a secret', () => {
    const problems = problemsOf({
      FILES_STORE: 's3',
      PORT: 'abc',
      S3_BUCKET: 'Not_A_Bucket',
      S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      S3_ENDPOINT: 'ftp://files',
      S3_FORCE_PATH_STYLE: 'sometimes',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'PORT',
      'S3_BUCKET',
      'S3_ENDPOINT',
      'S3_FORCE_PATH_STYLE',
      'S3_SECRET_ACCESS_KEY',
    ]);
    expect(problems.find((p) => p.startsWith('S3_BUCKET:'))).toMatch(/must be a valid bucket name/);
    expect(problems.join('\n')).not.toContain('AKIAEXAMPLE');
  });

  it('shows a bad secret value as ***', () => {
    const problems = problemsOf({ S3_ACCESS_KEY_ID: '   ' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^S3_ACCESS_KEY_ID: .*\(got "\*\*\*"\)/);
  });
});
