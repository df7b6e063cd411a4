import * as z from 'zod/mini';
import { envelope, id, text, texts } from './common.js';
import type { KindDef } from './types.js';

export const complianceCheck = z.strictObject({
  id,
  area: z.enum(['consent', 'anonymization', 'bias', 'explainability', 'content-safety', 'human-oversight', 'other']),
  question: text,
  status: z.enum(['pass', 'fail', 'open', 'n/a']),
  evidence: z.optional(text),
  owner: z.optional(text),
});

export const compliance = {
  name: 'compliance',
  title: { zh: '合规与伦理复盘', en: 'Compliance review' },
  schema: z.strictObject({
    ...envelope('compliance'),
    regulations: z.optional(texts),
    checks: z.array(complianceCheck),
  }),
  lists: { checks: 'compliance-check' },
  refs: [],
  idPrefixes: { 'compliance-check': 'C-' },
} as const satisfies KindDef;
