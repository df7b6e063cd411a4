import { formatTarget, parseTarget, valueWithUnit, type Target } from '../kinds/common.js';
import { bufferEnd, judge, live, type Verdict } from '../model/queries.js';
import { addDays } from '../kinds/common.js';
import type { DocOf } from '../model/types.js';
import { fitWidth } from '../text-width.js';
import { enumText } from '../i18n/render-enums.js';
import { escapeHtml as x } from './html.js';
import type { RenderContext } from './context.js';

// The packet's charts as inline SVG, drawn from the model with hand-written geometry: each is a
// few rows of marks on a linear scale, which a chart library would not make shorter, and none
// ships a layout we could keep byte-stable and free of scripts as simply. Every chart is a
// <figure> with its own title, a summary for screen readers, and the same data as a table.

/** How many rows a chart draws before it summarises the rest. */
export const CHART_ROWS = 40;

const COLOR = { ink: '#1f2328', muted: '#59636e', line: '#d1d9e0', pass: '#1a7f37', fail: '#cf222e', none: '#6e7781', bar: '#0969da', soft: '#ddf4ff', buffer: '#bf8700' };

const num = (n: number) => String(Math.round(n * 10) / 10);
const plain = (s: string) => s.replace(/\\(.)/g, '$1');

/** Text at a point, cut to a width (in columns), the whole text as its tooltip. */
function label(px: number, py: number, text: string, columns: number, attrs = ''): string {
  const shown = fitWidth(text, columns);
  const tip = shown === text ? '' : `<title>${x(text)}</title>`;
  return `<text x="${num(px)}" y="${num(py)}"${attrs ? ` ${attrs}` : ''}>${tip}${x(shown)}</text>`;
}

interface Figure {
  id: string;
  caption: string;
  summary: string;
  width: number;
  height: number;
  body: string;
  table: { headers: string[]; rows: string[][] };
  defs?: string;
}

