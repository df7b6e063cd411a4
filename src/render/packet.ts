import { kinds } from '../kinds/index.js';
import { bufferEnd, isOverdue, judge, live, openRisks, unansweredGaps } from '../model/queries.js';
import type { CheckedFile, Finding } from '../model/types.js';
import { count, type Lang } from '../i18n/index.js';
import { fields, md, metricValue, ref, table, target, targetText, verdictText, word, type Field, type RenderContext, type Table } from './context.js';
import { escapeBlock, escapeMessage } from './markdown.js';
import { gantt, quadrant } from './mermaid.js';
import { regulatoryView, type RegulationInput, type RegulatoryView } from './regulation.js';

// The review packet's own sections: what needs attention, the traceability matrix and the charts.
// Each artifact inside it is a document view, rendered by its kind's template beforehand.

export interface PacketView {
  lang: Lang;
  title: string;
  /** The product's description, as a paragraph. */
  description?: string;
  cover: Field[];
  /** The release gate's verdict (`aipm gate`), as Markdown, when the caller has one. */
  gate?: string;
  artifactTable?: Table;
  attention: { risks?: Table; decisions?: Table; questions?: Table; overdue?: Table; failing?: Table; unanswered?: Table; compliance?: Table; nothing: boolean };
  decide?: Table;
  decideBy?: string;
  validation?: { summary: string; findings?: Table };
  forcedBanner?: string;
  solutions?: Table;
  trace?: Table;
  gantt?: string;
  quadrant?: string;
  notPlaced?: string;
  /** "Regulatory coverage": the catalogue items that apply, and the Annex IV map for an EU high-risk system. */
  regulatory?: RegulatoryView;
  /** Each artifact, rendered with its own template one level down. */
  artifacts: string[];
}


/** What validation found, for the packet: counts, and the warnings and suppressed findings themselves. */
export interface PacketValidation {
  errors: number;
  warnings: number;
  findings: readonly Finding[];
  /** Rendered with --force over errors: the packet says so at the top. */
  forced: boolean;
}


