import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '@nexova/config';
import { type DatabaseHandle, DataDirLockedError, isDatabaseUnavailable } from '@nexova/db';
import { createLogger, type Logger } from '@nexova/observability';
import { AUDIT_USAGE, AuditChainBroken, AuditUsageError, auditCommand } from './commands/audit';
import { CHAT_USAGE, ChatUsageError, chatCommand } from './commands/chat';
import { type CommandContext, type CommandIo, processIo } from './commands/context';
import { EVENTS_USAGE, EventsUsageError, eventsCommand } from './commands/events';
import { rotateKeysCommand } from './commands/keys';
import { MCP_URL_USAGE, mcpUrlCommand } from './commands/mcp-url';
import { migrateCommand } from './commands/migrate';
import { PRIVACY_USAGE, PrivacyUsageError, privacyCommand } from './commands/privacy';
import { READ_MODELS_USAGE, ReadModelsUsageError, readModelsCommand } from './commands/read-models';
import { RETENTION_USAGE, RetentionUsageError, retentionCommand } from './commands/retention';
import { seedCommand } from './commands/seed';
import { startCommand } from './commands/start';
import { openConfiguredDatabase } from './database';
import { forwardToServer } from './operator/forward';
import type { Role } from './runtime';
import { VERSION } from './version';

export type CommandArgs = { positionals: string[]; values: Record<string, string | boolean | undefined> };

export type Command = {
  usage: string;
  summary: string;
  run(context: CommandContext, args: CommandArgs): Promise<void>;
};

/**
 * A running server that runs a command for a CLI (the embedded folder is its alone): its settings,
 * logger and open database are used instead of opening the folder a second time.
 */
export type CommandHost = { config: Config; logger: Logger; database: DatabaseHandle };

const ROLES = ['api', 'worker', 'all'] as const;

