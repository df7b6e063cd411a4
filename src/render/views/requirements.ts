import { escapeBlock } from '../markdown.js';
import { fields, list, md, ref, table, target, word, type BodyBuilder } from '../context.js';

export const requirementsView: BodyBuilder<'requirements'> = (ctx, doc) => ({
  overview: table(
    ctx,
    ['id', 'title', 'priority', 'status', 'owner', 'value', 'difficulty', 'targets', 'datasets', 'due'],
    doc.requirements.map((r) => [r.id, md(r.title), r.priority, word(ctx, 'requirementStatus', r.status), md(r.owner), r.value, r.difficulty, r.targets?.map((t) => ref(ctx, t.metric)).join('; '), r.datasets?.map((id) => ref(ctx, id)).join('; '), r.due]),
  ),
  items: doc.requirements.map((r) => ({
    heading: `${r.id} ${md(r.title)}`,
    fields: fields(ctx, [
      ['problem', escapeBlock(r.problem)],
      ['type', word(ctx, 'requirementType', r.type)],
      ['scenario', r.scenario && md(r.scenario)],
      ['pain', r.pain && `${r.pain.frequency} / ${r.pain.reach} / ${r.pain.cost}`],
      ['aiFit', r.ai_fit && md(r.ai_fit)],
      ['feasibility', r.feasibility && `${word(ctx, 'feasibility', r.feasibility.verdict)}${r.feasibility.note ? ` (${md(r.feasibility.note)})` : ''}`],
      ['targets', r.targets?.map((t) => `${ref(ctx, t.metric)}${t.target !== undefined ? ` ${target(t.target, ctx.metric(t.metric)?.value)}` : ''}`).join('; ')],
      ['scopeIn', list(r.scope?.in)],
      ['scopeOut', list(r.scope?.out)],
      ['alternatives', list(r.alternatives)],
    ]),
  })),
});
