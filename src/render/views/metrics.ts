import { escapeBlock } from '../markdown.js';
import { fields, md, metricValue, ref, table, target, verdictText, word, type BodyBuilder } from '../context.js';
import { judge } from '../../model/queries.js';

export const metricsView: BodyBuilder<'metrics'> = (ctx, doc) => {
  // The organisation's metrics the product borrows (SPEC: Organisation) are part of its plan: the
  // first metrics document lists them after its own, marked as the organisation's.
  const org = ctx.model.organisation;
  const borrowed = org && ctx.model.docs.metrics[0]?.value === doc ? ctx.model.items.metric.filter((m) => m.file === org.file).map((m) => m.value) : [];
  const shared = new Set(borrowed);
  const all = [...doc.metrics, ...borrowed];
  const named = (m: (typeof all)[number]) => (shared.has(m) ? `${md(m.name)} (${ctx.text('sharedMetric')})` : md(m.name));
  return {
  overview: table(
    ctx,
    ['id', 'name', 'layer', 'target', 'baseline', 'latest', 'verdictCol', 'owner'],
    all.map((m) => {
      const latest = ctx.latest.get(m.id);
      return [m.id, named(m), word(ctx, 'layer', m.layer), target(m.target, m), m.baseline === undefined ? undefined : metricValue(ctx, m.id, m.baseline), latest === undefined ? undefined : metricValue(ctx, m.id, latest.value), latest ? verdictText(ctx, judge(latest.value, m.target, m).verdict) : undefined, md(m.owner)];
    }),
  ),
  items: all.map((m) => ({
    heading: `${m.id} ${named(m)}`,
    fields: fields(ctx, [
      ['definedIn', shared.has(m) ? md(org!.named) : undefined],
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
  };
};
