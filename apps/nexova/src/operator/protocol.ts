/**
 * How a CLI reaches the server that holds the embedded data folder: PGlite allows one process per
 * folder, so `nexova events dlq list` (or seed, migrate, keys rotate) run beside `npm start` are
 * run by the server, on its open database. The CLI finds the server's URL and a per-boot token in
 * the folder's lock file (mode 0600: whoever can read it could read the database files anyway).
 */
export const OPERATOR_PATH = '/_operator/commands';
export const OPERATOR_TOKEN_HEADER = 'x-nexova-operator-token';
/** The most arguments one forwarded command line may carry. */
export const OPERATOR_MAX_ARGS = 32;

export type OperatorAnswer = { exit_code: number; stdout: string; stderr: string };
