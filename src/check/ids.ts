import { ID_PATTERN } from '../kinds/common.js';
import { kinds, type ItemKind, type KindDef } from '../kinds/index.js';
import { locate } from '../yaml/positions.js';
import type { CheckedFile, IdDef, Problem } from '../model/types.js';

/** Every id a file defines, read from its raw data (an item with a schema error still owns its id). */
function definitionsIn(file: CheckedFile): IdDef[] {
  // A file that did not parse, or whose kind is unknown: its ids still resolve references.
  if (file.broken || !file.kind) return recoverIds(file);
  const def: KindDef = kinds[file.kind];
  const raw = file.raw as Record<string, unknown>;
  const defs: IdDef[] = [];
  const add = (value: unknown, kind: ItemKind, path: IdDef['path']) => {
    if (typeof value === 'string' && ID_PATTERN.test(value)) defs.push({ id: value, kind, file, path });
  };
  if (def.fileItem) add(raw.id, def.fileItem, ['id']);
  for (const [listKey, kind] of Object.entries(def.lists) as [string, ItemKind][]) {
    const list = raw[listKey];
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      if (item && typeof item === 'object') add((item as Record<string, unknown>).id, kind, [listKey, index, 'id']);
    });
  }
  return defs;
}

/** From a file whose YAML does not parse (or whose kind is unknown), take what looks like ids, so references into it are not reported. */
function recoverIds(file: CheckedFile): IdDef[] {
  const defs: IdDef[] = [];
  for (const m of file.parsed.text.matchAll(/(?:^|[\s{,-])id:[ \t]*["']?([A-Za-z][A-Za-z0-9_-]*)/gm)) {
    defs.push({ id: m[1]!, file, path: [] });
  }
  return defs;
}

/** All ids of the workspace; a second definition of an id is a `duplicate-id` hit naming the first. */
export function collectIds(files: readonly CheckedFile[]): { ids: Map<string, IdDef>; problems: Problem[] } {
  const ids = new Map<string, IdDef>();
  const problems: Problem[] = [];
  for (const file of files) {
    for (const def of definitionsIn(file)) {
      const first = ids.get(def.id);
      if (!first) {
        ids.set(def.id, def);
        continue;
      }
      // Ids guessed from a broken file are unreliable: never call them duplicates.
      if (!def.kind || !first.kind) continue;
      const at = locate(first.file.parsed, first.path);
      problems.push({
        rule: 'duplicate-id',
        file,
        path: def.path,
        msg: 'duplicate.id',
        params: { id: def.id, first: `${first.file.file}:${at.line}` },
        related: [{ file: first.file, path: first.path, msg: 'related.firstDefinition', params: { id: def.id } }],
      });
    }
  }
  return { ids, problems };
}
