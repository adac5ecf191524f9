import { pgSchema } from 'drizzle-orm/pg-core';

// Platform-wide tables that belong to no bounded context live in the `platform` schema.
export const platform = pgSchema('platform');
