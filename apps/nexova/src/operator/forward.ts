import type { DataDirLockedError } from '@nexova/db';
import type { CommandIo } from '../commands/context';
import { OPERATOR_PATH, OPERATOR_TOKEN_HEADER, type OperatorAnswer } from './protocol';

/** Where a server bound to every interface answers on this machine. */
function localUrl(address: string): URL {
  const url = new URL(address);
  if (url.hostname === '0.0.0.0') url.hostname = '127.0.0.1';
  if (url.hostname === '[::]') url.hostname = '[::1]';
  return new URL(OPERATOR_PATH, url);
}

/**
 * The embedded folder is held by a running server: ask it to run this command line on its open
 * database and print what it printed. A server still starting (no URL yet) or not answering leaves
 * the one-line "folder in use" message.
 */
export async function forwardToServer(
  locked: DataDirLockedError,
  argv: string[],
  io: CommandIo,
  timeoutMs: number,
): Promise<number> {
  const { url, operatorToken, pid } = locked.holder;
  if (!url || !operatorToken) {
    io.err(`${locked.message}\n`);
    return 1;
  }
  try {
    const res = await fetch(localUrl(url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [OPERATOR_TOKEN_HEADER]: operatorToken },
      body: JSON.stringify({ argv }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) {
      io.err(`${locked.message} The server refused to run the command (HTTP ${res.status}).\n`);
      return 1;
    }
    const answer = (await res.json()) as OperatorAnswer;
    io.err(`(run by the Nexova server at ${url}, pid ${pid}, which holds ${locked.dataDir})\n`);
    io.out(answer.stdout);
    io.err(answer.stderr);
    return answer.exit_code;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    io.err(`${locked.message} It did not answer at ${url} (${why}).\n`);
    return 1;
  }
}
