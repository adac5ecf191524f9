import { ValidationError } from '@nexova/kernel';
import { describe, expect, it } from 'vitest';
import { workspaceOf } from './workspace';

describe('workspaceOf', () => {
  it("is the context's workspace", () => {
    expect(workspaceOf({ workspaceId: '0190c3a4-0000-7000-8000-00000000000a' })).toBe(
      '0190c3a4-0000-7000-8000-00000000000a',
    );
  });

  it('answers 400 for a context without one (a route that forgot the workspace header)', () => {
    expect(() => workspaceOf({ workspaceId: null })).toThrow(ValidationError);
    expect(() => workspaceOf({ workspaceId: '' })).toThrow('A workspace is required (x-workspace-id).');
  });
});