export function packetView(ctx: RenderContext, product: { id: string; name: string; owner: string; type?: string; description?: string }, files: readonly CheckedFile[], artifacts: string[], validation?: PacketValidation, regulation?: RegulationInput): PacketView {
  const { model, date } = ctx;
  const t = ctx.text;
  const overdueMark = (due: string | undefined) => (due && due < date ? ` ${t('overdueMark')}` : '');
  const risks = openRisks(model);
  const decisions = live(model.items.decision).filter((d) => d.value.status === 'open');
  const questions = live(model.docs.review).flatMap((r) => r.value.open_questions ?? []);
  const overdue = live(model.items.milestone).filter((m) => isOverdue(m.value, date));
  const failing = live(model.items.metric).flatMap((m) => {
    const latest = ctx.latest.get(m.id);
    if (!latest) return [];
    const rows = judge(latest.value, m.value.target, m.value).verdict === 'fail' ? [{ m, name: md(m.value.name), value: latest.value, goal: m.value.target as unknown, latest }] : [];
    for (const s of m.value.segments ?? []) {
      const value = latest.segments.get(s.name);
      if (value !== undefined && judge(value, s.target, m.value).verdict === 'fail') rows.push({ m, name: `${md(m.value.name)} · ${md(s.name)}`, value, goal: s.target, latest });
    }
    return rows;
  });
  // Failing results and segments no limit of a solution answers (only once there is a solution to answer them).
  const solutions = live(model.docs.solution);
  const unanswered = solutions.length === 0 ? [] : unansweredGaps(model).flatMap((g) => (g.kind === 'scenario' ? [] : [g]));
  const complianceOpen = live(model.items['compliance-check']).filter((c) => c.value.status === 'open' || c.value.status === 'fail');
  // The decisions this review must make: open decisions and questions due by the next milestone's due date.
  const next = live(model.items.milestone).filter((m) => m.value.status !== 'done' && m.value.due >= date).map((m) => m.value.due).sort()[0];
  const dueNow = (due: string | undefined) => next === undefined || due === undefined || due <= next;
  const toDecide = [
    ...decisions.filter((d) => dueNow(d.value.due)).map((d) => [d.id, md(d.value.decision), d.value.owner && md(d.value.owner), d.value.due && `${d.value.due}${overdueMark(d.value.due)}`]),
    // An open question has no id: it is marked as a question, with its owner and follow-up date.
    ...questions.filter((q) => dueNow(q.follow_up)).map((q) => [t('questionMark'), md(q.question), q.owner && md(q.owner), q.follow_up && `${q.follow_up}${overdueMark(q.follow_up)}`]),
  ];
  const attention = {
    risks: table(ctx, ['id', 'description', 'probability', 'impact', 'owner', 'mitigation'], risks.map((r) => [r.id, md(r.value.description), word(ctx, 'level', r.value.probability), word(ctx, 'level', r.value.impact), r.value.owner && md(r.value.owner), r.value.mitigation && md(r.value.mitigation)])),
    decisions: table(ctx, ['id', 'decision', 'owner', 'due'], decisions.map((d) => [d.id, md(d.value.decision), d.value.owner && md(d.value.owner), d.value.due && `${d.value.due}${overdueMark(d.value.due)}`])),
    questions: table(ctx, ['question', 'owner', 'followUp'], questions.map((q) => [md(q.question), q.owner && md(q.owner), q.follow_up && `${q.follow_up}${overdueMark(q.follow_up)}`])),
    overdue: table(ctx, ['id', 'name', 'due', 'bufferEnd', 'status'], overdue.map((m) => [m.id, md(m.value.name), m.value.due, bufferEnd(m.value), word(ctx, 'milestoneStatus', m.value.status)])),
    failing: table(ctx, ['metric', 'name', 'latest', 'target', 'evaluation'], failing.map(({ m, name, value, goal, latest }) => [m.id, name, metricValue(ctx, m.id, value), target(goal, m.value), ref(ctx, latest.evaluation.id)])),
    compliance: table(ctx, ['id', 'area', 'question', 'status', 'owner'], complianceOpen.map((c) => [c.id, word(ctx, 'area', c.value.area), md(c.value.question), word(ctx, 'checkStatus', c.value.status), c.value.owner && md(c.value.owner)])),
    unanswered: table(ctx, ['metric', 'segment', 'latest', 'target', 'evaluation'], unanswered.map((g) => [ref(ctx, g.metric), g.kind === 'segment' ? md(g.segment) : undefined, metricValue(ctx, g.metric, g.value), targetText(g.target), ref(ctx, g.evaluation.id)])),
    nothing: risks.length + decisions.length + questions.length + overdue.length + failing.length + unanswered.length + complianceOpen.length === 0,
  };
  const docs = files.filter((f) => f.kind && f.doc);
  return {
    lang: ctx.lang,
    title: `${md(product.name)} ${t('packet')}`,
    ...(product.description?.trim() ? { description: escapeBlock(product.description) } : {}),
    cover: fields(ctx, [['product', md(product.name)], ['productId', product.id], ['owner', md(product.owner)], ['productType', product.type === 'blank' ? undefined : word(ctx, 'productType', product.type)], ['asOf', date]]),
    artifactTable: table(ctx, ['title', 'kind', 'owner', 'status', 'updated'], docs.map((f) => [md(f.doc!.title), kinds[f.kind!].title[ctx.lang], md(f.doc!.owner), word(ctx, 'fileStatus', f.doc!.status), f.doc!.updated])),
    attention,
    decide: table(ctx, ['id', 'decision', 'owner', 'due'], toDecide),
    decideBy: next,
    ...(validation ? validationOf(ctx, validation) : {}),
    solutions: table(ctx, ['title', 'taskType', 'chosen', 'rationale', 'limitsCol'], solutions.map(({ value: doc }) => {
      const chosen = doc.approaches.find((a) => a.id === doc.chosen);
      return [md(doc.title), md(doc.task.type), `${doc.chosen}${chosen ? ` ${md(chosen.name)}` : ''}`, doc.rationale && md(doc.rationale), (doc.limits ?? []).map((l) => `${l.id} ${md(l.limit)}`).join('; ')];
    })),
    trace: traceability(ctx, validation?.findings ?? []),
    regulatory: regulatoryView(ctx, regulation),
    ...charts(ctx),
    artifacts,
  };
}

