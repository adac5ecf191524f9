import type { IdentityRuntime } from '../runtime';

// Adds a new signing key and retires the others: new tokens use it at once, tokens signed by a
// retired key keep verifying until they expire (one access-token lifetime). Returns the new kid.
export async function rotateSigningKey({ runtime }: { runtime: IdentityRuntime }): Promise<string> {
  await runtime.keys.ensure();
  return runtime.keys.addKey(true);
}
