import { randomBytes } from 'node:crypto';
import type { AppPlugin } from '@nexova/http';
import { type CommandHost, main } from '../cli';
import { bufferIo } from '../commands/context';
import { operatorRoute } from './route';

/**
 * A server on the embedded folder runs CLI commands for the operator: the route that does it and the
 * per-boot token the CLI reads from the folder's lock. Null on PostgreSQL (every process opens it).
 */
export function operatorCommands(host: CommandHost): { token: string; plugin: AppPlugin } | null {
  if (host.database.driver !== 'pglite' || !host.database.lock) return null;
  const token = randomBytes(32).toString('base64url');
  const run = async (argv: string[]) => {
    const io = bufferIo();
    const exit_code = await main(argv, io, host);
    return { exit_code, stdout: io.stdout(), stderr: io.stderr() };
  };
  return {
    token,
    plugin: { name: 'operator-commands', plugin: operatorRoute, prefix: '', api: false, options: { token, run } },
  };
}
