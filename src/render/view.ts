import { addDays, formatTarget, parseTarget } from '../kinds/common.js';
import { kinds, type KindName } from '../kinds/index.js';
import { latestValues, judge, type LatestValue, type Verdict } from '../check/metric-status.js';
import type { CheckedFile, DocTypes, Entry, Model } from '../check/types.js';
import type { Lang } from '../i18n/index.js';
import { renderText, type RenderTextKey } from '../i18n/render.js';
import { escapeBlock, escapeInline, linkOrText } from './markdown.js';
import { gantt, quadrant } from './mermaid.js';

/** View models: plain objects holding Markdown-escaped text, laid out by the templates. */
export interface Table {
  headers: string[];
  rows: string[][];
}
export interface Field {
  label: string;
  value: string;
}
export interface Item {
  heading: string;
  fields: Field[];
}

export interface DocView {
  lang: Lang;
  /** Heading offset: 0 for a document of its own, 2 inside the packet. */
  depth: number;
  kind: KindName;
  title: string;
  /** The title as plain text, for anchors. */
  plainTitle: string;
  header: Field[];
  [section: string]: unknown;
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

function firstById<K extends 'metric' | 'dataset'>(entries: readonly Entry<K>[]): Map<string, Entry<K>> {
  const byId = new Map<string, Entry<K>>();
  for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e);
  return byId;
}

export function renderContext(model: Model, lang: Lang, date: string): RenderContext {
  const metrics = firstById(model.items.metric);
  const datasets = firstById(model.items.dataset);
  return { lang, model, date, latest: latestValues(model), metric: (id) => metrics.get(id), dataset: (id) => datasets.get(id), text: (key) => renderText[lang][key] };
}

const md = escapeInline;
const list = (values: readonly string[] | undefined) => (values?.length ? values.map(md).join('; ') : '');
const dash = (ctx: RenderContext, value: string | number | undefined) => (value === undefined || value === '' ? ctx.text('none') : String(value));

function fields(ctx: RenderContext, pairs: [RenderTextKey, string | undefined][]): Field[] {
  return pairs.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => ({ label: ctx.text(k), value: v! }));
}

function table(ctx: RenderContext, headers: RenderTextKey[], rows: (string | number | undefined)[][]): Table | undefined {
  if (rows.length === 0) return undefined;
  return { headers: headers.map((h) => ctx.text(h)), rows: rows.map((r) => r.map((c) => dash(ctx, c))) };
}

function target(value: unknown): string {
  const t = parseTarget(value);
  return t ? md(formatTarget(t)) : '';
}

function verdictText(ctx: RenderContext, verdict: Verdict): string {
  return ctx.text(verdict === 'pass' ? 'pass' : verdict === 'fail' ? 'fail' : 'notJudged');
}

function yesNo(ctx: RenderContext, v: boolean | undefined): string {
  return v === undefined ? ctx.text('unanswered') : ctx.text(v ? 'yes' : 'no');
}

/** The view of one spec file's document, for its kind's template. */
export function documentView(ctx: RenderContext, file: CheckedFile, depth: number, source: string): DocView {
  const kind = file.kind!;
  const doc = file.doc!;
  const header = fields(ctx, [
    ['kind', kinds[kind].title[ctx.lang]],
    ['owner', md(doc.owner)],
    ['status', doc.status],
    ['updated', doc.updated],
    ['links', (doc as { links?: string[] }).links?.map(linkOrText).join(', ')],
    ['source', `\`${source.replace(/`/g, '')}\``],
  ]);
  const base = { lang: ctx.lang, depth, kind, title: md(doc.title), plainTitle: doc.title, header };
  const body = bodies[kind](ctx, doc as never, file);
  return { ...base, ...body };
}

type BodyBuilder<K extends KindName> = (ctx: RenderContext, doc: DocTypes[K], file: CheckedFile) => Record<string, unknown>;

