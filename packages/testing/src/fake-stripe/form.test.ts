import { describe, expect, it } from 'vitest';
import { parseForm } from './form';

describe('parseForm', () => {
  it('reads bracketed keys into objects and arrays, decoding values', () => {
    const body =
      'amount=1000&currency=brl&metadata[order_id]=o%201&metadata[note]=a+b%26c&payment_method_types[0]=card&payment_method_types[1]=pix&expand[]=latest_charge&automatic_payment_methods[enabled]=true';
    expect(parseForm(body)).toEqual({
      amount: '1000',
      currency: 'brl',
      metadata: { order_id: 'o 1', note: 'a b&c' },
      payment_method_types: ['card', 'pix'],
      expand: ['latest_charge'],
      automatic_payment_methods: { enabled: 'true' },
    });
  });

  it('accepts encoded brackets, empty values and an empty body', () => {
    expect(parseForm('metadata%5Bk%5D=v&description=')).toEqual({ metadata: { k: 'v' }, description: '' });
    expect(parseForm('')).toEqual({});
  });
});
