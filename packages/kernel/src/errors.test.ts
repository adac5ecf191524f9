import { describe, expect, it } from 'vitest';
import { ConflictError, isAppError, MethodNotAllowedError, NotFoundError, ValidationError } from './errors';

describe('error hierarchy', () => {
  it('carries stable codes and statuses', () => {
    expect(new NotFoundError()).toMatchObject({ code: 'not_found', status: 404 });
    expect(new ConflictError('x', { code: 'order_status_conflict' })).toMatchObject({
      code: 'order_status_conflict',
      status: 409,
      detail: 'x',
    });
    const v = new ValidationError('bad', [{ pointer: '/email', message: 'required' }]);
    expect(v.errors).toHaveLength(1);
    expect(isAppError(v)).toBe(true);
    expect(isAppError(new Error('x'))).toBe(false);
  });

  it('405 names the allowed methods in an Allow header', () => {
    expect(new MethodNotAllowedError(['GET', 'POST']).headers).toEqual({ allow: 'GET, POST' });
  });
});
