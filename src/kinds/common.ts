import * as z from 'zod/mini';

/** Every schema check that is not a plain type or enum carries `params.msg`: the message id suffix. */
export function check<T extends z.ZodMiniType>(schema: T, ok: (v: z.output<T>) => boolean, msg: string): T {
  return schema.check(z.refine(ok, { params: { msg } })) as T;
}

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A kind's main list. Left empty (`requirements:` with nothing after it, as when every example item
 * below it is still commented out) it reads as an empty list.
 */
export function itemList<T extends z.ZodMiniType>(item: T) {
  return z.pipe(z.nullable(z.array(item)), z.transform((items) => items ?? []));
}

/** The metadata key that carries a field's Chinese description beside zod's `description` (English). */
export const DESCRIPTION_ZH = 'x-aipm-description-zh';

/**
 * What a field means, in English and Chinese: `aipm schema` writes it as the JSON Schema
 * `description` in the workspace's language, and docs/kinds.md shows both. `example` is for a
 * field the example workspaces leave out (docs/kinds.md takes its examples from them).
 */
export function doc(en: string, zh: string, example?: unknown) {
  return z.meta({ description: en, [DESCRIPTION_ZH]: zh, ...(example === undefined ? {} : { examples: [example] }) });
}

// ---- targets -------------------------------------------------------------------------------

export const OPERATORS = ['>=', '<=', '>', '<', '=='] as const;
export type Operator = (typeof OPERATORS)[number];

/** A change against a metric's `baseline`: `+ 5%` (5% of the baseline), `- 3pp` (percentage points). */
export interface Change {
  /** Signed: `- 20%` is -20. */
  change: number;
  by: '%' | 'pp';
}

/**
 * A threshold to compare values with: `value` is always absolute. A target written relative to
 * the metric's baseline (`>= baseline + 5%`) keeps how it was written in `relative`, for display.
 * Only `parseTarget` makes one, and it needs the metric: a relative target has no value without it.
 */
export interface Target {
  op: Operator;
  value: number;
  /** The unit written after the number, if any (`%`, `ms`…). */
  unit?: string;
  relative?: Change & { baseline: number };
}

/** A target as written, before its metric is known: absolute, or a change against a baseline. */
export type WrittenTarget =
  | { op: Operator; value: number; unit?: string; relative?: undefined }
  | { op: Operator; relative: Change };

/** What a target needs of its metric to be resolved: the metric's `baseline` and `unit`. */
export type TargetMetric = { baseline?: number | undefined; unit?: string | undefined } | undefined;

const NUMBER_TEXT = '(?:\\d+(?:\\.\\d*)?|\\.\\d+)';
const TARGET_TEXT = new RegExp(`^\\s*(>=|<=|==|>|<|≥|≤)\\s*([-+]?${NUMBER_TEXT})\\s*(\\S(?:.*\\S)?)?\\s*$`, 'u');
/** `>= baseline + 5%`, `<= baseline - 20%`, `>= baseline + 3pp` (`％` is read as `%`). */
const RELATIVE_TEXT = new RegExp(`^\\s*(>=|<=|==|>|<|≥|≤)\\s*baseline\\s*([-+])\\s*(${NUMBER_TEXT})\\s*(%|％|pp)\\s*$`, 'u');
/** The pattern the exported JSON Schemas give a target written as text (absolute or relative). */
const TARGET_PATTERN = `${TARGET_TEXT.source}|${RELATIVE_TEXT.source}`;

function operator(written: string): Operator {
  return ({ '≥': '>=', '≤': '<=' } as Record<string, Operator>)[written] ?? (written as Operator);
}

/**
 * Reads a target's form as written in YAML (`">= 90%"`, `">= baseline + 5%"` or `{op, value}`);
 * undefined when it is not one. Only the schema asks this: to compare, `parseTarget` resolves it.
 */
export function readTarget(input: unknown): WrittenTarget | undefined {
  if (typeof input === 'string') {
    const rel = RELATIVE_TEXT.exec(input);
    if (rel) {
      const size = Number(rel[3]);
      return { op: operator(rel[1]!), relative: { change: rel[2] === '-' ? -size : size, by: rel[4] === 'pp' ? 'pp' : '%' } };
    }
    const m = TARGET_TEXT.exec(input);
    if (!m) return undefined;
    const unit = m[3]?.replace('％', '%');
    return unit ? { op: operator(m[1]!), value: Number(m[2]), unit } : { op: operator(m[1]!), value: Number(m[2]) };
  }
  if (input && typeof input === 'object') {
    const { op, value } = input as { op?: unknown; value?: unknown };
    const norm = op === '≥' ? '>=' : op === '≤' ? '<=' : op;
    if ((OPERATORS as readonly unknown[]).includes(norm) && typeof value === 'number' && Number.isFinite(value)) {
      return { op: norm as Operator, value };
    }
  }
  return undefined;
}

