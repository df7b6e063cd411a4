import { fields, list, md, ref, table, target, word, type BodyBuilder } from '../context.js';

export const launchPlanView: BodyBuilder<'launch-plan'> = (ctx, doc) => ({
  facts: fields(ctx, [['strategy', word(ctx, 'strategy', doc.strategy)], ['reason', doc.reason && md(doc.reason)], ['notice', doc.notice && md(doc.notice)]]),
  rollout: table(ctx, ['stage', 'traffic', 'days', 'exitCriteria'], doc.rollout.map((s) => [md(s.stage), `${s.traffic}%`, s.days, list(s.exit_criteria)])),
  rollback: doc.rollback && fields(ctx, [
    ['triggers', doc.rollback.triggers?.map((t) => `${ref(ctx, t.metric)} ${target(t.target, ctx.metric(t.metric)?.value)}`).join('; ')],
    ['procedure', doc.rollback.procedure && md(doc.rollback.procedure)],
    ['owner', doc.rollback.owner && md(doc.rollback.owner)],
    ['maxMinutes', doc.rollback.max_minutes?.toString()],
  ]),
  fallbacks: table(ctx, ['when', 'action'], (doc.fallbacks ?? []).map((f) => [md(f.when), md(f.action)])),
  monitoring: table(ctx, ['metric', 'alert', 'dashboard'], (doc.monitoring ?? []).map((m) => [ref(ctx, m.metric), m.alert && md(m.alert), m.dashboard && md(m.dashboard)])),
  drift: doc.drift && fields(ctx, [['signals', list(doc.drift.signals)], ['retrain', doc.drift.retrain && md(doc.drift.retrain)]]),
});
