import { renderText, type RenderTextKey } from '../../i18n/render.js';
import { fields, list, md, ref, table, word, type BodyBuilder, type RenderContext } from '../context.js';

/** A milestone's stage in the workspace's language. */
export function stageText(ctx: RenderContext, stage: string): string {
  const key = `stage${stage[0]!.toUpperCase()}${stage.slice(1)}` as RenderTextKey;
  return Object.hasOwn(renderText.en, key) ? ctx.text(key) : md(stage);
}

export const milestonesView: BodyBuilder<'milestones'> = (ctx, doc) => ({
  cadence: doc.cadence && fields(ctx, [['standup', doc.cadence.standup && md(doc.cadence.standup)], ['sync', doc.cadence.sync && md(doc.cadence.sync)], ['review', doc.cadence.review && md(doc.cadence.review)]]),
  overview: table(
    ctx,
    ['id', 'name', 'stage', 'owner', 'start', 'due', 'buffer', 'status', 'dependsOn'],
    doc.milestones.map((m) => [m.id, md(m.name), stageText(ctx, m.stage), md(m.owner), m.start, m.due, m.buffer_days, word(ctx, 'milestoneStatus', m.status), m.depends_on?.join(', ')]),
  ),
  items: doc.milestones.map((m) => ({
    heading: `${m.id} ${md(m.name)}`,
    fields: fields(ctx, [
      ['requirements', m.requirements?.map((id) => ref(ctx, id)).join('; ')],
      ['deliverables', list(m.deliverables)],
      ['acceptance', list(m.acceptance)],
      ['doneOn', m.done_on],
    ]),
  })),
  risks: table(
    ctx,
    ['id', 'description', 'probability', 'impact', 'owner', 'mitigation', 'trigger', 'affects', 'status'],
    (doc.risks ?? []).map((r) => [r.id, md(r.description), word(ctx, 'level', r.probability), word(ctx, 'level', r.impact), r.owner && md(r.owner), r.mitigation && md(r.mitigation), r.trigger && md(r.trigger), r.affects?.map((id) => ref(ctx, id)).join('; '), word(ctx, 'riskStatus', r.status)]),
  ),
});
