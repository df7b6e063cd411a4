import { list, md, table, word, type BodyBuilder } from '../context.js';

export const complianceView: BodyBuilder<'compliance'> = (ctx, doc) => ({
  regulations: list(doc.regulations),
  checks: table(ctx, ['id', 'area', 'question', 'status', 'evidence', 'owner'], doc.checks.map((c) => [c.id, word(ctx, 'area', c.area), md(c.question), word(ctx, 'checkStatus', c.status), c.evidence && md(c.evidence), c.owner && md(c.owner)])),
});
