import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from '../package-files.js';
import { BUILTIN_CATALOGUE_IDS } from './capabilities.js';
import { parseCatalogue } from './load.js';
import type { Catalogue, CatalogueItem } from './schema.js';

let builtins: Catalogue[] | undefined;

/**
 * The catalogues shipped in the package (`catalogues/<id>.yaml`), read on first use. One that does
 * not load is a broken install or a bug, never the user's mistake.
 */
export function builtinCatalogues(): Catalogue[] {
  if (builtins) return builtins;
  const dir = packageDir('catalogues', `${BUILTIN_CATALOGUE_IDS[0]}.yaml`);
  builtins = BUILTIN_CATALOGUE_IDS.map((id) => {
    const file = `catalogues/${id}.yaml`;
    const { catalogue, findings } = parseCatalogue(readFileSync(join(dir, `${id}.yaml`), 'utf8'), file, 'en');
    if (!catalogue) throw new Error(`aipm's built-in catalogue ${file} does not load: ${findings.map((f) => `${f.line}:${f.col} ${f.message}`).join('; ')}`);
    return catalogue;
  });
  return builtins;
}

/** An item by its id, with the catalogue that holds it. */
export function findItem(catalogues: readonly Catalogue[], id: string): { catalogue: Catalogue; item: CatalogueItem } | undefined {
  for (const catalogue of catalogues) {
    const item = catalogue.items.find((i) => i.id === id);
    if (item) return { catalogue, item };
  }
  return undefined;
}