/** Every `nexova` command; later modules add theirs here (keys rotate, events dlq …). */
export const commands: Record<string, Command> = {
  start: {
    usage: 'start [--role api|worker|all] [--port N]',
    summary: 'Run Nexova (default: API and workers in one process, embedded PGlite).',
    run: ({ config, logger }, { values }) => {
      const role = (values.role ?? 'all') as Role;
      if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got "${role}".`);
      const port = values.port === undefined ? config.PORT : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`--port must be an integer from 0 to 65535, got "${values.port}".`);
      return startCommand({ ...config, PORT: port }, logger, role);
    },
  },
  migrate: {
    usage: 'migrate',
    summary: 'Apply pending database migrations (re-running is a no-op).',
    run: (context) => migrateCommand(context),
  },
  events: {
    usage: EVENTS_USAGE,
    summary: 'Dead letters (list, show, replay, discard) and JetStream streams/consumers setup.',
    run: (context, args) =>
      eventsCommand(context, args).catch((error: unknown) => {
        if (error instanceof EventsUsageError) throw new UsageError(error.message);
        throw error;
      }),
  },
  'read-models': {
    usage: READ_MODELS_USAGE,
    summary: 'Empty the read models (patient summary, timeline …) and replay them from the event log.',
    run: (context, args) =>
      readModelsCommand(context, args).catch((error: unknown) => {
        if (error instanceof ReadModelsUsageError) throw new UsageError(error.message);
        throw error;
      }),
  },
  seed: {
    usage: 'seed',
    summary: 'Create the demo workspace and admin user if they do not exist, and print them.',
    run: (context) => seedCommand(context),
  },
  chat: {
    usage: CHAT_USAGE,
    summary: 'Talk to a running server as a WhatsApp customer (simulator channel); stdin lines are your messages.',
    run: (context, args) =>
      chatCommand(context, args).catch((error: unknown) => {
        if (error instanceof ChatUsageError) throw new UsageError(error.message);
        throw error;
      }),
  },
  'mcp-url': {
    usage: MCP_URL_USAGE,
    summary: "Print the MCP endpoint of the agent's tools and how to connect Claude Code or Claude Desktop to it.",
    run: (context, args) => mcpUrlCommand(context, args),
  },
  audit: {
    usage: AUDIT_USAGE,
    summary: 'Recompute the audit hash chains (one workspace or all) and report the first broken entry.',
    run: (context, args) =>
      auditCommand(context, args).catch((error: unknown) => {
        if (error instanceof AuditUsageError || error instanceof AuditChainBroken) throw new UsageError(error.message);
        throw error;
      }),
  },
  retention: {
    usage: RETENTION_USAGE,
    summary: 'Remove what is older than each data class keeps, now (--dry-run: only count it).',
    run: (context, args) =>
      retentionCommand(context, args).catch((error: unknown) => {
        if (error instanceof RetentionUsageError) throw new UsageError(error.message);
        throw error;
      }),
  },
  privacy: {
    usage: PRIVACY_USAGE,
    summary:
      'Rotate the personal-data keys (all workspaces or one) after changing NEXOVA_SECRET_KEY, without downtime.',
    run: (context, args) =>
      privacyCommand(context, args).catch((error: unknown) => {
        if (error instanceof PrivacyUsageError) throw new UsageError(error.message);
        throw error;
      }),
  },
  keys: {
    usage: 'keys rotate',
    summary: 'Add a new JWT signing key and retire the old (it verifies until its tokens expire).',
    run: (context, { positionals }) => {
      if (positionals[0] !== 'rotate') throw new UsageError('Usage: nexova keys rotate');
      return rotateKeysCommand(context);
    },
  },
};

export class UsageError extends Error {}

export function helpText(): string {
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length)) + 2;
  const lines = Object.values(commands).map((c) => `  nexova ${c.usage.padEnd(width)}${c.summary}`);
  return [
    `nexova ${VERSION} — operations platform for shops and clinics`,
    '',
    'Usage:',
    ...lines,
    `  nexova ${'--help'.padEnd(width)}Show this help.`,
    '',
    'Configuration comes from the environment and ./.env (see .env.example and the README).',
  ].join('\n');
}

/**
 * Parses argv, loads config (exit 1 with one line per problem), runs the command. With `host`, a
 * running server runs it for a CLI on its own database; output goes to `io`.
 */
export async function main(argv: string[], io: CommandIo = processIo, host?: CommandHost): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      help: { type: 'boolean', short: 'h' },
      role: { type: 'string' },
      port: { type: 'string' },
      status: { type: 'string' },
      model: { type: 'string' },
      workspace: { type: 'string' },
      'dry-run': { type: 'boolean' },
      // nexova chat
      url: { type: 'string' },
      token: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      channel: { type: 'string' },
      phone: { type: 'string' },
      name: { type: 'string' },
      interval: { type: 'string' },
    },
  });
  const name = positionals[0];
  if (values.help || !name || name === 'help') {
    io.out(`${helpText()}\n`);
    return name && name !== 'help' && !values.help ? 1 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${helpText()}\n`);
    return 1;
  }
  if (host && name === 'start') {
    io.err('This Nexova server is already running; stop it before starting another on the same folder.\n');
    return 1;
  }
  let config: Config;
  try {
    config = host?.config ?? loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`Nexova cannot start; fix these settings:\n${error.problems.join('\n')}\n`);
      return 1;
    }
    throw error;
  }
  const logger = host?.logger ?? createLogger(config.LOG_LEVEL);
  const openDatabase = host
    ? async () => ({ ...host.database, close: async () => {} }) // the server's handle stays open
    : () => openConfiguredDatabase(config, logger, true);
  try {
    await command.run({ config, logger, io, openDatabase }, { positionals: positionals.slice(1), values });
    return 0;
  } catch (error) {
    // A running server holds the embedded folder: it runs the command (`start` is refused in one line).
    if (error instanceof DataDirLockedError && !host && name !== 'start') {
      return forwardToServer(error, argv, io, config.OPERATOR_COMMAND_TIMEOUT_MS);
    }
    if (error instanceof UsageError || error instanceof DataDirLockedError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    if (isDatabaseUnavailable(error)) {
      const where = config.DATABASE_URL ? new URL(config.DATABASE_URL).host : 'the database';
      const { message, code } = error as Error & { code?: string };
      const waited = config.DATABASE_STARTUP_WAIT_MS;
      io.err(
        `nexova ${name}: PostgreSQL at ${where} is unreachable (${message || code || 'no answer'}); gave up after DATABASE_STARTUP_WAIT_MS=${waited} ms.\n`,
      );
      return 1;
    }
    logger.fatal({ err: error }, `nexova ${name} failed`);
    if (host) io.err(`nexova ${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
