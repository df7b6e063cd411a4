import { t, type Lang } from '../i18n/index.js';
import type { PlanStatus } from '../model/status.js';
import { fitWidth, padWidth, textWidth } from '../text-width.js';

export const STATUS_COLUMNS = 80;

const MARK = { pass: '✓', fail: '✗', none: '·' } as const;

/** The plan at a glance, for a terminal: every line within `width` columns, in the workspace's language. */
export function statusText(s: PlanStatus, product: { id: string; name: string }, lang: Lang, width = STATUS_COLUMNS): string {
  const lines: string[] = [`${product.name} (${product.id}) · ${s.today}`];
  const section = (title: string, rows: string[][], empty?: string) => {
    lines.push('', t(lang, title as never));
    if (rows.length === 0) {
      if (empty) lines.push(`  ${t(lang, empty as never)}`);
      return;
    }
    // Columns sized to their widest cell, the last one taking what is left.
    const widths = rows[0]!.slice(0, -1).map((_, i) => Math.max(...rows.map((r) => textWidth(r[i]!))));
    for (const r of rows) lines.push(`  ${r.slice(0, -1).map((c, i) => padWidth(c, widths[i]!)).join('  ')}  ${r.at(-1)}`.trimEnd());
  };
  section('status.milestones', s.milestones.map((m) => [
    m.overdue ? '!' : m.status === 'done' ? '✓' : m.status === 'in-progress' ? '▶' : m.status === 'slipped' || m.status === 'at-risk' ? '!' : '·',
    m.id,
    m.status,
    `${m.start} → ${m.due}`,
    [m.bufferDays > 0 ? t(lang, 'status.buffer', { used: m.bufferUsed, days: m.bufferDays }) : '', m.overdue ? t(lang, 'status.overdue', { end: m.bufferEnd }) : ''].filter(Boolean).join(' ') || m.name,
  ]), 'status.none');
  section('status.metrics', s.metrics.flatMap((m) => [
    [MARK[m.verdict], m.id, m.value === undefined ? '—' : String(m.value), m.target ?? '—', m.evaluation ?? m.name],
    ...m.segments.map((g) => [MARK[g.verdict], `  · ${g.name}`, String(g.value), g.target ?? '—', '']),
  ]), 'status.none');
  section('status.decisions', s.decisions.map((d) => [d.overdue ? '!' : '·', d.due ?? '—', d.owner ?? '—', `${d.id ? `${d.id} ` : ''}${d.text}`]), 'status.none');
  section('status.risks', s.risks.map((r) => [`${r.impact}/${r.probability}`, r.id, r.description]), 'status.none');
  section('status.compliance', s.compliance.map((c) => [c.status, c.id, c.question]), 'status.none');
  return `${lines.map((l) => fitWidth(l, width)).join('\n')}\n`;
}
