import { ConfigError, parseConfig } from './load';

/** The problems parseConfig reports for an environment (none: []), for the areas' tests. */
export function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}