function traceability(ctx: RenderContext, findings: readonly Finding[]): Table | undefined {
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
        const { verdict } = judge(latest?.value, goal, m?.value);
        // Segments that miss their own targets, from the same evaluation.
        const missed = (m?.value.segments ?? []).filter((s) => {
          const v = latest?.segments.get(s.name);
          return judge(v, s.target, m?.value).verdict === 'fail';
        });
        if (verdict === 'fail' || missed.length > 0) gaps.push(t('gapFailing'));
        const segmentNote = missed.map((s) => ` (${md(s.name)} ${metricValue(ctx, tg.metric, latest!.segments.get(s.name)!)} ${t('fail')})`).join('');
        return `${ref(ctx, tg.metric)} ${target(goal, m?.value)} → ${latest ? `${metricValue(ctx, tg.metric, latest.value)} ${verdictText(ctx, verdict)}${segmentNote}` : t('notJudged')}`;
      });
      if (metricCells.length === 0) gaps.push(t('gapNoMetric'));
      const datasetCells = (r.value.datasets ?? []).map((id) => {
        const verdict = ctx.dataset(id)?.value.verdict;
        if (verdict === 'no-go') gaps.push(t('gapNoGo'));
        return `${ref(ctx, id)} (${verdict ? word(ctx, 'verdict', verdict) : '?'})`;
      });
      // The solutions that serve it: their chosen approach, and the limits the product answers.
      const serving = solutions.filter((sol) => sol.value.requirements?.includes(r.id)).map((sol) => sol.value);
      const approaches = serving.map((sol) => {
        const chosen = sol.approaches.find((a) => a.id === sol.chosen);
        return `${sol.chosen}${chosen ? ` ${md(chosen.name)}` : ''}`;
      });
      const limits = serving.flatMap((sol) => (sol.limits ?? []).map((l) => l.id));
      const delivering = milestones.filter((m) => m.value.requirements?.includes(r.id)).map((m) => `${m.id} ${md(m.value.name)} (${word(ctx, 'milestoneStatus', m.value.status)})`);
      if (delivering.length === 0) gaps.push(t('gapNoMilestone'));
      // What validation says about the requirement itself (its targets, datasets, feasibility).
      for (const f of findings) {
        if (!f.suppressed && f.anchor && (f.anchor.startsWith(`requirements/${r.id}/`) || f.anchor.startsWith(`requirements/${r.id}#`))) gaps.push(`\`${f.rule}\``);
      }
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


/** The validation status: counts, then every warning and suppressed finding (with its reason). */
function validationOf(ctx: RenderContext, v: PacketValidation): Pick<PacketView, 'validation' | 'forcedBanner'> {
  const t = ctx.text;
  const shown = v.findings;
  const suppressed = v.findings.filter((f) => f.suppressed).length;
  const summary = `${t('errorsCount')} ${v.errors} · ${t('warningsCount')} ${v.warnings} · ${t('suppressedCount')} ${suppressed}`;
  return {
    validation: {
      summary,
      ...(shown.length ? { findings: table(ctx, ['whereCol', 'severity', 'rule', 'message', 'reason'], shown.map((f) => [`\`${f.file.replace(/[`|]/g, '')}:${f.line}\``, f.suppressed ? t('suppressedMark') : word(ctx, 'severity', f.severity), `\`${f.rule}\``, escapeMessage(f.message), f.suppressed ? md(f.suppressed.reason) : undefined])) } : {}),
    },
    ...(v.forced ? { forcedBanner: md(t('forcedBanner').replace('{n}', count(ctx.lang, 'error', v.errors))) } : {}),
  };
}
