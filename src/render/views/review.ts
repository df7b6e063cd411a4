import { fields, list, md, ref, table, word, type BodyBuilder } from '../context.js';

export const reviewView: BodyBuilder<'review'> = (ctx, doc) => ({
  meeting: fields(ctx, [['date', doc.date], ['participants', list(doc.participants)], ['focus', list(doc.focus)]]),
  decisions: table(
    ctx,
    ['id', 'decision', 'owner', 'due', 'status', 'rationale', 'risks'],
    doc.decisions.map((d) => [d.id, md(d.decision), d.owner && md(d.owner), d.due, word(ctx, 'decisionStatus', d.status), d.rationale && md(d.rationale), list(d.risks)]),
  ),
  questions: table(ctx, ['question', 'owner', 'followUp'], (doc.open_questions ?? []).map((q) => [md(q.question), q.owner && md(q.owner), q.follow_up])),
  changes: table(ctx, ['ref', 'change'], (doc.changes ?? []).map((c) => [ref(ctx, c.ref), md(c.change)])),
});
