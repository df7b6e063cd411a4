import type * as z from 'zod/mini';
import type { MessageId, Params } from '../i18n/index.js';
import { editDistance, nearest } from '../suggest.js';
import { changeAsTarget } from './common.js';
import { everydayMistake } from './everyday.js';
import type { Path } from '../yaml/positions.js';

/**
 * A problem at a data path, before it is placed in the text and worded. `params.suggestion`, when
 * present, is the known name it most likely stands for (worded as "did you mean").
 */
export interface IssueAt {
  path: Path;
  /** Point at the key rather than the value (an unknown key). */
  key?: boolean;
  msg: MessageId;
  params: Params;
  /** A safe fix: the text that replaces the node at `path` (or its key). */
  fix?: string;
}

type AnyDef = { type: string; shape?: Record<string, z.ZodMiniType>; element?: z.ZodMiniType; innerType?: z.ZodMiniType; valueType?: z.ZodMiniType; in?: z.ZodMiniType; entries?: Record<string, unknown>; values?: unknown[]; options?: z.ZodMiniType[] };

function defOf(schema: z.ZodMiniType): AnyDef {
  return (schema as unknown as { def: AnyDef }).def;
}

/** Sees through optional, default and pipe wrappers. */
export function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let s = schema;
  for (let def = defOf(s); ; def = defOf(s)) {
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

export function objectShape(schema: z.ZodMiniType): Record<string, z.ZodMiniType> | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? def.shape : undefined;
}

export function arrayElement(schema: z.ZodMiniType): z.ZodMiniType | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'array' ? def.element : undefined;
}

/** The sub-schema at a data path, if the path leads through objects, lists and maps. */
function schemaAt(schema: z.ZodMiniType, path: Path): z.ZodMiniType | undefined {
  let s: z.ZodMiniType | undefined = schema;
  for (const segment of path) {
    if (!s) return undefined;
    const def = defOf(unwrap(s));
    if (def.type === 'object') s = def.shape?.[String(segment)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
  }
  return s;
}

/** The words a value at a data path may be, when its schema is a closed list (an enum): for completion. */
export function enumValuesAt(schema: z.ZodMiniType, path: Path): string[] {
  const at = schemaAt(schema, path);
  return at ? wordsOf(at) : [];
}

function wordsOf(schema: z.ZodMiniType): string[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'enum') return Object.values(def.entries ?? {}).filter((v): v is string => typeof v === 'string');
  if (def.type === 'literal') return (def.values ?? []).filter((v): v is string => typeof v === 'string');
  if (def.type === 'union') return [...new Set((def.options ?? []).flatMap(wordsOf))];
  return [];
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const segment of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (!Object.hasOwn(v, segment)) return undefined;
    v = (v as Record<string | number, unknown>)[segment];
  }
  return v;
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * The enum value a written value most likely stands for: the same ignoring case, spaces for dashes
 * or a small edit distance (`p0` → `P0`, `in progress` → `in-progress`), or the one value that
 * ends or starts with it as a dash-separated word (`review` → `in-review`).
 */
export function nearestValue(written: string, values: readonly string[]): string | undefined {
  const norm = (v: string) => v.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const exact = values.filter((v) => norm(v) === norm(written));
  if (exact.length === 1) return exact[0];
  const near = uniqueNearest(written, values);
  if (near) return near;
  const part = values.filter((v) => norm(v).split('-').includes(norm(written)));
  return part.length === 1 ? part[0] : undefined;
}

