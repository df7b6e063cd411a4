import { kinds, type KindName } from '../kinds/index.js';
import { parseLenient } from '../kinds/zod-issues.js';
import type { CheckedFile, DocOf, Finding, Model } from '../model/types.js';

/**
 * What `render --force` makes of a spec file that did not pass its schema: the document with the
 * items that did (the others named, to be marked), or nothing when it cannot be rebuilt (its YAML
 * does not parse, its envelope or a field outside the lists is invalid).
 */
export interface Salvaged {
  doc: DocOf<KindName>;
  /** The items left out, by id (or position when they have none). */
  invalid: string[];
}

export function salvage(model: Model, file: CheckedFile): Salvaged | undefined {
  if (file.doc || file.broken || !file.kind || !file.raw || typeof file.raw !== 'object') return undefined;
  const def = kinds[file.kind];
  const raw = file.raw as Record<string, unknown>;
  const rebuilt: Record<string, unknown> = { ...raw };
  const invalid: string[] = [];
  for (const [listKey, itemKind] of Object.entries(def.lists)) {
    const list = raw[listKey];
    if (!Array.isArray(list)) continue;
    const valid = new Map<number, unknown>();
    for (const e of model.items[itemKind]) if (e.file === file && e.path[0] === listKey) valid.set(e.path[1] as number, e.value);
    rebuilt[listKey] = list.flatMap((item, index) => {
      if (valid.has(index)) return [valid.get(index)];
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : `${listKey}[${index}]`;
      invalid.push(id);
      return [];
    });
  }
  const parsed = parseLenient(def.schema, rebuilt);
  return parsed.ok ? { doc: parsed.data as DocOf<KindName>, invalid } : undefined;
}

/** The errors found in one file, for its notice. */
export const errorsIn = (findings: readonly Finding[], file: CheckedFile) => findings.filter((f) => f.file === file.file && f.severity === 'error' && !f.suppressed);
