import type { RenderTextKey } from '../../i18n/render.js';
import { judge } from '../../model/queries.js';
import { dash, fields, list, md, metricValue, ref, table, target, verdictText, word, type BodyBuilder, type RenderContext } from '../context.js';
import { flowchart } from '../mermaid.js';

const STAGE_LABEL = {
  source: 'stageSource', clean: 'stageClean', label: 'stageLabel', split: 'stageSplit',
  train: 'stageTrain', evaluate: 'stageEvaluate', serve: 'stageServe', feedback: 'stageFeedback',
} as const satisfies Record<string, RenderTextKey>;

/** Where a limit shows: its metric (and segment), its scenario. */
function whereOf(ctx: RenderContext, l: { metric?: string | undefined; segment?: string | undefined; scenario?: string | undefined }): string {
  return [l.metric && (l.segment ? `${ref(ctx, l.metric)} · ${md(l.segment)}` : ref(ctx, l.metric)), l.scenario && md(l.scenario)].filter(Boolean).join('; ');
}

/** An estimate against its metric's target: `90 ✅ pass`. */
function estimate(ctx: RenderContext, metricId: string, value: number | undefined): string {
  if (value === undefined) return ctx.text('none');
  return `${metricValue(ctx, metricId, value)} ${verdictText(ctx, judge(value, ctx.metric(metricId)?.value.target, ctx.metric(metricId)?.value).verdict)}`;
}

/** A pipeline step's stage in the workspace's language. */
export function pipelineStageText(ctx: RenderContext, stage: string): string {
  return Object.hasOwn(STAGE_LABEL, stage) ? ctx.text(STAGE_LABEL[stage as keyof typeof STAGE_LABEL]) : stage;
}

export const solutionView: BodyBuilder<'solution'> = (ctx, doc) => {
  const estimated = [...new Set(doc.approaches.flatMap((a) => Object.keys(a.estimates ?? {})))].sort();
  const chosen = doc.approaches.find((a) => a.id === doc.chosen);
  return {
    facts: fields(ctx, [
      ['taskType', md(doc.task.type)],
      ['input', doc.task.input && md(doc.task.input)],
      ['output', doc.task.output && md(doc.task.output)],
      ['requirements', doc.requirements?.map((id) => ref(ctx, id)).join('; ')],
      ['chosen', `**${doc.chosen}**${chosen ? ` ${md(chosen.name)}` : ''}`],
      ['rationale', doc.rationale && md(doc.rationale)],
    ]),
    approaches: {
      headers: [ctx.text('id'), ctx.text('name'), ...estimated.map((m) => `${ref(ctx, m)} ${target(ctx.metric(m)?.value.target, ctx.metric(m)?.value)}`.trim()), ctx.text('pros'), ctx.text('cons'), ctx.text('cost')],
      rows: doc.approaches.map((a) => [
        a.id === doc.chosen ? `**${a.id}** ${ctx.text('chosenMark')}` : a.id,
        `${md(a.name)}${a.summary ? `: ${md(a.summary)}` : ''}`,
        ...estimated.map((m) => estimate(ctx, m, a.estimates?.[m])),
        dash(ctx, list(a.pros)),
        dash(ctx, list(a.cons)),
        dash(ctx, a.cost && md(a.cost)),
      ]),
    },
    flowchart: doc.pipeline?.length ? flowchart(doc.pipeline, (stage) => ctx.text(STAGE_LABEL[stage])) : undefined,
    pipeline: table(ctx, ['id', 'step', 'stage', 'datasets', 'after', 'owner'], (doc.pipeline ?? []).map((p) => [p.id, md(p.step), ctx.text(STAGE_LABEL[p.stage]), p.datasets?.map((id) => ref(ctx, id)).join('; '), p.after?.join(', '), p.owner && md(p.owner)])),
    limits: table(ctx, ['id', 'limit', 'where', 'answer', 'mitigation'], (doc.limits ?? []).map((l) => [l.id, md(l.limit), whereOf(ctx, l), word(ctx, 'limitType', l.type), l.mitigation && md(l.mitigation)])),
    deployment: doc.deployment && fields(ctx, [
      ['serving', word(ctx, 'serving', doc.deployment.serving)],
      ['latencyBudget', doc.deployment.latency_budget_ms?.toString()],
      ['hardware', doc.deployment.hardware && md(doc.deployment.hardware)],
      ['notes', doc.deployment.notes && md(doc.deployment.notes)],
    ]),
  };
};
