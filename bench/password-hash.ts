// The cost of one login on this machine: argon2id (m=19 MiB, t=2, p=1) verify, and a hash.
// `node --import tsx bench/password-hash.ts [runs]`
import { hashPassword, verifyPassword } from '@nexova/identity';

const runs = Number(process.argv[2] ?? 30);
const stored = await hashPassword('correct horse battery staple');
const time = async (fn: () => Promise<unknown>) => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number) => (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(1);
  return `p50 ${pick(0.5)} ms, p95 ${pick(0.95)} ms`;
};
console.log(
  `argon2id verify (login, known email):   ${await time(() => verifyPassword(stored, 'correct horse battery staple'))}`,
);
console.log(`argon2id verify (login, unknown email): ${await time(() => verifyPassword(null, 'whatever'))}`);
console.log(
  `argon2id hash (register/reset):         ${await time(() => hashPassword('correct horse battery staple'))}`,
);
