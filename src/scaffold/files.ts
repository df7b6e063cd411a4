import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageDir } from '../package-files.js';
import type { Lang } from '../i18n/index.js';
import type { KindName } from '../kinds/index.js';
import type { ProductType } from '../model/config.js';

/** The scaffolds shipped with aipm. */
const scaffoldDir = () => packageDir('scaffolds', 'new');

/** The kinds each product type starts with. */
export const STARTER_KINDS: readonly KindName[] = ['requirements', 'data-feasibility', 'metrics', 'solution', 'milestones'];

export async function readStarter(type: ProductType, lang: Lang, kind: KindName): Promise<string> {
  return readFile(join(scaffoldDir(), type, lang, `${kind}.yaml`), 'utf8');
}

export async function readSkeleton(lang: Lang, kind: KindName): Promise<string> {
  return readFile(join(scaffoldDir(), 'new', lang, `${kind}.yaml`), 'utf8');
}
