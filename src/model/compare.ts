import { formatTarget, parseTarget } from '../kinds/common.js';
import { ITEM_KINDS, kinds, type ItemKind } from '../kinds/index.js';
import { firstById, live } from './queries.js';
import type { CheckedFile, Entry, Model } from './types.js';

/** One field that changed: its path inside the item (or the file's envelope), old and new values. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface ItemChange {
  change: 'added' | 'removed' | 'changed' | 'moved' | 'renamed';
  /** An item kind, or `file` for a whole file and its envelope. */
  kind: ItemKind | 'file';
  /** The item's id, or the file's path for `file`. */
  id: string;
  file: string;
  /** With `moved`: where it was. */
  fromFile?: string;
  /** With `renamed`: the id it had. */
  fromId?: string;
  fields: FieldChange[];
}

export interface Suspect {
  type: 'evaluation' | 'trigger';
  /** The evaluation's id, or the launch plan's file. */
  id: string;
  file: string;
  metric: string;
  from: string;
  to: string;
}

export interface SpecDiff {
  changes: ItemChange[];
  suspects: Suspect[];
}

const ENVELOPE = ['kind', 'version', 'title', 'owner', 'status', 'updated', 'links'] as const;

/** Leaf fields of a value, by dotted path; lists of plain values compare as one field. */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    value.forEach((v, i) => {
      const id = v !== null && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : String(i);
      leaves(v, path ? `${path}[${id}]` : `[${id}]`, out);
    });
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, value);
  return out;
}

function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = leaves(before);
  const b = leaves(after);
  const fields = [...new Set([...a.keys(), ...b.keys()])].sort();
  return fields.filter((f) => JSON.stringify(a.get(f)) !== JSON.stringify(b.get(f))).map((field) => ({ field, from: a.get(field), to: b.get(field) }));
}

/** Items by kind and id (the first definition), skipping the file-level item (an evaluation is its file). */
function itemsOf(model: Pick<Model, 'items'>): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const kind of ITEM_KINDS) for (const e of model.items[kind] as Entry[]) if (!out.has(`${kind}\0${e.id}`)) out.set(`${kind}\0${e.id}`, e);
  return out;
}

/**
 * An item's fields without the items it holds: an evaluation (its file is the item) leaves out its
 * experiments, which are compared, and listed, as items of their own.
 */
function ownFields(e: Entry): unknown {
  const kind = e.file.kind && kinds[e.file.kind];
  if (!kind || kind.items[e.kind]?.list !== undefined) return e.value;
  const held = new Set(Object.values(kind.items).flatMap((i) => (i.list === undefined ? [] : [i.list])));
  return Object.fromEntries(Object.entries(e.value as Record<string, unknown>).filter(([k]) => !held.has(k)));
}

/** A file's envelope without its items: for an evaluation, also its own fields but results. */
function envelopeOf(file: CheckedFile): Record<string, unknown> {
  const raw = (file.raw ?? {}) as Record<string, unknown>;
  return Object.fromEntries(ENVELOPE.filter((k) => Object.hasOwn(raw, k)).map((k) => [k, raw[k]]));
}

/**
 * What changed between two models of the same workspace, item by item (by kind and id), with the
 * envelopes of files present in both, files added or removed, and the suspect links: evaluations
 * and rollback triggers on a metric whose target changed.
 */
