import type { Config } from '@nexova/config';
import { createIdentityRuntime, rotateSigningKey } from '@nexova/identity';
import type { Logger } from '@nexova/observability';
import { openConfiguredDatabase } from '../database';

/** `nexova keys rotate`: a new JWT signing key; the old one verifies until its tokens expire. */
export async function rotateKeysCommand(config: Config, logger: Logger): Promise<void> {
  const database = await openConfiguredDatabase(config, logger, true);
  try {
    const kid = await rotateSigningKey({ runtime: createIdentityRuntime({ config, database }) });
    process.stdout.write(
      `New signing key ${kid}; previous keys keep verifying for ${config.ACCESS_TOKEN_TTL_SECONDS}s.\n`,
    );
  } finally {
    await database.close();
  }
}
