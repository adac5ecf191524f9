import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './load';

describe('parseConfig', () => {
  it('applies the embedded defaults', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.NEXOVA_SEED_DEMO).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('reports one clear line per bad variable and hides secrets', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', NEXOVA_SEED_DEMO: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT:'))).toMatch(/got "abc".*expected an integer from 0 to 65535/);
    const db = problems.find((p) => p.startsWith('DATABASE_URL:'));
    expect(db).toMatch(/postgres:\/\//);
    expect(db).not.toContain('mysql');
  });
});
