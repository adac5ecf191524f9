import { createIdentityRuntime, rotateSigningKey } from '@nexova/identity';
import type { CommandContext } from './context';

/** `nexova keys rotate`: a new JWT signing key; the old one verifies until its tokens expire. */
export async function rotateKeysCommand({ config, io, openDatabase }: CommandContext): Promise<void> {
  const database = await openDatabase();
  try {
    const kid = await rotateSigningKey({ runtime: createIdentityRuntime({ config, database }) });
    io.out(`New signing key ${kid}; previous keys keep verifying for ${config.ACCESS_TOKEN_TTL_SECONDS}s.\n`);
  } finally {
    await database.close();
  }
}