/** `baseline` with a change applied: `78 + 5%` → 81.9, `78 + 3pp` → 81 (rounded to 12 significant digits). */
export function applyChange(baseline: number, c: Change): number {
  const value = c.by === '%' ? baseline * (1 + c.change / 100) : baseline + c.change;
  return Number(value.toPrecision(12));
}

/** Why a relative target cannot be resolved against its metric, if it cannot: no `baseline`, or `pp` on a metric not in `%`. */
export function relativeProblem(c: Change, metric: TargetMetric): 'noBaseline' | 'ppNotPercent' | undefined {
  if (typeof metric?.baseline !== 'number' || !Number.isFinite(metric.baseline)) return 'noBaseline';
  if (c.by === 'pp' && !isPercentUnit(metric.unit ?? '')) return 'ppNotPercent';
  return undefined;
}

/**
 * A target as a threshold to compare with, read as written in YAML: a relative target resolved
 * against `metric`'s baseline (the metric the target belongs to, or names). Undefined when it is
 * not a target, or is relative and its metric gives no baseline to resolve it (a schema finding
 * says so): an unresolved relative target is never compared as if absolute.
 */
export function parseTarget(input: unknown, metric: TargetMetric): Target | undefined {
  const written = readTarget(input);
  if (!written?.relative) return written;
  const { relative, op } = written;
  if (relativeProblem(relative, metric)) return undefined;
  const baseline = metric!.baseline!;
  // The threshold is in the metric's unit, as its baseline is: `<= 1%`, not `<= 1`.
  const unit = metric!.unit?.trim();
  return { op, value: applyChange(baseline, relative), ...(unit ? { unit: isPercentUnit(unit) ? '%' : unit } : {}), relative: { ...relative, baseline } };
}

const UP = /^(?:提升|提高|增加|增长|上升|\+|increase[ds]?|improve[ds]?|raise[ds]?|up)$/i;
const DOWN = /^(?:降低|减少|下降|缩短|减小|-|decrease[ds]?|reduce[ds]?|cut|lower|down)$/i;
const CHANGE_TEXT = /^\s*(提升|提高|增加|增长|上升|降低|减少|下降|缩短|减小|\+|-|[A-Za-z]+)\s*(?:by\s*)?(\d+(?:\.\d*)?|\.\d+)\s*(%|％|pp|个百分点)\s*$/i;

/**
 * A change written where a target belongs (`提升 20%`, `+5%`, `reduce 10%`, `降低 3 个百分点`), as
 * the relative target it means (`>= baseline + 20%`, `<= baseline - 3pp`); undefined otherwise.
 */
export function changeAsTarget(text: string): string | undefined {
  const m = CHANGE_TEXT.exec(text);
  if (!m) return undefined;
  const by = m[3] === 'pp' || m[3] === '个百分点' ? 'pp' : '%';
  if (UP.test(m[1]!)) return `>= baseline + ${m[2]}${by}`;
  if (DOWN.test(m[1]!)) return `<= baseline - ${m[2]}${by}`;
  return undefined;
}

/** The same threshold without how it was written: for a new target derived from it (a suggestion). */
export function absolute(t: Target): Target {
  return t.unit ? { op: t.op, value: t.value, unit: t.unit } : { op: t.op, value: t.value };
}

export function meetsTarget(value: number, t: Target): boolean {
  switch (t.op) {
    case '>=': return value >= t.value;
    case '<=': return value <= t.value;
    case '>': return value > t.value;
    case '<': return value < t.value;
    case '==': return value === t.value;
  }
}

/** A change as written: `+ 5%`, `- 3pp`. */
export function formatChange(c: Change): string {
  return `${c.change < 0 ? '-' : '+'} ${Math.abs(c.change)}${c.by}`;
}

/** A target as one would write it in YAML (`>= 90%`, `>= baseline + 5%`): for a suggested fix. */
export function writtenTarget(t: Target): string {
  return t.relative ? `${t.op} baseline ${formatChange(t.relative)}` : formatTarget(t);
}

/**
 * `>= 90%`, `<= 300 ms`; a relative target with its absolute threshold first: `>= 81.9% (baseline
 * 78% + 5%)`. The unit, the one piece of user text, passes through `escape` (plain text by default;
 * a document gives its Markdown escape).
 */
export function formatTarget(t: Target, escape: (text: string) => string = String): string {
  const main = `${t.op} ${valueWithUnit(t.value, t.unit, escape)}`;
  return t.relative ? `${main} (baseline ${valueWithUnit(t.relative.baseline, t.unit, escape)} ${formatChange(t.relative)})` : main;
}

