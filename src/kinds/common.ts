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
export interface Target {
  op: Operator;
  value: number;
  /** The unit written after the number, if any (`%`, `ms`…). */
  unit?: string;
}

const TARGET_TEXT = /^\s*(>=|<=|==|>|<|≥|≤)\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*(\S(?:.*\S)?)?\s*$/u;

/** Reads a target as written in YAML (`">= 90%"` or `{op, value}`); undefined when it is not one. */
export function parseTarget(input: unknown): Target | undefined {
  if (typeof input === 'string') {
    const m = TARGET_TEXT.exec(input);
    if (!m) return undefined;
    const op = ({ '≥': '>=', '≤': '<=' } as Record<string, Operator>)[m[1]!] ?? (m[1] as Operator);
    const unit = m[3]?.replace('％', '%');
    return unit ? { op, value: Number(m[2]), unit } : { op, value: Number(m[2]) };
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

export function meetsTarget(value: number, t: Target): boolean {
  switch (t.op) {
    case '>=': return value >= t.value;
    case '<=': return value <= t.value;
    case '>': return value > t.value;
    case '<': return value < t.value;
    case '==': return value === t.value;
  }
}

export function formatTarget(t: Target): string {
  return `${t.op} ${t.value}${t.unit ? (t.unit === '%' ? '%' : ` ${t.unit}`) : ''}`;
}

/** A value with its metric's unit, as plain text: `89.4%`, `640 ms`, `12` (no unit). */
export function valueWithUnit(value: number | string, unit: string | undefined): string {
  if (!unit?.trim()) return String(value);
  return isPercentUnit(unit) ? `${value}%` : `${value} ${unit.trim()}`;
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
  const targetText = check(z.string(), (s) => parseTarget(s) !== undefined, 'target').check(z.meta({ pattern: TARGET_TEXT.source }));
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
        'The healthy condition: ">= 90", "<= 300 ms", "≥ 90%" or {op: ">=", value: 90}; a unit after the number must be the metric\'s unit',
        '健康的条件：">= 90"、"<= 300 ms"、"≥ 90%" 或 {op: ">=", value: 90}；数字后的单位须与指标的 unit 一致',
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
