import { FILE_STATUSES, type FileStatus } from '../kinds/common.js';
import { isKindName, KIND_NAMES, kinds, type ItemKind, type KindDef, type KindName } from '../kinds/index.js';
import { nearest } from '../suggest.js';
import { arrayElement, issuesAt, objectShape, parseLenient } from '../kinds/zod-issues.js';
import type { CheckedFile, CheckMemo, DocOf, Entry, Problem, SchemaOutcome, SpecFile } from '../model/types.js';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The envelope and the kind's schema for one parsed file; items that pass become entries. With a
 * memo, what an earlier check of the same parse or content gave is reused (the check is pure).
 */
export function checkFileSchema(spec: SpecFile, memo?: CheckMemo): SchemaOutcome {
  return memo ? memo.schemaOutcome(spec, (passed) => checkSchema(spec, passed)) : checkSchema(spec, undefined);
}

/** `passed`: what the kind's schema output for this same content before, when it passed. */
function checkSchema(spec: SpecFile, passed: DocOf<KindName> | undefined): SchemaOutcome {
  const raw = spec.parsed.value;
  if (spec.parsed.problems.length > 0) return { file: { ...spec, broken: true }, problems: [], entries: [] };
  const file: CheckedFile = { ...spec, raw, broken: false };
  const problem = (p: Omit<Problem, 'rule' | 'file'>): Problem => ({ rule: 'schema', file, ...p });
  if (!isPlainObject(raw)) return { file, problems: [problem({ path: [], msg: 'schema.notMapping' })], entries: [] };
  if (!Object.hasOwn(raw, 'kind')) return { file, problems: [problem({ path: [], msg: 'schema.noKind', params: { kinds: KIND_NAMES.join(' | ') } })], entries: [] };
  if (!isKindName(raw.kind)) {
    const suggestion = typeof raw.kind === 'string' ? nearest(raw.kind, KIND_NAMES) : undefined;
    return { file, problems: [problem({ path: ['kind'], msg: 'schema.unknownKind', params: { value: String(raw.kind), ...(suggestion ? { suggestion } : {}) } })], entries: [] };
  }
  const def: KindDef = kinds[raw.kind];
  file.kind = def.name;
  if ((FILE_STATUSES as readonly unknown[]).includes(raw.status)) file.status = raw.status as FileStatus;

  const whole = passed !== undefined ? { ok: true as const, data: passed } : parseLenient(def.schema, raw);
  if (whole.ok) {
    file.doc = whole.data as CheckedFile['doc'];
    return { file, problems: [], entries: entriesOf(file, def, whole.data as Record<string, unknown>, () => true) };
  }
  const problems = issuesAt(whole.issues, def.schema, raw).map((issue): Problem => ({ rule: 'schema', file, ...issue }));
  // Salvage: every list item that passes on its own still reaches the rules.
  const shape = objectShape(def.schema) ?? {};
  const salvaged: Record<string, unknown> = {};
  const valid = new Set<string>();
  for (const listKey of Object.keys(def.lists)) {
    const element = shape[listKey] && arrayElement(shape[listKey]);
    const list = raw[listKey];
    if (!element || !Array.isArray(list)) continue;
    salvaged[listKey] = list.map((item, index) => {
      const r = parseLenient(element, item);
      if (r.ok) valid.add(`${listKey}/${index}`);
      return r.ok ? r.data : undefined;
    });
  }
  return { file, problems, entries: entriesOf(file, def, salvaged, (listKey, index) => valid.has(`${listKey}/${index}`)) };
}

function entriesOf(file: CheckedFile, def: KindDef, data: Record<string, unknown>, isValid: (listKey: string, index: number) => boolean): Entry[] {
  const entries: Entry[] = [];
  if (def.fileItem && file.doc) {
    entries.push(entryOf(def.fileItem, file, [], data));
  }
  for (const [listKey, kind] of Object.entries(def.lists) as [string, ItemKind][]) {
    const list = data[listKey];
    if (!Array.isArray(list)) continue;
    list.forEach((value, index) => {
      if (value === undefined || !isValid(listKey, index)) return;
      entries.push(entryOf(kind, file, [listKey, index], value));
    });
  }
  return entries;
}

/** Data that passed its kind's schema, where the registry says items of `kind` stand: typed here, once. */
function entryOf(kind: ItemKind, file: CheckedFile, path: Entry['path'], value: unknown): Entry {
  return { kind, id: String((value as { id: unknown }).id), file, path, value } as Entry;
}
