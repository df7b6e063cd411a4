import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageDir } from '../package-files.js';
import type { Lang } from '../i18n/index.js';
import { KIND_NAMES, kinds, type KindName } from '../kinds/index.js';
import type { ProductType } from '../model/config.js';

/** The scaffolds shipped with aipm. */
const scaffoldDir = () => packageDir('scaffolds', 'new');

/** The kinds each product type starts with (those declared with `init`). */
export const STARTER_KINDS: readonly KindName[] = KIND_NAMES.filter((kind) => kinds[kind].init);

export async function readStarter(type: ProductType, lang: Lang, kind: KindName): Promise<string> {
  return readFile(join(scaffoldDir(), type, lang, `${kind}.yaml`), 'utf8');
}

export async function readSkeleton(lang: Lang, kind: KindName): Promise<string> {
  return readFile(skeletonFile(lang, kind), 'utf8');
}

/** The file `aipm new` starts a file of a kind from (its declaration names it). */
export function skeletonFile(lang: Lang, kind: KindName): string {
  return join(scaffoldDir(), 'new', lang, kinds[kind].skeleton);
}
