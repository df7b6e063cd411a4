import { formatTarget, parseTarget } from '../kinds/common.js';
import type { KindName } from '../kinds/index.js';
import { firstById, latestValues, type LatestValue, type Verdict } from '../model/queries.js';
import type { CheckedFile, DocOf, Entry, Model } from '../model/types.js';
import type { Lang } from '../i18n/index.js';
import { renderText, type RenderTextKey } from '../i18n/render.js';
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
}

export function renderContext(model: Model, lang: Lang, date: string): RenderContext {
  const metrics = firstById(model.items.metric);
  const datasets = firstById(model.items.dataset);
  return { lang, model, date, latest: latestValues(model), metric: (id) => metrics.get(id), dataset: (id) => datasets.get(id), text: (key) => renderText[lang][key] };
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

export function target(value: unknown): string {
  const t = parseTarget(value);
  return t ? md(formatTarget(t)) : '';
}

export function verdictText(ctx: RenderContext, verdict: Verdict): string {
  return ctx.text(verdict === 'pass' ? 'pass' : verdict === 'fail' ? 'fail' : 'notJudged');
}

export function yesNo(ctx: RenderContext, v: boolean | undefined): string {
  return v === undefined ? ctx.text('unanswered') : ctx.text(v ? 'yes' : 'no');
}
