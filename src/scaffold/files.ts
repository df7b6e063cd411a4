import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/index.js';
import type { KindName } from '../kinds/index.js';
import type { ProductType } from '../workspace/config.js';

/** The scaffolds shipped with aipm: `scaffolds/` beside the package's `dist/` or `src/`. */
export function scaffoldDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'scaffolds', 'new'))) return join(dir, 'scaffolds');
    if (dirname(dir) === dir) throw new Error('aipm: built-in scaffolds not found');
  }
}

/** The kinds each product type starts with. */
export const STARTER_KINDS: readonly KindName[] = ['requirements', 'data-feasibility', 'metrics', 'milestones'];

export async function readStarter(type: ProductType, lang: Lang, kind: KindName): Promise<string> {
  return readFile(join(scaffoldDir(), type, lang, `${kind}.yaml`), 'utf8');
}

export async function readSkeleton(lang: Lang, kind: KindName): Promise<string> {
  return readFile(join(scaffoldDir(), 'new', lang, `${kind}.yaml`), 'utf8');
}
