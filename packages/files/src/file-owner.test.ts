import { describe, expect, it } from 'vitest';
import { checkFileOwners, type FileOwner } from './file-owner';

const owner = (prefix: string, name: string): FileOwner => ({ prefix, owner: name, referenced: async () => [] });

describe('file owners', () => {
  it('one owner per prefix, plain segments only', () => {
    expect(checkFileOwners([owner('receipts', 'payments'), owner('patients', 'clinic')])).toHaveLength(2);
    expect(() => checkFileOwners([owner('receipts', 'payments'), owner('receipts', 'billing')])).toThrow(
      /claimed by payments and billing/,
    );
    expect(() => checkFileOwners([owner('a/b', 'x')])).toThrow(/plain key segment/);
    expect(() => checkFileOwners([owner('', 'x')])).toThrow();
  });
});
