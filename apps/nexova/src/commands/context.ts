import type { Config } from '@nexova/config';
import type { DatabaseHandle } from '@nexova/db';
import type { Logger } from '@nexova/observability';

/** Where a command prints: the terminal, or a buffer when a running server runs it for a CLI. */
export type CommandIo = { out(text: string): void; err(text: string): void };

/** What every command gets: settings, a logger, its output, and how to reach the database. */
export type CommandContext = {
  config: Config;
  logger: Logger;
  io: CommandIo;
  /** The configured database (migrated). Inside a running server: the server's own handle. */
  openDatabase(): Promise<DatabaseHandle>;
};

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Collects a command's output (a server running it for a CLI answers with it). */
export function bufferIo(): CommandIo & { stdout(): string; stderr(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/** Prints a value as indented JSON (the commands' machine-readable output). */
export const printJson = (io: CommandIo, value: unknown) => io.out(`${JSON.stringify(value, null, 2)}\n`);
