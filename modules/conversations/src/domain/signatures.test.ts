import { describe, expect, it } from 'vitest';
import { basicAuthorization, basicAuthValid, metaChallenge, metaSignature, metaSignatureValid } from './signatures';

describe('webhook signatures', () => {
  it('Meta: sha256= HMAC of the raw bytes with the app secret; one changed byte fails', () => {
    const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
    const header = metaSignature(body, 'app-secret');
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(metaSignatureValid(body, header, 'app-secret')).toBe(true);
    expect(metaSignatureValid(Buffer.from(`${body} `), header, 'app-secret')).toBe(false);
    expect(metaSignatureValid(body, header, 'other')).toBe(false);
    expect(metaSignatureValid(body, undefined, 'app-secret')).toBe(false);
  });

  it('Infobip: HTTP Basic with the subscription credentials', () => {
    expect(basicAuthValid(basicAuthorization('nexova', 's3cret'), 'nexova', 's3cret')).toBe(true);
    expect(basicAuthValid(basicAuthorization('nexova', 'wrong'), 'nexova', 's3cret')).toBe(false);
    expect(basicAuthValid(undefined, 'nexova', 's3cret')).toBe(false);
  });

  it("Meta's verify-token challenge", () => {
    const q = { 'hub.mode': 'subscribe', 'hub.verify_token': 'tok', 'hub.challenge': '1158201444' };
    expect(metaChallenge(q, 'tok')).toBe('1158201444');
    expect(metaChallenge(q, 'other')).toBeNull();
    expect(metaChallenge({ ...q, 'hub.mode': 'unsubscribe' }, 'tok')).toBeNull();
  });
});