const bodies: { [K in KindName]: BodyBuilder<K> } = {
  requirements: (ctx, doc) => ({
    overview: table(
      ctx,
      ['id', 'title', 'priority', 'status', 'owner', 'value', 'difficulty', 'targets', 'datasets', 'due'],
      doc.requirements.map((r) => [r.id, md(r.title), r.priority, r.status, md(r.owner), r.value, r.difficulty, r.targets?.map((t) => t.metric).join(', '), r.datasets?.join(', '), r.due]),
    ),
    items: doc.requirements.map((r) => ({
      heading: `${r.id} ${md(r.title)}`,
      fields: fields(ctx, [
        ['problem', escapeBlock(r.problem)],
        ['type', r.type],
        ['scenario', r.scenario && md(r.scenario)],
        ['pain', r.pain && `${r.pain.frequency} / ${r.pain.reach} / ${r.pain.cost}`],
        ['aiFit', r.ai_fit && md(r.ai_fit)],
        ['feasibility', r.feasibility && `${r.feasibility.verdict}${r.feasibility.note ? ` (${md(r.feasibility.note)})` : ''}`],
        ['targets', r.targets?.map((t) => `${t.metric}${t.target !== undefined ? ` ${target(t.target)}` : ''}`).join(', ')],
        ['scopeIn', list(r.scope?.in)],
        ['scopeOut', list(r.scope?.out)],
        ['alternatives', list(r.alternatives)],
      ]),
    })),
  }),
  'data-feasibility': (ctx, doc) => ({
    facts: fields(ctx, [['conclusion', doc.conclusion && `**${doc.conclusion}**`]]),
    overview: table(
      ctx,
      ['id', 'name', 'source_', 'availability', 'volume', 'verdict', 'owner'],
      doc.datasets.map((d) => [d.id, md(d.name), d.source, d.availability, d.volume && `${d.volume.have} / ${d.volume.need}${d.volume.unit ? ` ${md(d.volume.unit)}` : ''}`, d.verdict, md(d.owner)]),
    ),
    items: doc.datasets.map((d) => ({
      heading: `${d.id} ${md(d.name)}`,
      fields: fields(ctx, [
        ['quality', d.quality && [
          d.quality.missing_rate !== undefined ? `${ctx.text('missingRate')} ${d.quality.missing_rate}` : '',
          d.quality.anomaly_rate !== undefined ? `${ctx.text('anomalyRate')} ${d.quality.anomaly_rate}` : '',
          d.quality.label_error_rate !== undefined ? `${ctx.text('labelErrorRate')} ${d.quality.label_error_rate}` : '',
        ].filter(Boolean).join(', ')],
        ['coverage', d.coverage?.map((c) => `${md(c.scenario)} (${ctx.text(c.covered ? 'covered' : 'notCovered')})`).join(', ')],
        ['biasRisks', list(d.bias_risks)],
        ['labeling', d.labeling && [
          `${ctx.text('labelRequired')}: ${yesNo(ctx, d.labeling.required)}`,
          d.labeling.max_error_rate !== undefined ? `${ctx.text('labelMaxError')}: ${d.labeling.max_error_rate}` : '',
          d.labeling.sample_rate !== undefined ? `${ctx.text('labelSample')}: ${d.labeling.sample_rate}` : '',
          d.labeling.rules ? `${ctx.text('labelRules')}: ${md(d.labeling.rules)}` : '',
        ].filter(Boolean).join(', ')],
        ['compliance', d.compliance && [
          `${ctx.text('personalData')}: ${yesNo(ctx, d.compliance.personal_data)}`,
          `${ctx.text('consent')}: ${yesNo(ctx, d.compliance.consent)}`,
          `${ctx.text('anonymized')}: ${yesNo(ctx, d.compliance.anonymized)}`,
          d.compliance.basis ? `${ctx.text('basis')}: ${md(d.compliance.basis)}` : '',
        ].filter(Boolean).join(', ')],
        ['gaps', list(d.gaps)],
      ]),
    })),
  }),
  metrics: (ctx, doc) => ({
    overview: table(
      ctx,
      ['id', 'name', 'layer', 'target', 'baseline', 'latest', 'verdictCol', 'owner'],
      doc.metrics.map((m) => {
        const latest = ctx.latest.get(m.id);
        return [m.id, md(m.name), m.layer, target(m.target), m.baseline, latest?.value, latest ? verdictText(ctx, judge(latest.value, m.target).verdict) : undefined, md(m.owner)];
      }),
    ),
    items: doc.metrics.map((m) => ({
      heading: `${m.id} ${md(m.name)}`,
      fields: fields(ctx, [
        ['definition', escapeBlock(m.definition)],
        ['unit', md(m.unit)],
        ['redLine', m.red_line && `${target(m.red_line.target)}${m.red_line.action ? `, ${ctx.text('action')}: ${md(m.red_line.action)}` : ''}`],
        ['measuredOn', m.measured_on && `${m.measured_on.dataset} (${m.measured_on.method})`],
        ['supports', m.supports?.join(', ')],
        ['guards', m.guards?.join(', ')],
        ['segments', m.segments?.map((s) => `${md(s.name)} ${target(s.target)}`).join(', ')],
      ]),
    })),
  }),
  milestones: (ctx, doc) => ({
    cadence: doc.cadence && fields(ctx, [['standup', doc.cadence.standup && md(doc.cadence.standup)], ['sync', doc.cadence.sync && md(doc.cadence.sync)], ['review', doc.cadence.review && md(doc.cadence.review)]]),
    overview: table(
      ctx,
      ['id', 'name', 'stage', 'owner', 'start', 'due', 'buffer', 'status', 'dependsOn'],
      doc.milestones.map((m) => [m.id, md(m.name), m.stage, md(m.owner), m.start, m.due, m.buffer_days, m.status, m.depends_on?.join(', ')]),
    ),
    items: doc.milestones.map((m) => ({
      heading: `${m.id} ${md(m.name)}`,
      fields: fields(ctx, [
        ['requirements', m.requirements?.join(', ')],
        ['deliverables', list(m.deliverables)],
        ['acceptance', list(m.acceptance)],
        ['doneOn', m.done_on],
      ]),
    })),
    risks: table(
      ctx,
      ['id', 'description', 'probability', 'impact', 'owner', 'mitigation', 'trigger', 'affects', 'status'],
      (doc.risks ?? []).map((r) => [r.id, md(r.description), r.probability, r.impact, r.owner && md(r.owner), r.mitigation && md(r.mitigation), r.trigger && md(r.trigger), r.affects?.join(', '), r.status]),
    ),
  }),
  review: (ctx, doc) => ({
    meeting: fields(ctx, [['date', doc.date], ['participants', list(doc.participants)], ['focus', list(doc.focus)]]),
    decisions: table(
      ctx,
      ['id', 'decision', 'owner', 'due', 'status', 'rationale', 'risks'],
      doc.decisions.map((d) => [d.id, md(d.decision), d.owner && md(d.owner), d.due, d.status, d.rationale && md(d.rationale), list(d.risks)]),
    ),
    questions: table(ctx, ['question', 'owner', 'followUp'], (doc.open_questions ?? []).map((q) => [md(q.question), q.owner && md(q.owner), q.follow_up])),
    changes: table(ctx, ['ref', 'change'], (doc.changes ?? []).map((c) => [c.ref, md(c.change)])),
  }),
  evaluation: (ctx, doc) => {
    const segmentRows: (string | number | undefined)[][] = [];
    const results = doc.results.map((r) => {
      const m = ctx.metric(r.metric);
      for (const s of r.segments ?? []) {
        const segmentTarget = m?.value.segments?.find((x) => x.name === s.name)?.target;
        segmentRows.push([r.metric, md(s.name), s.value, target(segmentTarget), verdictText(ctx, judge(s.value, segmentTarget).verdict)]);
      }
      return [r.metric, m ? md(m.value.name) : undefined, r.value, target(m?.value.target), verdictText(ctx, judge(r.value, m?.value.target).verdict)];
    });
    const experimentMetrics = [...new Set((doc.experiments ?? []).flatMap((e) => Object.keys(e.results ?? {})))].sort();
    return {
      facts: fields(ctx, [['id', doc.id], ['model', md(doc.model)], ['date', doc.date], ['dataset', doc.dataset], ['decision', `**${doc.decision}**`]]),
      results: table(ctx, ['metric', 'name', 'value', 'target', 'verdictCol'], results),
      segments: table(ctx, ['metric', 'segment', 'value', 'target', 'verdictCol'], segmentRows),
      experiments: doc.experiments?.length
        ? {
            headers: [ctx.text('id'), ctx.text('change'), ...experimentMetrics],
            rows: doc.experiments.map((e) => [e.id, md(e.change), ...experimentMetrics.map((k) => dash(ctx, e.results?.[k]))]),
          }
        : undefined,
      analysis: doc.analysis && escapeBlock(doc.analysis),
    };
  },
  'launch-plan': (ctx, doc) => ({
    facts: fields(ctx, [['strategy', doc.strategy], ['reason', doc.reason && md(doc.reason)], ['notice', doc.notice && md(doc.notice)]]),
    rollout: table(ctx, ['stage', 'traffic', 'days', 'exitCriteria'], doc.rollout.map((s) => [md(s.stage), `${s.traffic}%`, s.days, list(s.exit_criteria)])),
    rollback: doc.rollback && fields(ctx, [
      ['triggers', doc.rollback.triggers?.map((t) => `${t.metric} ${target(t.target)}`).join(', ')],
      ['procedure', doc.rollback.procedure && md(doc.rollback.procedure)],
      ['owner', doc.rollback.owner && md(doc.rollback.owner)],
      ['maxMinutes', doc.rollback.max_minutes?.toString()],
    ]),
    fallbacks: table(ctx, ['when', 'action'], (doc.fallbacks ?? []).map((f) => [md(f.when), md(f.action)])),
    monitoring: table(ctx, ['metric', 'alert', 'dashboard'], (doc.monitoring ?? []).map((m) => [m.metric, m.alert && md(m.alert), m.dashboard && md(m.dashboard)])),
    drift: doc.drift && fields(ctx, [['signals', list(doc.drift.signals)], ['retrain', doc.drift.retrain && md(doc.drift.retrain)]]),
  }),
  compliance: (ctx, doc) => ({
    regulations: list(doc.regulations),
    checks: table(ctx, ['id', 'area', 'question', 'status', 'evidence', 'owner'], doc.checks.map((c) => [c.id, c.area, md(c.question), c.status, c.evidence && md(c.evidence), c.owner && md(c.owner)])),
  }),
};

