import { fields, list, md, table, type BodyBuilder } from '../context.js';

export const milestonesView: BodyBuilder<'milestones'> = (ctx, doc) => ({
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
});
