import { kinds } from '../kinds/index.js';
import { formatTarget } from '../kinds/common.js';
import { bufferEnd, isOverdue, judge, live, unansweredGaps } from '../model/queries.js';
import type { CheckedFile } from '../model/types.js';
import type { Lang } from '../i18n/index.js';
import { fields, md, table, target, verdictText, type Field, type RenderContext, type Table } from './context.js';
import { gantt, quadrant } from './mermaid.js';

// The review packet's own sections: what needs attention, the traceability matrix and the charts.
// Each artifact inside it is a document view, rendered by its kind's template beforehand.

export interface PacketView {
  lang: Lang;
  title: string;
  cover: Field[];
  artifactTable?: Table;
  attention: { risks?: Table; decisions?: Table; questions?: Table; overdue?: Table; failing?: Table; unanswered?: Table; nothing: boolean };
  solutions?: Table;
  trace?: Table;
  gantt?: string;
  quadrant?: string;
  notPlaced?: string;
  /** Each artifact, rendered with its own template one level down. */
  artifacts: string[];
}

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
  const overdue = live(model.items.milestone).filter((m) => isOverdue(m.value, date));
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
  // Failing results and segments no limit of a solution answers (only once there is a solution to answer them).
  const solutions = live(model.docs.solution);
  const unanswered = solutions.length === 0 ? [] : unansweredGaps(model).flatMap((g) => (g.kind === 'scenario' ? [] : [g]));
  const attention = {
    risks: table(ctx, ['id', 'description', 'probability', 'impact', 'owner', 'mitigation'], risks.map((r) => [r.id, md(r.value.description), r.value.probability, r.value.impact, r.value.owner && md(r.value.owner), r.value.mitigation && md(r.value.mitigation)])),
    decisions: table(ctx, ['id', 'decision', 'owner', 'due'], decisions.map((d) => [d.id, md(d.value.decision), d.value.owner && md(d.value.owner), d.value.due && `${d.value.due}${overdueMark(d.value.due)}`])),
    questions: table(ctx, ['question', 'owner', 'followUp'], questions.map((q) => [md(q.question), q.owner && md(q.owner), q.follow_up && `${q.follow_up}${overdueMark(q.follow_up)}`])),
    overdue: table(ctx, ['id', 'name', 'due', 'bufferEnd', 'status'], overdue.map((m) => [m.id, md(m.value.name), m.value.due, bufferEnd(m.value), m.value.status])),
    failing: table(ctx, ['metric', 'name', 'latest', 'target', 'evaluation'], failing.map(({ m, name, value, goal, latest }) => [m.id, name, value, target(goal), latest.evaluation.id])),
    unanswered: table(ctx, ['metric', 'segment', 'latest', 'target', 'evaluation'], unanswered.map((g) => [g.metric, g.kind === 'segment' ? md(g.segment) : undefined, g.value, md(formatTarget(g.target)), g.evaluation.id])),
    nothing: risks.length + decisions.length + questions.length + overdue.length + failing.length + unanswered.length === 0,
  };
  const docs = files.filter((f) => f.kind && f.doc);
  return {
    lang: ctx.lang,
    title: `${md(product.name)} ${t('packet')}`,
    cover: fields(ctx, [['product', md(product.name)], ['productId', product.id], ['owner', md(product.owner)], ['productType', product.type], ['asOf', date]]),
    artifactTable: table(ctx, ['title', 'kind', 'owner', 'status', 'updated'], docs.map((f) => [md(f.doc!.title), kinds[f.kind!].title[ctx.lang], md(f.doc!.owner), f.doc!.status, f.doc!.updated])),
    attention,
    solutions: table(ctx, ['title', 'taskType', 'chosen', 'rationale', 'limitsCol'], solutions.map(({ value: doc }) => {
      const chosen = doc.approaches.find((a) => a.id === doc.chosen);
      return [md(doc.title), md(doc.task.type), `${doc.chosen}${chosen ? ` ${md(chosen.name)}` : ''}`, doc.rationale && md(doc.rationale), (doc.limits ?? []).map((l) => l.id).join(', ')];
    })),
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
  const solutions = live(model.docs.solution);
  return table(
    ctx,
    ['requirement', 'metrics', 'datasets', 'approach', 'limitsCol', 'milestones', 'gaps'],
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
      // The solutions that serve it: their chosen approach, and the limits the product answers.
      const serving = solutions.filter((sol) => sol.value.requirements?.includes(r.id)).map((sol) => sol.value);
      const approaches = serving.map((sol) => {
        const chosen = sol.approaches.find((a) => a.id === sol.chosen);
        return `${sol.chosen}${chosen ? ` ${md(chosen.name)}` : ''}`;
      });
      const limits = serving.flatMap((sol) => (sol.limits ?? []).map((l) => l.id));
      const delivering = milestones.filter((m) => m.value.requirements?.includes(r.id)).map((m) => `${m.id} (${m.value.status})`);
      if (delivering.length === 0) gaps.push(t('gapNoMilestone'));
      return [`${r.id} ${md(r.value.title)} (${r.value.priority})`, metricCells.join('; '), datasetCells.join('; '), approaches.join('; '), limits.join(', '), delivering.join('; '), gaps.length ? `⚠ ${[...new Set(gaps)].join(', ')}` : ''];
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