// ---- the packet ------------------------------------------------------------------------------

export interface PacketView {
  lang: Lang;
  title: string;
  cover: Field[];
  artifactTable?: Table;
  attention: { risks?: Table; decisions?: Table; questions?: Table; overdue?: Table; failing?: Table; nothing: boolean };
  trace?: Table;
  gantt?: string;
  quadrant?: string;
  notPlaced?: string;
  /** Each artifact, rendered with its own template one level down. */
  artifacts: string[];
}

const live = <T extends { file: CheckedFile }>(xs: readonly T[]) => xs.filter((x) => x.file.status !== 'superseded');
const LEVEL = { high: 3, medium: 2, low: 1 } as const;

export function packetView(ctx: RenderContext, product: { id: string; name: string; owner: string; type?: string }, files: readonly CheckedFile[], artifacts: string[]): PacketView {
  const { model, date } = ctx;
  const t = ctx.text;
  const overdueMark = (due: string | undefined) => (due && due < date ? ` ${t('overdueMark')}` : '');
  const risks = live(model.items.risk)
    .filter((r) => r.value.status !== 'closed')
    .sort((a, b) => LEVEL[b.value.impact] - LEVEL[a.value.impact] || LEVEL[b.value.probability] - LEVEL[a.value.probability] || (a.id < b.id ? -1 : 1));
  const decisions = live(model.items.decision).filter((d) => d.value.status === 'open');
  const questions = live(model.docs.review).flatMap((r) => r.value.open_questions ?? []);
  const overdue = live(model.items.milestone).filter((m) => m.value.status !== 'done' && date > addDays(m.value.due, m.value.buffer_days ?? 0));
  const failing = live(model.items.metric).flatMap((m) => {
    const latest = ctx.latest.get(m.id);
    if (!latest) return [];
    const rows = judge(latest.value, m.value.target).verdict === 'fail' ? [{ m, name: md(m.value.name), value: latest.value, goal: m.value.target as unknown, latest }] : [];
    for (const s of m.value.segments ?? []) {
      const value = latest.segments.get(s.name);
      if (value !== undefined && judge(value, s.target).verdict === 'fail') rows.push({ m, name: `${md(m.value.name)} · ${md(s.name)}`, value, goal: s.target, latest });
    }
    return rows;
  });
  const attention = {
    risks: table(ctx, ['id', 'description', 'probability', 'impact', 'owner', 'mitigation'], risks.map((r) => [r.id, md(r.value.description), r.value.probability, r.value.impact, r.value.owner && md(r.value.owner), r.value.mitigation && md(r.value.mitigation)])),
    decisions: table(ctx, ['id', 'decision', 'owner', 'due'], decisions.map((d) => [d.id, md(d.value.decision), d.value.owner && md(d.value.owner), d.value.due && `${d.value.due}${overdueMark(d.value.due)}`])),
    questions: table(ctx, ['question', 'owner', 'followUp'], questions.map((q) => [md(q.question), q.owner && md(q.owner), q.follow_up && `${q.follow_up}${overdueMark(q.follow_up)}`])),
    overdue: table(ctx, ['id', 'name', 'due', 'bufferEnd', 'status'], overdue.map((m) => [m.id, md(m.value.name), m.value.due, addDays(m.value.due, m.value.buffer_days ?? 0), m.value.status])),
    failing: table(ctx, ['metric', 'name', 'latest', 'target', 'evaluation'], failing.map(({ m, name, value, goal, latest }) => [m.id, name, value, target(goal), latest.evaluation.id])),
    nothing: risks.length + decisions.length + questions.length + overdue.length + failing.length === 0,
  };
  const docs = files.filter((f) => f.kind && f.doc);
  return {
    lang: ctx.lang,
    title: `${md(product.name)} ${t('packet')}`,
    cover: fields(ctx, [['product', md(product.name)], ['productId', product.id], ['owner', md(product.owner)], ['productType', product.type], ['asOf', date]]),
    artifactTable: table(ctx, ['title', 'kind', 'owner', 'status', 'updated'], docs.map((f) => [md(f.doc!.title), kinds[f.kind!].title[ctx.lang], md(f.doc!.owner), f.doc!.status, f.doc!.updated])),
    attention,
    trace: traceability(ctx),
    ...charts(ctx),
    artifacts,
  };
}

