import { dash, fields, md, metricValue, ref, table, target, verdictText, word, type BodyBuilder, type RenderContext } from '../context.js';
import { escapeBlock } from '../markdown.js';
import { judge } from '../../model/queries.js';

/** A value with its unit and the evidence behind it: `89.4% (n = 12000, CI 88.8%–90%)`. */
function measured(ctx: RenderContext, metricId: string, m: { value: number; n?: number | undefined; ci?: [number, number] | undefined }): string {
  const notes = [
    m.n !== undefined ? `n = ${m.n}` : '',
    m.ci ? `${ctx.text('interval')} ${metricValue(ctx, metricId, m.ci[0])}–${metricValue(ctx, metricId, m.ci[1])}` : '',
  ].filter(Boolean);
  const value = metricValue(ctx, metricId, m.value);
  return notes.length ? `${value} (${notes.join(', ')})` : value;
}

export const evaluationView: BodyBuilder<'evaluation'> = (ctx, doc) => {
  const segmentRows: (string | number | undefined)[][] = [];
  const results = doc.results.map((r) => {
    const m = ctx.metric(r.metric);
    for (const s of r.segments ?? []) {
      const segmentTarget = m?.value.segments?.find((x) => x.name === s.name)?.target;
      segmentRows.push([ref(ctx, r.metric), md(s.name), measured(ctx, r.metric, s), target(segmentTarget, m?.value), verdictText(ctx, judge(s.value, segmentTarget, m?.value).verdict)]);
    }
    return [r.metric, m ? md(m.value.name) : undefined, measured(ctx, r.metric, r), target(m?.value.target, m?.value), verdictText(ctx, judge(r.value, m?.value.target, m?.value).verdict)];
  });
  const experimentMetrics = [...new Set((doc.experiments ?? []).flatMap((e) => Object.keys(e.results ?? {})))].sort();
  return {
    facts: fields(ctx, [['id', doc.id], ['model', md(doc.model)], ['date', doc.date], ['dataset', ref(ctx, doc.dataset)], ['decision', `**${word(ctx, 'evalDecision', doc.decision)}**`]]),
    results: table(ctx, ['metric', 'name', 'measured', 'target', 'verdictCol'], results),
    segments: table(ctx, ['metric', 'segment', 'measured', 'target', 'verdictCol'], segmentRows),
    experiments: doc.experiments?.length
      ? {
          headers: [ctx.text('id'), ctx.text('change'), ...experimentMetrics.map((k) => ref(ctx, k))],
          rows: doc.experiments.map((e) => [e.id, md(e.change), ...experimentMetrics.map((k) => (e.results?.[k] === undefined ? dash(ctx, undefined) : metricValue(ctx, k, e.results[k]!)))]),
        }
      : undefined,
    analysis: doc.analysis && escapeBlock(doc.analysis),
    improvements: table(ctx, ['problem', 'cause', 'actionCol', 'owner', 'due'], (doc.improvements ?? []).map((i) => [i.problem && md(i.problem), i.cause && md(i.cause), i.action && md(i.action), i.owner && md(i.owner), i.due])),
  };
};
