import { fileURLToPath } from 'node:url';

/** The one linear folder of committed SQL migrations, at the repository root. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations', import.meta.url));
