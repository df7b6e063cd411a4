import type { Catalogue } from '../catalogues/index.js';
import { nearest } from '../suggest.js';
import type { Entry, Model, Problem } from '../model/types.js';

/** An id in a compliance check's `covers` that no catalogue has, with the item it probably meant. */
export interface UnknownCover {
  check: Entry<'compliance-check'>;
  /** Its index in `covers`. */
  index: number;
  id: string;
  suggestion?: string;
}

/** Every `covers` id that names no item of these catalogues. */
export function unknownCovers(checks: readonly Entry<'compliance-check'>[], catalogues: readonly Catalogue[]): UnknownCover[] {
  const itemIds = catalogues.flatMap((c) => c.items.map((i) => i.id));
  const known = new Set(itemIds);
  return checks.flatMap((check) =>
    (check.value.covers ?? []).flatMap((id, index) => {
      if (known.has(id)) return [];
      const suggestion = nearest(id, itemIds);
      return [{ check, index, id, ...(suggestion !== undefined ? { suggestion } : {}) }];
    }),
  );
}

/**
 * `covers` is a reference into the regulation catalogues: an id no catalogue has is a `reference`
 * finding with the nearest id, like any other unknown reference (a typo covers nothing). The
 * catalogues are asked for only when some check names what it covers.
 */
export function checkCovers(model: Pick<Model, 'items'>, catalogues: () => readonly Catalogue[], ownBroken = false): Problem[] {
  const checks = model.items['compliance-check'];
  // A workspace catalogue with a mistake answers nothing, and its findings say so: ids into it are not reported again.
  if (ownBroken || !checks.some((c) => (c.value.covers ?? []).length > 0)) return [];
  return unknownCovers(checks, catalogues()).map(({ check, index, id, suggestion }) => ({
    rule: 'reference',
    file: check.file,
    path: [...check.path, 'covers', index],
    msg: 'reference.catalogueItem',
    params: { id, ...(suggestion !== undefined ? { suggestion } : {}) },
  }));
}
