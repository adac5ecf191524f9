import { randomBytes } from 'node:crypto';

// Slugs made from a workspace's name when its creator gives none: lower-case ASCII letters, digits
// and hyphens, 3–50 characters (the rule POST /workspaces checks), accents dropped.

/** "Clínica São João!" → "clinica-sao-joao"; a name with nothing usable → "workspace". */
export function slugFromName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return base.length >= 3 ? base : base ? `${base}-workspace` : 'workspace';
}

/** The same slug with a short random suffix, for when the plain one is taken. */
export const withSuffix = (slug: string): string => `${slug}-${randomBytes(3).toString('hex')}`;