/** The nearest known name when no other is as near: a fix needs exactly one candidate. */
export function uniqueNearest(name: string, known: readonly string[]): string | undefined {
  const best = nearest(name, known);
  if (!best) return undefined;
  const d = editDistance(name.toLowerCase(), best.toLowerCase());
  return known.filter((k) => editDistance(name.toLowerCase(), k.toLowerCase()) === d).length === 1 ? best : undefined;
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export const isExtensionKey = (key: string) => key.startsWith('x-');

/** The result of parsing with extension keys (`x-…`) allowed anywhere a mapping is strict. */
export type Lenient<T> = { ok: true; data: T } | { ok: false; issues: z.core.$ZodIssue[] };

/**
 * Zod without its JIT: on first use of each object schema the JIT writes and compiles a parser
 * (`new Function`), which cost more than it saved on every run measured, from 9 files (about
 * 30 ms of 280) to 4000.
 */
const PARSE_CONTEXT = { jitless: true } as const;

export function parseLenient<T extends z.ZodMiniType>(schema: T, value: unknown): Lenient<z.output<T>> {
  const first = schema.safeParse(value, PARSE_CONTEXT);
  if (first.success) return { ok: true, data: first.data };
  const issues: z.core.$ZodIssue[] = [];
  const extensionsAt: { path: Path; keys: string[] }[] = [];
  for (const issue of first.error.issues) {
    if (issue.code !== 'unrecognized_keys') {
      issues.push(issue);
      continue;
    }
    const extensions = issue.keys.filter(isExtensionKey);
    if (extensions.length > 0) extensionsAt.push({ path: issue.path as Path, keys: extensions });
    const others = issue.keys.filter((k) => !isExtensionKey(k));
    if (others.length > 0) issues.push({ ...issue, keys: others });
  }
  if (issues.length > 0) return { ok: false, issues };
  // Only extension keys stood in the way: parse a copy without them.
  const copy = structuredClone(value);
  for (const { path, keys } of extensionsAt) {
    const holder = valueAt(copy, path) as Record<string, unknown>;
    for (const k of keys) delete holder[k];
  }
  const second = schema.safeParse(copy, PARSE_CONTEXT);
  return second.success ? { ok: true, data: second.data } : { ok: false, issues: second.error.issues };
}

/** Zod's issues as problems at data paths: one per problem, a missing key at its mapping, an unknown key at the key. */
export function issuesAt(issues: readonly z.core.$ZodIssue[], schema: z.ZodMiniType, raw: unknown): IssueAt[] {
  const found: IssueAt[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const params = (issue as { params?: Record<string, unknown> }).params;
    const value = valueAt(raw, path);
    const last = path[path.length - 1];
    const parent = valueAt(raw, path.slice(0, -1));
    const missing = path.length > 0 && parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, String(last));
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(objectShape(schemaAt(schema, path) ?? schema) ?? {});
      for (const key of issue.keys) {
        const suggestion = nearest(key, known);
        found.push({ path: [...path, key], key: true, msg: 'schema.unknownKey', params: suggestion ? { key, suggestion } : { key }, ...(suggestion && uniqueNearest(key, known) ? { fix: suggestion } : {}) });
      }
      continue;
    }
    if (missing) {
      found.push({ path: path.slice(0, -1), msg: 'schema.missing', params: { field: String(last) } });
      continue;
    }
    // A value as people write it (`88.4%`, `2026/12/19`, `是`, curly quotes, full-width digits): one finding with its fix.
    const at = schemaAt(schema, path);
    const everyday = at && everydayMistake(value, path, at, EVERYDAY_HELPERS);
    found.push({ path, ...(everyday || describe(issue, value, last, params)) });
  }
  return dropMissingExplainedByTypos(found);
}

const EVERYDAY_HELPERS = {
  accepts: (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value, PARSE_CONTEXT).success,
  words: wordsOf,
  isObject: (schema: z.ZodMiniType) => objectShape(schema) !== undefined,
};

function describe(issue: z.core.$ZodIssue, value: unknown, last: string | number | undefined, params?: Record<string, unknown>): { msg: MessageId; params: Params; fix?: string } {
  const shown = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { msg: 'schema.int', params: {} };
      // The two type mistakes people make most: quotes around a number, a number where text belongs.
      if (issue.expected === 'number' && typeof value === 'string' && NUMBER.test(value.trim())) return { msg: 'schema.quotedNumber', params: { value }, fix: value.trim() };
      if (issue.expected === 'string' && typeof value === 'number') return { msg: 'schema.unquotedNumber', params: { value: String(value) } };
      return { msg: 'schema.type', params: { expected: { msg: `type.${issue.expected}` as MessageId }, received: { msg: `type.${typeName(value)}` as MessageId } } };
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      if (values.length === 1) return { msg: 'schema.literal', params: { values: values[0] } };
      const suggestion = typeof value === 'string' ? nearestValue(value, values) : undefined;
      return { msg: 'schema.enum', params: { values: values.join(' | '), ...(suggestion ? { suggestion } : {}) }, ...(suggestion ? { fix: suggestion } : {}) };
    }
    case 'too_small':
      return { msg: 'schema.min', params: { min: String(issue.minimum) } };
    case 'too_big':
      if (typeof last === 'string' && last.endsWith('_rate')) return { msg: 'schema.rate', params: {} };
      return { msg: 'schema.max', params: { max: String(issue.maximum) } };
    case 'invalid_union':
      // The one union is a target.
      return targetProblem(value, shown);
    case 'custom': {
      if (params?.msg === 'target') return targetProblem(value, shown);
      const msg = `schema.${String(params?.msg ?? 'invalid')}` as MessageId;
      return { msg, params: { value: shown, ...(params as Record<string, string>) } };
    }
    default:
      if (issue.code === 'invalid_format' && (issue as { format?: string }).format === 'safeint') return { msg: 'schema.int', params: {} };
      return { msg: 'schema.invalid', params: { value: shown } };
  }
}

/** A value that is not a target; `提升 20%` is a change people mean against the baseline: say how to write it. */
function targetProblem(value: unknown, shown: string): { msg: MessageId; params: Params } {
  const suggestion = typeof value === 'string' ? changeAsTarget(value) : undefined;
  return suggestion ? { msg: 'schema.targetChange', params: { value: shown, suggestion } } : { msg: 'schema.target', params: {} };
}

/** `prioritty: P0` is one mistake: keep the unknown key with its hint, drop "missing priority". */
function dropMissingExplainedByTypos(found: IssueAt[]): IssueAt[] {
  const explained = new Set(
    found.filter((h) => h.params.suggestion).map((h) => JSON.stringify([...h.path.slice(0, -1), h.params.suggestion])),
  );
  return found.filter((h) => h.msg !== 'schema.missing' || !explained.has(JSON.stringify([...h.path, h.params.field])));
}
