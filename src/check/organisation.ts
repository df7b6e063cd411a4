import { kinds, type KindDef } from '../kinds/index.js';
import type { Organisation } from '../model/config.js';
import type { Borrowed, CheckedFile, Entry, IdDef } from '../model/types.js';
import { walkPattern } from './references.js';

/**
 * The organisation's metrics a product borrows (SPEC: Organisation): those it references from any
 * of its files, those the organisation requires, and the ones these name in turn (`supports`,
 * `guards`), unless the product restates them (its own definition wins). Every organisation
 * metric's id resolves, as if defined in the product; only the borrowed ones join its plan.
 */
export function borrowFrom(org: Organisation, files: readonly CheckedFile[], ids: Map<string, IdDef>): { entries: Entry<'metric'>[]; borrowed: Borrowed } {
  const file: CheckedFile = { file: org.source.file, parsed: org.source.parsed, raw: org.source.parsed.value, broken: false };
  const shared = new Map(org.metrics.filter((m) => !ids.has(m.id)).map((m) => [m.id, m]));
  for (const m of shared.values()) ids.set(m.id, { id: m.id, kind: 'metric', file, path: [...m.path, 'id'] });
  const referenced = new Set<string>();
  for (const f of files) {
    if (!f.kind || f.broken) continue;
    const def: KindDef = kinds[f.kind];
    for (const ref of def.refs) {
      if (ref.to !== 'metric' && ref.to !== 'any') continue;
      for (const { value } of walkPattern(f.raw, ref.at)) if (typeof value === 'string' && org.metrics.some((m) => m.id === value)) referenced.add(value);
    }
  }
  const joined = new Set<string>();
  const join = (id: string) => {
    const m = shared.get(id);
    if (!m || joined.has(id)) return;
    joined.add(id);
    for (const next of [...(m.value.supports ?? []), ...(m.value.guards ?? [])]) join(next);
  };
  for (const id of [...org.required, ...referenced]) join(id);
  const entries = org.metrics.filter((m) => joined.has(m.id)).map((m): Entry<'metric'> => ({ kind: 'metric', id: m.id, file, path: m.path, value: m.value }));
  return { entries, borrowed: { file, metrics: org.metrics, required: org.required, referenced, named: org.named ?? org.source.file } };
}