function traceability(ctx: RenderContext): Table | undefined {
  const { model, text: t } = ctx;
  const order = { P0: 0, P1: 1, P2: 2, P3: 3 } as const;
  const requirements = live(model.items.requirement)
    .filter((r) => r.value.status !== 'dropped')
    .sort((a, b) => order[a.value.priority] - order[b.value.priority] || (a.id < b.id ? -1 : 1));
  const milestones = live(model.items.milestone);
  return table(
    ctx,
    ['requirement', 'metrics', 'datasets', 'milestones', 'gaps'],
    requirements.map((r) => {
      const gaps: string[] = [];
      const metricCells = (r.value.targets ?? []).map((tg) => {
        const m = ctx.metric(tg.metric);
        const goal = tg.target ?? m?.value.target;
        const latest = ctx.latest.get(tg.metric);
        const { verdict } = judge(latest?.value, goal);
        // Segments that miss their own targets, from the same evaluation.
        const missed = (m?.value.segments ?? []).filter((s) => {
          const v = latest?.segments.get(s.name);
          return judge(v, s.target).verdict === 'fail';
        });
        if (verdict === 'fail' || missed.length > 0) gaps.push(t('gapFailing'));
        const segmentNote = missed.map((s) => ` (${md(s.name)} ${latest!.segments.get(s.name)} ${t('fail')})`).join('');
        return `${tg.metric} ${target(goal)} → ${latest ? `${latest.value} ${verdictText(ctx, verdict)}${segmentNote}` : t('notJudged')}`;
      });
      if (metricCells.length === 0) gaps.push(t('gapNoMetric'));
      const datasetCells = (r.value.datasets ?? []).map((id) => {
        const verdict = ctx.dataset(id)?.value.verdict;
        if (verdict === 'no-go') gaps.push(t('gapNoGo'));
        return `${id} (${verdict ?? '?'})`;
      });
      const delivering = milestones.filter((m) => m.value.requirements?.includes(r.id)).map((m) => `${m.id} (${m.value.status})`);
      if (delivering.length === 0) gaps.push(t('gapNoMilestone'));
      return [`${r.id} ${md(r.value.title)} (${r.value.priority})`, metricCells.join('; '), datasetCells.join('; '), delivering.join('; '), gaps.length ? `⚠ ${[...new Set(gaps)].join(', ')}` : ''];
    }),
  );
}

