import type { KindName } from '../../kinds/index.js';
import { md, type BodyBuilder, type Field, type RenderContext, type Table } from '../context.js';

/** What the shared header shows already (`views/index.ts`), so a section does not repeat it. */
const ENVELOPE = new Set(['kind', 'version', 'title', 'owner', 'status', 'updated', 'links']);

export interface Section {
  /** The field's name as the file writes it. */
  title: string;
  fields?: Field[];
  table?: Table;
  text?: string;
}

/**
 * The view of a kind that declares none of its own: every field the header does not show, in the
 * order the file writes them — a list of items as a table whose columns are the items' keys, a
 * group of fields as a list, any other value as text. So a new kind renders from its declaration
 * alone (with `templates/document.hbs`); a view of its own (`views/<kind>.ts`) says more.
 */
export const genericView: BodyBuilder<KindName> = (ctx, doc) => {
  const sections: Section[] = [];
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    if (ENVELOPE.has(key) || value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) sections.push({ title: md(key), table: tableOf(ctx, value) });
    else if (isRecord(value)) sections.push({ title: md(key), fields: Object.entries(value).map(([k, v]) => ({ label: md(k), value: cell(ctx, v) })) });
    else sections.push({ title: md(key), text: cell(ctx, value) });
  }
  return { sections };
};

function tableOf(ctx: RenderContext, items: Record<string, unknown>[]): Table {
  const columns = [...new Set(items.flatMap((item) => Object.keys(item)))];
  return { headers: columns.map(md), rows: items.map((item) => columns.map((c) => cell(ctx, item[c]))) };
}

/** One value as one line of Markdown: lists joined by `; `, a group as `key: value` pairs. */
function cell(ctx: RenderContext, value: unknown): string {
  if (value === undefined || value === null || value === '') return ctx.text('none');
  if (Array.isArray(value)) return value.length === 0 ? ctx.text('none') : value.map((v) => cell(ctx, v)).join('; ');
  if (isRecord(value)) return Object.entries(value).map(([k, v]) => `${md(k)}: ${cell(ctx, v)}`).join(', ');
  return md(String(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
