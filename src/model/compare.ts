import { formatTarget, parseTarget } from '../kinds/common.js';
import { ITEM_KINDS, type ItemKind } from '../kinds/index.js';
import { firstById, live } from './queries.js';
import type { CheckedFile, Entry, Model } from './types.js';

/** One field that changed: its path inside the item (or the file's envelope), old and new values. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface ItemChange {
  change: 'added' | 'removed' | 'changed' | 'moved';
  /** An item kind, or `file` for a whole file and its envelope. */
  kind: ItemKind | 'file';
  /** The item's id, or the file's path for `file`. */
  id: string;
  file: string;
  /** With `moved`: where it was. */
  fromFile?: string;
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
    const fields = fieldChanges(was.value, e.value);
    if (was.file.file !== e.file.file) changes.push({ change: 'moved', kind: e.kind, id: e.id, file: e.file.file, fromFile: was.file.file, fields });
    else if (fields.length > 0) changes.push({ change: 'changed', kind: e.kind, id: e.id, file: e.file.file, fields });
  }
  for (const [key, e] of old) if (!now.has(key)) changes.push({ change: 'removed', kind: e.kind, id: e.id, file: e.file.file, fields: [] });
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
    const [from, to] = [was.get(c.id)?.value, now.get(c.id)?.value];
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
