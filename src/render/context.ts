import { formatTarget, isPercentUnit, parseTarget, valueWithUnit, type Target, type TargetMetric } from '../kinds/common.js';
import type { KindName } from '../kinds/index.js';
import { firstById, latestValues, type LatestValue, type Verdict } from '../model/queries.js';
import type { CheckedFile, DocOf, Entry, Model } from '../model/types.js';
import type { Lang } from '../i18n/index.js';
import { renderText, type RenderTextKey } from '../i18n/render.js';
import { enumText, type EnumField } from '../i18n/render-enums.js';
import { escapeInline } from './markdown.js';

/** View models: plain objects holding Markdown-escaped text, laid out by the templates. */
export interface Table {
  headers: string[];
  rows: string[][];
}
export interface Field {
  label: string;
  value: string;
}

export interface RenderContext {
  lang: Lang;
  model: Model;
  /** YYYY-MM-DD: `--today`, else the newest `updated`. */
  date: string;
  latest: Map<string, LatestValue>;
  /** Valid metrics and datasets by id (the first definition, as references resolve). */
  metric: (id: string) => Entry<'metric'> | undefined;
  dataset: (id: string) => Entry<'dataset'> | undefined;
  text: (key: RenderTextKey) => string;
  /** An item's name or title by its id (the first definition), for showing ids beside names. */
  nameOf: (id: string) => string | undefined;
}

export function renderContext(model: Model, lang: Lang, date: string): RenderContext {
  const metrics = firstById(model.items.metric);
  const datasets = firstById(model.items.dataset);
  const names = new Map<string, string>();
  for (const entries of Object.values(model.items)) {
    for (const e of entries as Entry[]) {
      const v = e.value as { name?: unknown; title?: unknown };
      const name = typeof v.name === 'string' ? v.name : typeof v.title === 'string' ? v.title : undefined;
      if (name !== undefined && !names.has(e.id)) names.set(e.id, name);
    }
  }
  return { lang, model, date, latest: latestValues(model), metric: (id) => metrics.get(id), dataset: (id) => datasets.get(id), text: (key) => renderText[lang][key], nameOf: (id) => names.get(id) };
}

/** Builds the body of one kind's document view (the header is shared). */
export type BodyBuilder<K extends KindName> = (ctx: RenderContext, doc: DocOf<K>, file: CheckedFile) => Record<string, unknown>;

export const md = escapeInline;
export const list = (values: readonly string[] | undefined) => (values?.length ? values.map(md).join('; ') : '');
export const dash = (ctx: RenderContext, value: string | number | undefined) => (value === undefined || value === '' ? ctx.text('none') : String(value));

export function fields(ctx: RenderContext, pairs: [RenderTextKey, string | undefined][]): Field[] {
  return pairs.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => ({ label: ctx.text(k), value: v! }));
}

export function table(ctx: RenderContext, headers: RenderTextKey[], rows: (string | number | undefined)[][]): Table | undefined {
  if (rows.length === 0) return undefined;
  return { headers: headers.map((h) => ctx.text(h)), rows: rows.map((r) => r.map((c) => dash(ctx, c))) };
}

/** A target written in YAML as shown, resolved against its metric (a relative one with its absolute threshold). */
export function target(value: unknown, metric: TargetMetric): string {
  const t = parseTarget(value, metric);
  return t ? targetText(t) : '';
}

/**
 * A target as written (`>= 90%`, `<= 8 分钟`), a relative one with its threshold first, its unit
 * escaped for Markdown: the operator needs no escape where it stands, inside a line.
 */
export function targetText(t: Target): string {
  return formatTarget(t, md);
}

/** A value with its metric's unit, escaped for Markdown: `89.4%`, `640 ms`. */
export function withUnit(value: number | string, unit: string | undefined): string {
  return valueWithUnit(value, unit, md);
}

/** A metric's value with the metric's unit. */
export function metricValue(ctx: RenderContext, metricId: string, value: number | string): string {
  return withUnit(value, ctx.metric(metricId)?.value.unit);
}

/** A fraction (a `*_rate`) as a percentage: 0.03 → `3%`. */
export function percent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}

/** An id with the name of what it names beside it: `M-ETA-MAE 送达时间平均绝对误差`. */
export function ref(ctx: RenderContext, id: string): string {
  const name = ctx.nameOf(id);
  return name === undefined ? md(id) : `${md(id)} ${md(name)}`;
}

/** An enum value in the workspace's language. */
export function word(ctx: RenderContext, field: EnumField, value: string | undefined): string | undefined {
  return value === undefined ? undefined : md(enumText(ctx.lang, field, value));
}

export function verdictText(ctx: RenderContext, verdict: Verdict): string {
  return ctx.text(verdict === 'pass' ? 'pass' : verdict === 'fail' ? 'fail' : 'notJudged');
}

export function yesNo(ctx: RenderContext, v: boolean | undefined): string {
  return v === undefined ? ctx.text('unanswered') : ctx.text(v ? 'yes' : 'no');
}
