import { describe, expect, it } from 'vitest';
import { loggableUrl } from './log-url';

describe('loggableUrl', () => {
  it('replaces search terms and tokens, keeps ids, paging and closed filters', () => {
    expect(
      loggableUrl(
        '/api/v1/customers?q=11987654321&limit=20&cursor=abc&customer_id=0190f1c2-7d3a-7b41-9e4c-000000000001',
        '/api/v1/customers',
      ),
    ).toBe('/api/v1/customers?q=[redacted]&limit=20&cursor=abc&customer_id=0190f1c2-7d3a-7b41-9e4c-000000000001');
    expect(loggableUrl('/api/v1/ws?access_token=eyJabc&workspace_id=w1', '/api/v1/ws')).toBe(
      '/api/v1/ws?access_token=[redacted]&workspace_id=w1',
    );
  });

  it('replaces personal path parameters by the route template', () => {
    expect(loggableUrl('/api/v1/customers/by-phone/+5511987654321', '/api/v1/customers/by-phone/:phone')).toBe(
      '/api/v1/customers/by-phone/[redacted]',
    );
    expect(
      loggableUrl('/api/v1/people/by-document/cpf/52998224725?x=1', '/api/v1/people/by-document/:type/:number'),
    ).toBe('/api/v1/people/by-document/cpf/[redacted]?x=[redacted]');
    expect(loggableUrl('/api/v1/orders/o1', '/api/v1/orders/:order_id')).toBe('/api/v1/orders/o1');
  });
});
