import { dash, fields, md, table, target, verdictText, type BodyBuilder, type RenderContext } from '../context.js';
import { escapeBlock } from '../markdown.js';
import { judge } from '../../model/queries.js';

/** A value with the evidence behind it: `89.4 (n = 12000, CI 88.8–90.0)`. */
function measured(ctx: RenderContext, m: { value: number; n?: number | undefined; ci?: [number, number] | undefined }): string {
  const notes = [
    m.n !== undefined ? `n = ${m.n}` : '',
    m.ci ? `${ctx.text('interval')} ${m.ci[0]}–${m.ci[1]}` : '',
  ].filter(Boolean);
  return notes.length ? `${m.value} (${notes.join(', ')})` : String(m.value);
}

export const evaluationView: BodyBuilder<'evaluation'> = (ctx, doc) => {
  const segmentRows: (string | number | undefined)[][] = [];
  const results = doc.results.map((r) => {
    const m = ctx.metric(r.metric);
    for (const s of r.segments ?? []) {
      const segmentTarget = m?.value.segments?.find((x) => x.name === s.name)?.target;
      segmentRows.push([r.metric, md(s.name), measured(ctx, s), target(segmentTarget), verdictText(ctx, judge(s.value, segmentTarget).verdict)]);
    }
    return [r.metric, m ? md(m.value.name) : undefined, measured(ctx, r), target(m?.value.target), verdictText(ctx, judge(r.value, m?.value.target).verdict)];
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
    improvements: table(ctx, ['problem', 'cause', 'actionCol', 'owner', 'due'], (doc.improvements ?? []).map((i) => [i.problem && md(i.problem), i.cause && md(i.cause), i.action && md(i.action), i.owner && md(i.owner), i.due])),
  };
};