/** A value with its metric's unit: `89.4%`, `640 ms`, `12` (no unit); the unit through `escape`, as in formatTarget. */
export function valueWithUnit(value: number | string, unit: string | undefined, escape: (text: string) => string = String): string {
  if (!unit?.trim()) return String(value);
  return isPercentUnit(unit) ? `${value}%` : `${value} ${escape(unit.trim())}`;
}

/** A metric's unit is percent (`%`, or the full-width `％`). */
export function isPercentUnit(unit: string): boolean {
  return unit.trim() === '%' || unit.trim() === '％';
}

/** A unit written on a target must be the metric's own unit (`%` or the unit's exact spelling). */
export function unitMatches(t: Target, metricUnit: string | undefined): boolean {
  if (!t.unit) return true;
  if (!metricUnit) return false;
  return t.unit.toLowerCase() === metricUnit.trim().replace('％', '%').toLowerCase();
}

// ---- the envelope every file shares ---------------------------------------------------------

export const FILE_STATUSES = ['draft', 'in-review', 'approved', 'superseded'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

// ---- the schemas the kinds share ------------------------------------------------------------

/**
 * A schema built on first use. Building zod schemas is a good part of a small run's start-up, so
 * each kind builds its schema (and these shared parts) only when a run first needs it: a run
 * that meets three kinds builds three, and `explain` or a run answered from the cache builds none.
 */
export function lazily<T extends object>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/** The parts every kind's schema is made of. */
export const parts = lazily(() => {
  // `pattern` metadata only feeds the exported JSON Schemas (editors); the checks are the refinements.
  const id = check(z.string(), (s) => ID_PATTERN.test(s), 'id').check(
    z.meta({ pattern: ID_PATTERN.source }),
    doc('Unique id across the workspace: a letter, then letters, digits, _ or -', '整个工作区内唯一的 id：字母开头，后接字母、数字、_ 或 -'),
  );
  const date = check(z.string(), isRealDate, 'date').check(z.meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), doc('A real calendar date, YYYY-MM-DD', '真实存在的日期，YYYY-MM-DD'));
  const text = z.string();
  const targetText = check(z.string(), (s) => readTarget(s) !== undefined, 'target').check(z.meta({ pattern: TARGET_PATTERN }));
  const targetObject = z.strictObject({
    op: z.enum(['>=', '<=', '>', '<', '==', '≥', '≤']).check(doc('The comparison', '比较运算符')),
    value: z.number().check(doc('The number compared with', '比较的数值')),
  });
  return {
    id,
    ids: z.array(id),
    date,
    text,
    texts: z.array(z.string()),
    score: z.number().check(z.int(), z.gte(1), z.lte(5), doc('1 (low) to 5 (high)', '1（低）到 5（高）')),
    /** Fields named `*_rate` are fractions from 0 to 1. */
    rate: z.number().check(z.gte(0), z.lte(1), doc('A fraction from 0 to 1: write 0.05 for 5%', '0 到 1 之间的小数：5% 写作 0.05')),
    target: z
      .union([targetText, targetObject])
      .check(doc(
        'The healthy condition: ">= 90", "<= 300 ms", "≥ 90%" or {op: ">=", value: 90}; a unit after the number must be the metric\'s unit. Relative to the metric\'s baseline: ">= baseline + 5%" (5% of the baseline), "<= baseline - 20%", ">= baseline + 3pp" (percentage points, on a % metric)',
        '健康的条件：">= 90"、"<= 300 ms"、"≥ 90%" 或 {op: ">=", value: 90}；数字后的单位须与指标的 unit 一致。也可相对指标的 baseline（基线）来写：">= baseline + 5%"（基线的 5%）、"<= baseline - 20%"、">= baseline + 3pp"（百分点，用于 % 指标）',
      )),
    /** The fields every file starts with. */
    envelope: <K extends string>(kind: K) => ({
      kind: z.literal(kind).check(doc('Which schema applies to this file', '本文件适用哪种 schema（文件类型）')),
      version: z.literal(1).check(doc('Spec format version: 1', '规格格式版本：1')),
      title: text.check(doc('Title of this document', '本文档的标题')),
      owner: text.check(doc('Who is accountable for this document', '本文档的负责人')),
      status: z.enum(FILE_STATUSES).check(doc(
        'draft (rule findings at most warnings) | in-review | approved | superseded (ids still resolve, rules skip it)',
        'draft 草稿（规则最多报警告）| in-review 评审中 | approved 已批准 | superseded 已被取代（id 仍可引用，规则跳过）',
      )),
      updated: date.check(doc('Date of the last change, YYYY-MM-DD', '最后修改日期，YYYY-MM-DD')),
      links: z.optional(z.array(z.string())).check(doc('Prototypes, tickets, designs', '原型、工单、设计稿等链接', ['https://example.com/prototype'])),
    }),
  };
});

/** Days from one YYYY-MM-DD date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `date` plus `days`, as YYYY-MM-DD (calendar arithmetic in UTC, so no time zone shifts it). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
