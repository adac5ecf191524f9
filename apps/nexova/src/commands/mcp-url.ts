import { MCP_PATH } from '@nexova/agent';
import type { CommandArgs } from '../cli';
import type { CommandContext } from './context';

export const MCP_URL_USAGE = 'mcp-url [--url U]';

/**
 * `nexova mcp-url`: where MCP clients reach the agent's tools (the server's base from --url,
 * NEXOVA_URL or PORT, plus /mcp) and how to connect Claude Code or Claude Desktop with an API key
 * (docs/MCP.md). Prints only: no database, no server needed.
 */
export async function mcpUrlCommand({ config, io }: CommandContext, { values }: CommandArgs): Promise<void> {
  const given = typeof values.url === 'string' && values.url.length > 0 ? values.url : undefined;
  const base = (given ?? process.env.NEXOVA_URL ?? `http://127.0.0.1:${config.PORT}`).replace(/\/+$/, '');
  const url = `${base}${MCP_PATH}`;
  const desktop = {
    mcpServers: {
      nexova: {
        command: 'npx',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: mcp-remote expands ${NEXOVA_AUTH} from env itself.
        args: ['mcp-remote', url, '--header', 'Authorization:${NEXOVA_AUTH}'],
        env: { NEXOVA_AUTH: 'Bearer nxk_…' },
      },
    },
  };
  io.out(
    [
      url,
      '',
      'Authenticate with an API key of the workspace (POST /api/v1/api-keys; see docs/MCP.md).',
      `Claude Code:    claude mcp add --transport http nexova ${url} --header "Authorization: Bearer nxk_…"`,
      'Claude Desktop (claude_desktop_config.json):',
      JSON.stringify(desktop, null, 2),
      '',
    ].join('\n'),
  );
}