function charts(ctx: RenderContext): Pick<PacketView, 'gantt' | 'quadrant' | 'notPlaced'> {
  const t = ctx.text;
  const milestones = live(ctx.model.items.milestone);
  const requirements = live(ctx.model.items.requirement).filter((r) => r.value.status !== 'dropped');
  const placed = requirements.filter((r) => r.value.value !== undefined && r.value.difficulty !== undefined);
  const notPlaced = requirements.filter((r) => !placed.includes(r)).map((r) => r.id);
  return {
    gantt: milestones.length
      ? gantt(milestones, {
          title: t('gantt'),
          buffer: t('buffer').replace(/[（(].*$/, '').trim(),
          stage: { data: t('stageData'), model: t('stageModel'), evaluation: t('stageEvaluation'), integration: t('stageIntegration'), launch: t('stageLaunch'), monitoring: t('stageMonitoring') },
        }, ctx.date)
      : undefined,
    quadrant: placed.length
      ? quadrant(placed.map((r) => ({ id: r.id, value: r.value.value!, difficulty: r.value.difficulty! })), {
          title: t('quadrantTitle'), xLow: t('xLow'), xHigh: t('xHigh'), yLow: t('yLow'), yHigh: t('yHigh'), quadrants: [t('q1'), t('q2'), t('q3'), t('q4')],
        })
      : undefined,
    notPlaced: notPlaced.length ? notPlaced.join(', ') : undefined,
  };
}

export type { Entry };
