import { describe, expect, it } from 'vitest';
import { newSecret, SECRET_PREFIX, signatureHeader, signatureOf, signingSecrets } from './signature';

describe('Standard Webhooks signatures', () => {
  it('matches the reference vector of the Standard Webhooks libraries', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    expect(signatureOf(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('signs with the previous secret too until its overlap ends', () => {
    const endpoint = { secret: newSecret(), previousSecret: newSecret(), previousSecretExpiresAt: new Date(2_000) };
    expect(endpoint.secret.startsWith(SECRET_PREFIX)).toBe(true);
    expect(signingSecrets(endpoint, new Date(1_000))).toEqual([endpoint.secret, endpoint.previousSecret]);
    expect(signingSecrets(endpoint, new Date(2_000))).toEqual([endpoint.secret]);
    expect(signatureHeader(signingSecrets(endpoint, new Date(1_000)), 'id', 1, '{}').split(' ')).toHaveLength(2);
  });
});