export function compareModels(before: Model, after: Model): SpecDiff {
  const changes: ItemChange[] = [];
  const old = itemsOf(before);
  const now = itemsOf(after);
  for (const [key, e] of now) {
    const was = old.get(key);
    if (!was) {
      changes.push({ change: 'added', kind: e.kind, id: e.id, file: e.file.file, fields: [] });
      continue;
    }
    const fields = fieldChanges(ownFields(was), ownFields(e));
    if (was.file.file !== e.file.file) changes.push({ change: 'moved', kind: e.kind, id: e.id, file: e.file.file, fromFile: was.file.file, fields });
    else if (fields.length > 0) changes.push({ change: 'changed', kind: e.kind, id: e.id, file: e.file.file, fields });
  }
  for (const [key, e] of old) if (!now.has(key)) changes.push({ change: 'removed', kind: e.kind, id: e.id, file: e.file.file, fields: [] });
  pairRenames(changes, old, now);
  const oldFiles = new Map(before.files.map((f) => [f.file, f]));
  const newFiles = new Map(after.files.map((f) => [f.file, f]));
  for (const [path, f] of newFiles) {
    const was = oldFiles.get(path);
    if (!was) changes.push({ change: 'added', kind: 'file', id: path, file: path, fields: [] });
    else {
      const fields = fieldChanges(envelopeOf(was), envelopeOf(f));
      if (fields.length > 0) changes.push({ change: 'changed', kind: 'file', id: path, file: path, fields });
    }
  }
  for (const path of oldFiles.keys()) if (!newFiles.has(path)) changes.push({ change: 'removed', kind: 'file', id: path, file: path, fields: [] });
  const order = { file: 0 } as Record<string, number>;
  changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (order[a.kind] ?? 1) - (order[b.kind] ?? 1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  return { changes, suspects: suspectsOf(changes, before, after) };
}

/** Leaves of an item without its id: what a rename keeps. */
const body = (e: Entry) => leaves(Object.fromEntries(Object.entries(e.value as Record<string, unknown>).filter(([k]) => k !== 'id')));

/** How much of two items is the same: equal leaves over all leaves (0 when either has none). */
function likeness(a: Entry, b: Entry): number {
  const [x, y] = [body(a), body(b)];
  const keys = new Set([...x.keys(), ...y.keys()]);
  if (keys.size === 0) return 0;
  let same = 0;
  for (const k of keys) if (x.has(k) && y.has(k) && JSON.stringify(x.get(k)) === JSON.stringify(y.get(k))) same++;
  return same / keys.size;
}

/**
 * An item removed and one of the same kind added, most of their fields equal (more than half), is
 * one item renamed (`aipm rename`, then perhaps an edit): `renamed OLD → NEW` with its field
 * changes, instead of a removal and an addition. Each removed item pairs with the added item most
 * like it, each at most once.
 */
function pairRenames(changes: ItemChange[], old: Map<string, Entry>, now: Map<string, Entry>): void {
  const removed = changes.filter((c) => c.change === 'removed' && c.kind !== 'file');
  const added = changes.filter((c) => c.change === 'added' && c.kind !== 'file');
  const candidates: { r: ItemChange; a: ItemChange; score: number }[] = [];
  for (const r of removed) {
    for (const a of added) {
      if (a.kind !== r.kind) continue;
      const score = likeness(old.get(`${r.kind}\0${r.id}`)!, now.get(`${a.kind}\0${a.id}`)!);
      if (score > 0.5) candidates.push({ r, a, score });
    }
  }
  const taken = new Set<ItemChange>();
  for (const { r, a } of candidates.sort((x, y) => y.score - x.score)) {
    if (taken.has(r) || taken.has(a)) continue;
    taken.add(r).add(a);
    const [was, is] = [old.get(`${r.kind}\0${r.id}`)!, now.get(`${a.kind}\0${a.id}`)!];
    Object.assign(a, { change: 'renamed', fromId: r.id, ...(was.file.file === is.file.file ? {} : { fromFile: was.file.file }), fields: fieldChanges({ ...(ownFields(was) as object), id: undefined }, { ...(ownFields(is) as object), id: undefined }) });
  }
  for (let i = changes.length - 1; i >= 0; i--) if (taken.has(changes[i]!) && changes[i]!.change === 'removed') changes.splice(i, 1);
}

/**
 * Evaluations and rollback triggers that were set against a metric target that has since changed:
 * its target, or the baseline a relative target is resolved against.
 */
function suspectsOf(changes: readonly ItemChange[], before: Model, after: Model): Suspect[] {
  const retargeted = new Map<string, { from: string; to: string }>();
  const [was, now] = [firstById(before.items.metric), firstById(after.items.metric)];
  for (const c of changes) {
    if (c.kind !== 'metric' || c.change === 'added' || c.change === 'removed') continue;
    if (!c.fields.some((f) => f.field === 'target' || f.field === 'baseline')) continue;
    // A renamed metric: its old target under its old id (the links follow it to the new one).
    const [from, to] = [was.get(c.fromId ?? c.id)?.value, now.get(c.id)?.value];
    const threshold = (m: typeof from) => parseTarget(m?.target, m);
    const show = (m: typeof from) => { const p = threshold(m); return p ? formatTarget(p) : JSON.stringify(m?.target); };
    const [a, b] = [threshold(from), threshold(to)];
    // The same threshold written another way (`>= 88%`, `>= baseline + 17pp` on a baseline of 71) moves nothing.
    if (a && b && a.op === b.op && a.value === b.value) continue;
    retargeted.set(c.id, { from: show(from), to: show(to) });
  }
  const suspects: Suspect[] = [];
  for (const ev of live(after.items.evaluation)) {
    for (const r of ev.value.results) {
      const t = retargeted.get(r.metric);
      if (t) suspects.push({ type: 'evaluation', id: ev.id, file: ev.file.file, metric: r.metric, ...t });
    }
  }
  for (const plan of live(after.docs['launch-plan'])) {
    for (const trigger of plan.value.rollback?.triggers ?? []) {
      const t = retargeted.get(trigger.metric);
      if (t) suspects.push({ type: 'trigger', id: plan.file.file, file: plan.file.file, metric: trigger.metric, ...t });
    }
  }
  return suspects;
}
