import { kinds } from '../kinds/index.js';
import { walkPattern } from '../check/references.js';
import type { CheckedFile, Model } from '../model/types.js';
import { rangeAt, spanOf, type Path } from '../yaml/positions.js';
import type { TextEdit } from './text-edits.js';

export interface Occurrence {
  file: CheckedFile;
  path: Path;
  key: boolean;
  definition: boolean;
}

/** Where an id is defined and every place a reference names it (by each kind's reference paths). */
export function occurrencesOf(model: Pick<Model, 'files' | 'ids'>, id: string): Occurrence[] {
  const found: Occurrence[] = [];
  const def = model.ids.get(id);
  if (def) found.push({ file: def.file, path: def.path, key: false, definition: true });
  for (const file of model.files) {
    if (!file.kind || file.broken) continue;
    for (const ref of kinds[file.kind].refs) {
      for (const { path, value, key } of walkPattern(file.raw, ref.at)) {
        if (value === id) found.push({ file, path, key: Boolean(key), definition: false });
      }
    }
  }
  return found;
}

/**
 * The edits that rename `from` to `to` at each occurrence: only the id's own characters change, so
 * quotes, comments and layout stay as they are.
 */
export function renameEdits(occurrences: readonly Occurrence[], from: string, to: string): Map<CheckedFile, (TextEdit & { line: number; col: number })[]> {
  const edits = new Map<CheckedFile, (TextEdit & { line: number; col: number })[]>();
  for (const o of occurrences) {
    const [start, end] = rangeAt(o.file.parsed, o.path, { key: o.key });
    const at = o.file.parsed.text.indexOf(from, start);
    if (at < 0 || at + from.length > end) continue;
    const { line, col } = spanOf(o.file.parsed.lineCounter, at, at + from.length);
    const list = edits.get(o.file) ?? [];
    list.push({ start: at, end: at + from.length, text: to, line, col });
    edits.set(o.file, list);
  }
  return edits;
}