function figure(ctx: RenderContext, f: Figure): string {
  const t = ctx.text;
  return [
    `<figure class="chart" id="${f.id}">`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f.width} ${f.height}" width="${f.width}" height="${f.height}" role="img" aria-labelledby="${f.id}-title ${f.id}-desc" font-size="12" fill="${COLOR.ink}">`,
    `<title id="${f.id}-title">${x(f.caption)}</title>`,
    `<desc id="${f.id}-desc">${x(f.summary)}</desc>`,
    f.defs ? `<defs>${f.defs}</defs>` : '',
    f.body,
    '</svg>',
    `<figcaption>${x(f.caption)}: ${x(f.summary)}</figcaption>`,
    `<details><summary>${x(t('textEquivalent'))}</summary><div class="table"><table>`,
    `<thead><tr>${f.table.headers.map((h) => `<th scope="col">${x(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${f.table.rows.map((r) => `<tr>${r.map((c) => `<td>${x(c)}</td>`).join('')}</tr>`).join('')}</tbody>`,
    '</table></div></details>',
    '</figure>',
  ].filter(Boolean).join('\n');
}

/** A mark telling pass, fail and not judged apart by shape (and colour): circle, cross, diamond. */
function mark(cx: number, cy: number, verdict: Verdict, r: number, data: string): string {
  const common = `class="mark mark-${verdict}" ${data}`;
  if (verdict === 'pass') return `<circle ${common} cx="${num(cx)}" cy="${num(cy)}" r="${r}" fill="${COLOR.pass}"/>`;
  if (verdict === 'fail') {
    const d = r;
    return `<path ${common} d="M${num(cx - d)} ${num(cy - d)}L${num(cx + d)} ${num(cy + d)}M${num(cx - d)} ${num(cy + d)}L${num(cx + d)} ${num(cy - d)}" stroke="${COLOR.fail}" stroke-width="3" fill="none"/>`;
  }
  return `<path ${common} d="M${num(cx)} ${num(cy - r)}L${num(cx + r)} ${num(cy)}L${num(cx)} ${num(cy + r)}L${num(cx - r)} ${num(cy)}Z" fill="${COLOR.none}"/>`;
}

/** The verdict as a word (the shape tells it too; no emoji, which a printer may lack a font for). */
const verdictWord = (ctx: RenderContext, v: Verdict) => plain(ctx.text(v === 'pass' ? 'pass' : v === 'fail' ? 'fail' : 'notJudged')).replace(/^[^\p{L}]+/u, '');

function more(ctx: RenderContext, hidden: number, py: number): string {
  return hidden > 0 ? `<text x="10" y="${py}" fill="${COLOR.muted}">+${hidden} ${x(ctx.text('more'))}</text>` : '';
}

// ---- results against targets ---------------------------------------------------------------------

interface ResultRow {
  metric: string;
  name: string;
  segment?: string;
  value: number;
  interval?: [number, number];
  target?: Target;
  unit?: string;
  verdict: Verdict;
}

export function resultsChart(ctx: RenderContext): string | undefined {
  const rows: ResultRow[] = [];
  for (const m of live(ctx.model.items.metric)) {
    const latest = ctx.latest.get(m.id);
    if (!latest) continue;
    const result = latest.evaluation.value.results.find((r) => r.metric === m.id);
    const unit = m.value.unit;
    const target = parseTarget(m.value.target, m.value);
    const intervalOf = (r: { value: number; ci?: [number, number] | undefined; stderr?: number | undefined } | undefined) =>
      r?.ci ?? (r?.stderr !== undefined ? ([r.value - 1.96 * r.stderr, r.value + 1.96 * r.stderr] as [number, number]) : undefined);
    const interval = intervalOf(result as never);
    rows.push({ metric: m.id, name: m.value.name, value: latest.value, ...(interval ? { interval } : {}), ...(target ? { target } : {}), unit, verdict: judge(latest.value, m.value.target, m.value).verdict });
    for (const s of m.value.segments ?? []) {
      const value = latest.segments.get(s.name);
      if (value === undefined) continue;
      const sr = (result as { segments?: { name: string; value: number; ci?: [number, number]; stderr?: number }[] } | undefined)?.segments?.find((x) => x.name === s.name);
      const si = intervalOf(sr as never);
      const st = parseTarget(s.target, m.value);
      rows.push({ metric: m.id, name: m.value.name, segment: s.name, value, ...(si ? { interval: si } : {}), ...(st ? { target: st } : {}), unit, verdict: judge(value, s.target, m.value).verdict });
    }
  }
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, CHART_ROWS);
  const W = 900;
  const X0 = 300;
  const X1 = 640;
  const rowH = 34;
  const top = 24;
  const H = top + shown.length * rowH + (rows.length > shown.length ? 24 : 8);
  // The legend: each shape with its word.
  const body: string[] = [
    `<g class="legend" fill="${COLOR.muted}">`,
    ...(([[0, 'pass'], [90, 'fail'], [190, 'none']] as const).flatMap(([dx, verdict]) => [
      mark(X0 + dx, 10, verdict, 5, 'aria-hidden="true"').replace('class="mark ', 'class="key '),
      `<text x="${X0 + dx + 9}" y="14">${x(verdictWord(ctx, verdict))}</text>`,
    ])),
    `<line x1="${X0 + 290}" y1="4" x2="${X0 + 290}" y2="16" stroke="${COLOR.ink}" stroke-dasharray="3 2"/><text x="${X0 + 296}" y="14">${x(ctx.text('targetLine'))}</text>`,
    `<path d="M${X0 + 360} 10H${X0 + 380}M${X0 + 360} 5V15M${X0 + 380} 5V15" stroke="${COLOR.muted}" fill="none"/><text x="${X0 + 386}" y="14">${x(ctx.text('whisker'))}</text>`,
    '</g>',
  ];
  shown.forEach((r, i) => {
    const cy = top + i * rowH + rowH / 2;
    const values = [r.value, ...(r.interval ?? []), ...(r.target ? [r.target.value] : [])];
    let lo = Math.min(...values);
    let hi = Math.max(...values);
    const pad = hi === lo ? Math.max(1, Math.abs(hi) * 0.1) : (hi - lo) * 0.15;
    lo -= pad;
    hi += pad;
    const sx = (v: number) => X0 + ((v - lo) / (hi - lo)) * (X1 - X0);
    const unit = (v: number) => valueWithUnit(Number(v.toPrecision(6)), r.unit);
    const name = r.segment ? `  · ${r.segment}` : `${r.metric} ${r.name}`;
    body.push(`<g class="result" data-metric="${x(r.metric)}"${r.segment ? ` data-segment="${x(r.segment)}"` : ''}>`);
    if (i % 2 === 0) body.push(`<rect x="0" y="${num(cy - rowH / 2)}" width="${W}" height="${rowH}" fill="#f6f8fa"/>`);
    body.push(label(8, cy + 4, name, 44, r.segment ? `fill="${COLOR.muted}"` : ''));
    body.push(`<line x1="${X0}" y1="${num(cy)}" x2="${X1}" y2="${num(cy)}" stroke="${COLOR.line}"/>`);
    if (r.target) {
      const tx = sx(r.target.value);
      body.push(`<line class="target" x1="${num(tx)}" y1="${num(cy - 12)}" x2="${num(tx)}" y2="${num(cy + 12)}" stroke="${COLOR.ink}" stroke-dasharray="3 2"/>`);
    }
    if (r.interval) {
      const [a, b] = r.interval.map(sx) as [number, number];
      body.push(`<path class="whisker" d="M${num(a)} ${num(cy)}H${num(b)}M${num(a)} ${num(cy - 5)}V${num(cy + 5)}M${num(b)} ${num(cy - 5)}V${num(cy + 5)}" stroke="${COLOR.muted}" stroke-width="1.5" fill="none"/>`);
    }
    body.push(mark(sx(r.value), cy, r.verdict, r.segment ? 5 : 6, `data-value="${x(String(r.value))}"`));
    const text = `${unit(r.value)}${r.interval ? ` [${unit(r.interval[0])}–${unit(r.interval[1])}]` : ''} ${r.target ? `${r.target.op} ${unit(r.target.value)}` : ''} ${verdictWord(ctx, r.verdict)}`;
    body.push(label(X1 + 12, cy + 4, text, 42, `class="value"`));
    body.push('</g>');
  });
  body.push(more(ctx, rows.length - shown.length, H - 8));
  const t = ctx.text;
  const pass = rows.filter((r) => r.verdict === 'pass').length;
  const fail = rows.filter((r) => r.verdict === 'fail').length;
  return figure(ctx, {
    id: 'chart-results',
    caption: t('chartResults'),
    summary: `${rows.length} · ${verdictWord(ctx, 'pass')} ${pass} · ${verdictWord(ctx, 'fail')} ${fail} · ${verdictWord(ctx, 'none')} ${rows.length - pass - fail}`,
    width: W,
    height: H,
    body: body.join('\n'),
    table: {
      headers: [t('metric'), t('segment'), t('measured'), t('interval'), t('target'), t('verdictCol')],
      rows: rows.map((r) => [`${r.metric} ${r.name}`, r.segment ?? '—', valueWithUnit(r.value, r.unit), r.interval ? `${r.interval[0].toPrecision(4)}–${r.interval[1].toPrecision(4)}` : '—', r.target ? formatTarget(r.target) : '—', verdictWord(ctx, r.verdict)]),
    },
  });
}

// ---- milestone timeline ------------------------------------------------------------------------------

const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

export function timelineChart(ctx: RenderContext): string | undefined {
  const all = live(ctx.model.items.milestone).slice().sort((a, b) => (a.value.start < b.value.start ? -1 : a.value.start > b.value.start ? 1 : a.id < b.id ? -1 : 1));
  if (all.length === 0) return undefined;
  const shown = all.slice(0, CHART_ROWS);
  const t = ctx.text;
  const ends = shown.map((m) => day(addDays(bufferEnd(m.value), 1)));
  const starts = shown.map((m) => day(m.value.start));
  const today = ctx.date ? day(ctx.date) : undefined;
  const d0 = Math.min(...starts, ...(today !== undefined ? [today] : []));
  const d1 = Math.max(...ends, ...(today !== undefined ? [today + 1] : []));
  const W = 900;
  const X0 = 290;
  const X1 = 880;
  const rowH = 28;
  const top = 30;
  const H = top + shown.length * rowH + 30;
  const sx = (d: number) => X0 + ((d - d0) / Math.max(1, d1 - d0)) * (X1 - X0);
  const body: string[] = [];
  // Month ticks.
  for (let d = d0; d <= d1; d++) {
    const date = new Date(d * 86_400_000).toISOString().slice(0, 10);
    if (!date.endsWith('-01') && d !== d0) continue;
    body.push(`<line x1="${num(sx(d))}" y1="${top - 6}" x2="${num(sx(d))}" y2="${H - 24}" stroke="${COLOR.line}"/>`, `<text x="${num(sx(d) + 3)}" y="${top - 10}" fill="${COLOR.muted}">${x(date.slice(0, 7))}</text>`);
  }
  const rowOf = new Map(shown.map((m, i) => [m.id, i]));
  const cyOf = (i: number) => top + i * rowH + rowH / 2;
  shown.forEach((m, i) => {
    const cy = cyOf(i);
    const s = day(m.value.start);
    const e = day(m.value.due) + 1;
    const b = day(bufferEnd(m.value)) + 1;
    const status = enumText(ctx.lang, 'milestoneStatus', m.value.status);
    const late = m.value.status === 'at-risk' || m.value.status === 'slipped' || (ctx.date !== '' && m.value.status !== 'done' && ctx.date > bufferEnd(m.value));
    body.push(`<g class="milestone" data-id="${x(m.id)}">`);
    body.push(label(8, cy + 4, `${m.id} ${m.value.name}`, 30));
    body.push(label(X0 - 8, cy + 4, status, 10, `text-anchor="end" fill="${late ? COLOR.fail : COLOR.muted}"`));
    const fill = m.value.status === 'done' ? COLOR.pass : late ? COLOR.fail : COLOR.bar;
    body.push(`<rect class="bar" x="${num(sx(s))}" y="${num(cy - 8)}" width="${num(Math.max(2, sx(e) - sx(s)))}" height="16" rx="3" fill="${fill}"${m.value.status === 'done' ? '' : ' fill-opacity="0.85"'}><title>${x(`${m.id} ${m.value.start} → ${m.value.due}`)}</title></rect>`);
    if (b > e) body.push(`<rect class="buffer" x="${num(sx(e))}" y="${num(cy - 8)}" width="${num(sx(b) - sx(e))}" height="16" fill="url(#hatch)" stroke="${COLOR.buffer}"><title>${x(`${t('buffer')} ${m.value.buffer_days} → ${bufferEnd(m.value)}`)}</title></rect>`);
    body.push('</g>');
  });
  // Dependencies: from the end of what a milestone waits for to its start.
  for (const m of shown) {
    for (const dep of m.value.depends_on ?? []) {
      const from = rowOf.get(dep);
      const to = rowOf.get(m.id)!;
      if (from === undefined) continue;
      const fm = shown[from]!;
      const fx = sx(day(bufferEnd(fm.value)) + 1);
      const tx = sx(day(m.value.start));
      body.push(`<path class="dependency" d="M${num(fx)} ${num(cyOf(from) + 8)}V${num(cyOf(to))}H${num(Math.max(tx, fx + 4))}" stroke="${COLOR.muted}" fill="none" marker-end="url(#arrow)"/>`);
    }
  }
  if (today !== undefined && ctx.date) {
    const tx = sx(today);
    body.push(`<line class="today" x1="${num(tx)}" y1="${top - 6}" x2="${num(tx)}" y2="${H - 24}" stroke="${COLOR.fail}" stroke-width="2" stroke-dasharray="4 3"/>`, `<text x="${num(tx)}" y="${H - 10}" text-anchor="middle" fill="${COLOR.fail}">${x(`${t('today')} ${ctx.date}`)}</text>`);
  }
  body.push(more(ctx, all.length - shown.length, H - 10));
  return figure(ctx, {
    id: 'chart-timeline',
    caption: t('chartTimeline'),
    summary: `${all.length} · ${all[0]!.value.start} → ${all.map((m) => bufferEnd(m.value)).sort().at(-1)}${ctx.date ? ` · ${t('today')} ${ctx.date}` : ''}`,
    width: W,
    height: H,
    defs: `<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff8c5"/><line x1="0" y1="0" x2="0" y2="6" stroke="${COLOR.buffer}" stroke-width="2"/></pattern><marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L8 4L0 8Z" fill="${COLOR.muted}"/></marker>`,
    body: body.join('\n'),
    table: {
      headers: [t('id'), t('name'), t('start'), t('due'), t('bufferEnd'), t('status'), t('dependsOn')],
      rows: all.map((m) => [m.id, m.value.name, m.value.start, m.value.due, bufferEnd(m.value), enumText(ctx.lang, 'milestoneStatus', m.value.status), (m.value.depends_on ?? []).join(', ') || '—']),
    },
  });
}

// ---- rollout ------------------------------------------------------------------------------------------

export function rolloutChart(ctx: RenderContext): string | undefined {
  const plans = live(ctx.model.docs['launch-plan']);
  const stages = plans.flatMap((p) => p.value.rollout);
  if (stages.length === 0) return undefined;
  const shown = stages.slice(0, CHART_ROWS);
  const t = ctx.text;
  const W = 900;
  const X0 = 200;
  const X1 = 440;
  const rowH = 40;
  const top = 10;
  const H = top + shown.length * rowH + (stages.length > shown.length ? 24 : 4);
  const body: string[] = [];
  shown.forEach((s, i) => {
    const y = top + i * rowH;
    body.push(`<g class="stage">`);
    body.push(label(8, y + 18, s.stage, 26));
    body.push(`<rect x="${X0}" y="${y + 6}" width="${X1 - X0}" height="16" fill="${COLOR.soft}"/>`);
    body.push(`<rect class="traffic" x="${X0}" y="${y + 6}" width="${num(((X1 - X0) * Math.min(100, Math.max(0, s.traffic))) / 100)}" height="16" fill="${COLOR.bar}" data-value="${s.traffic}"/>`);
    body.push(`<text x="${X1 + 8}" y="${y + 18}">${x(`${s.traffic}%${s.days !== undefined ? ` · ${s.days} ${t('days')}` : ''}`)}</text>`);
    const exit = (s.exit_criteria ?? []).join('; ');
    if (exit) body.push(label(X0, y + 36, `${t('exitCriteria')}: ${exit}`, 110, `fill="${COLOR.muted}" font-size="11"`));
    body.push('</g>');
  });
  body.push(more(ctx, stages.length - shown.length, H - 6));
  return figure(ctx, {
    id: 'chart-rollout',
    caption: t('chartRollout'),
    summary: stages.map((s) => `${s.stage} ${s.traffic}%`).join(' → '),
    width: W,
    height: H,
    body: body.join('\n'),
    table: {
      headers: [t('stage'), t('traffic'), t('days'), t('exitCriteria')],
      rows: stages.map((s) => [s.stage, `${s.traffic}%`, s.days === undefined ? '—' : String(s.days), (s.exit_criteria ?? []).join('; ') || '—']),
    },
  });
}

// ---- value against difficulty ---------------------------------------------------------------------

export function quadrantChart(ctx: RenderContext): string | undefined {
  const t = ctx.text;
  const placed = live(ctx.model.items.requirement).filter((r) => r.value.status !== 'dropped' && r.value.value !== undefined && r.value.difficulty !== undefined);
  if (placed.length === 0) return undefined;
  const W = 560;
  const P = 60;
  const S = 440;
  const sx = (d: number) => P + ((d - 0.5) / 5) * S;
  const sy = (v: number) => 20 + S - ((v - 0.5) / 5) * S;
  const body: string[] = [
    `<rect x="${P}" y="20" width="${S}" height="${S}" fill="#fff" stroke="${COLOR.line}"/>`,
    `<line x1="${P + S / 2}" y1="20" x2="${P + S / 2}" y2="${20 + S}" stroke="${COLOR.line}"/>`,
    `<line x1="${P}" y1="${20 + S / 2}" x2="${P + S}" y2="${20 + S / 2}" stroke="${COLOR.line}"/>`,
    `<text x="${P + S * 0.75}" y="40" text-anchor="middle" fill="${COLOR.muted}">${x(t('q1'))}</text>`,
    `<text x="${P + S * 0.25}" y="40" text-anchor="middle" fill="${COLOR.muted}">${x(t('q2'))}</text>`,
    `<text x="${P + S * 0.25}" y="${20 + S - 10}" text-anchor="middle" fill="${COLOR.muted}">${x(t('q3'))}</text>`,
    `<text x="${P + S * 0.75}" y="${20 + S - 10}" text-anchor="middle" fill="${COLOR.muted}">${x(t('q4'))}</text>`,
    `<text x="${P}" y="${S + 44}" fill="${COLOR.muted}">${x(t('xLow'))}</text>`,
    `<text x="${P + S}" y="${S + 44}" text-anchor="end" fill="${COLOR.muted}">${x(t('xHigh'))} →</text>`,
    `<text x="16" y="${20 + S}" fill="${COLOR.muted}" transform="rotate(-90 16 ${20 + S})">${x(t('yLow'))}</text>`,
    `<text x="16" y="20" fill="${COLOR.muted}" text-anchor="end" transform="rotate(-90 16 20)">${x(t('yHigh'))} →</text>`,
  ];
  const seen = new Map<string, number>();
  for (const r of placed.slice(0, CHART_ROWS * 2)) {
    const key = `${r.value.value}/${r.value.difficulty}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const cx = sx(r.value.difficulty!);
    const cy = sy(r.value.value!) + n * 14;
    body.push(`<g class="point"><circle class="mark" cx="${num(cx)}" cy="${num(cy)}" r="5" fill="${COLOR.bar}" data-value="${r.value.value}" data-difficulty="${r.value.difficulty}"/>${label(cx + 8, cy + 4, r.id, 22)}<title>${x(`${r.id} ${r.value.title}`)}</title></g>`);
  }
  body.push(more(ctx, placed.length - Math.min(placed.length, CHART_ROWS * 2), S + 58));
  return figure(ctx, {
    id: 'chart-quadrant',
    caption: t('quadrantTitle'),
    summary: placed.map((r) => `${r.id} ${t('value')} ${r.value.value} ${t('difficulty')} ${r.value.difficulty}`).join('; '),
    width: W,
    height: S + 64,
    body: body.join('\n'),
    table: {
      headers: [t('id'), t('title'), t('value'), t('difficulty')],
      rows: placed.map((r) => [r.id, r.value.title, String(r.value.value), String(r.value.difficulty)]),
    },
  });
}

// ---- data pipeline ----------------------------------------------------------------------------------

export function pipelineChart(ctx: RenderContext, doc: DocOf<'solution'>, index: number, stageLabel: (stage: string) => string): string | undefined {
  const steps = doc.pipeline ?? [];
  if (steps.length === 0) return undefined;
  const t = ctx.text;
  const byId = new Map(steps.map((s) => [s.id, s]));
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    if (depth.has(id)) return depth.get(id)!;
    if (seen.has(id)) return 0;
    seen.add(id);
    const after = (byId.get(id)?.after ?? []).filter((a) => byId.has(a));
    const d = after.length ? 1 + Math.max(...after.map((a) => depthOf(a, seen))) : 0;
    depth.set(id, d);
    return d;
  };
  for (const s of steps) depthOf(s.id, new Set());
  const columns: string[][] = [];
  for (const s of steps) (columns[depth.get(s.id)!] ??= []).push(s.id);
  const BW = 170;
  const BH = 48;
  const GX = 50;
  const GY = 20;
  const W = 20 + columns.length * (BW + GX);
  const H = 20 + Math.max(...columns.map((c) => c?.length ?? 0)) * (BH + GY);
  const at = new Map<string, { px: number; py: number }>();
  columns.forEach((col, ci) => col?.forEach((id, ri) => at.set(id, { px: 10 + ci * (BW + GX), py: 10 + ri * (BH + GY) })));
  const body: string[] = [];
  for (const s of steps) {
    const to = at.get(s.id)!;
    for (const a of s.after ?? []) {
      const from = at.get(a);
      if (!from) continue;
      body.push(`<path class="edge" d="M${num(from.px + BW)} ${num(from.py + BH / 2)}C${num(from.px + BW + GX / 2)} ${num(from.py + BH / 2)} ${num(to.px - GX / 2)} ${num(to.py + BH / 2)} ${num(to.px)} ${num(to.py + BH / 2)}" stroke="${COLOR.muted}" fill="none" marker-end="url(#arrow-${index})"/>`);
    }
  }
  for (const s of steps) {
    const { px, py } = at.get(s.id)!;
    body.push(`<g class="step"><rect x="${px}" y="${py}" width="${BW}" height="${BH}" rx="6" fill="${COLOR.soft}" stroke="${COLOR.bar}"/>${label(px + 8, py + 19, `${s.id} · ${stageLabel(s.stage)}`, 26, `font-size="11" fill="${COLOR.muted}"`)}${label(px + 8, py + 37, s.step, 26)}</g>`);
  }
  return figure(ctx, {
    id: `chart-pipeline-${index}`,
    caption: `${t('chartPipeline')} · ${doc.title}`,
    summary: steps.map((s) => `${s.id}${s.after?.length ? ` ← ${s.after.join(', ')}` : ''}`).join('; '),
    width: W,
    height: H,
    defs: `<marker id="arrow-${index}" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L8 4L0 8Z" fill="${COLOR.muted}"/></marker>`,
    body: body.join('\n'),
    table: {
      headers: [t('id'), t('step'), t('stage'), t('after')],
      rows: steps.map((s) => [s.id, s.step, stageLabel(s.stage), (s.after ?? []).join(', ') || '—']),
    },
  });
}
