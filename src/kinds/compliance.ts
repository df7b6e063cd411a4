import * as z from 'zod/mini';
import { lazily, parts } from './common.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope, id, ids, text, texts } = parts();
  const complianceCheck = z.strictObject({
    id,
    area: z.enum(['consent', 'anonymization', 'bias', 'explainability', 'content-safety', 'human-oversight', 'labeling', 'filing', 'transparency', 'other']),
    question: text,
    status: z.enum(['pass', 'fail', 'open', 'n/a']),
    evidence: z.optional(text),
    owner: z.optional(text),
    covers: z.optional(ids).check(z.describe('The regulation catalogue items this check answers (`aipm explain --catalogue <id>` lists them)')),
  });

  return z.strictObject({
    ...envelope('compliance'),
    regulations: z.optional(texts),
    checks: z.array(complianceCheck),
  });
});

export const compliance = defineKind({
  name: 'compliance',
  title: { zh: '合规与伦理复盘', en: 'Compliance review' },
  get schema() {
    return schema();
  },
  items: { 'compliance-check': { list: 'checks', label: { zh: '合规检查项', en: 'compliance check' }, prefix: 'C-' } },
  refs: [],
  template: 'compliance',
  skeleton: 'compliance.yaml',
});
