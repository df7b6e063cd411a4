import { escapeBlock } from '../markdown.js';
import { fields, md, metricValue, ref, table, target, verdictText, word, type BodyBuilder } from '../context.js';
import { judge } from '../../model/queries.js';

export const metricsView: BodyBuilder<'metrics'> = (ctx, doc) => ({
  overview: table(
    ctx,
    ['id', 'name', 'layer', 'target', 'baseline', 'latest', 'verdictCol', 'owner'],
    doc.metrics.map((m) => {
      const latest = ctx.latest.get(m.id);
      return [m.id, md(m.name), word(ctx, 'layer', m.layer), target(m.target, m), m.baseline === undefined ? undefined : metricValue(ctx, m.id, m.baseline), latest === undefined ? undefined : metricValue(ctx, m.id, latest.value), latest ? verdictText(ctx, judge(latest.value, m.target, m).verdict) : undefined, md(m.owner)];
    }),
  ),
  items: doc.metrics.map((m) => ({
    heading: `${m.id} ${md(m.name)}`,
    fields: fields(ctx, [
      ['definition', escapeBlock(m.definition)],
      ['unit', md(m.unit)],
      ['redLine', m.red_line && `${target(m.red_line.target, m)}${m.red_line.action ? `, ${ctx.text('action')}: ${md(m.red_line.action)}` : ''}`],
      ['measuredOn', m.measured_on && `${ref(ctx, m.measured_on.dataset)} (${word(ctx, 'method', m.measured_on.method)})`],
      ['supports', m.supports?.map((id) => ref(ctx, id)).join('; ')],
      ['guards', m.guards?.map((id) => ref(ctx, id)).join('; ')],
      ['segments', m.segments?.map((s) => `${md(s.name)} ${target(s.target, m)}`).join(', ')],
      ['minSamples', m.min_samples?.toString()],
    ]),
  })),
});
