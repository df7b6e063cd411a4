import * as z from 'zod';
import { envelope, id, ids, text, texts } from './common.js';
import type { KindDef } from './types.js';

export const PIPELINE_STAGES = ['source', 'clean', 'label', 'split', 'train', 'evaluate', 'serve', 'feedback'] as const;
export const LIMIT_TYPES = ['confirm', 'human-review', 'fallback', 'feedback', 'scope', 'notice'] as const;

export const approach = z.strictObject({
  id,
  name: text,
  summary: text.optional(),
  pros: texts.optional(),
  cons: texts.optional(),
  estimates: z.record(z.string(), z.number()).optional()
    .describe('Expected values of workspace metrics (M- id → number), in each metric\'s unit'),
  cost: text.optional().describe('What it costs to build and run'),
});

export const pipelineStep = z.strictObject({
  id,
  step: text.describe('What happens in this step'),
  stage: z.enum(PIPELINE_STAGES).describe(PIPELINE_STAGES.join(' | ')),
  datasets: ids.optional().describe('Datasets (DS- ids) this step reads or writes'),
  after: ids.optional().describe('Steps (ids of this pipeline) that come before this one'),
  owner: text.optional(),
});

export const limit = z.strictObject({
  id,
  limit: text.describe('A known weakness of the model'),
  metric: id.optional().describe('The metric (M- id) where it shows'),
  segment: text.optional().describe('The segment of that metric where it shows'),
  scenario: text.optional().describe('The dataset scenario (coverage) where it shows'),
  mitigation: text.optional().describe('What the product does about it (技术不够，产品来补)'),
  type: z.enum(LIMIT_TYPES).optional().describe(LIMIT_TYPES.join(' | ')),
});

const schema = z.strictObject({
  ...envelope('solution'),
  task: z
    .strictObject({
      type: text.describe('The AI task, e.g. image-classification, ranking, retrieval-qa'),
      input: text.optional().describe('What the model receives'),
      output: text.optional().describe('What the model returns'),
    })
    .describe('The business problem mapped to an AI task'),
  requirements: ids.optional().describe('Requirements (REQ- ids) this solution serves'),
  approaches: z.array(approach).min(1).describe('The candidates compared'),
  chosen: id.describe('The id of the chosen approach, one of this file\'s approaches'),
  rationale: text.optional().describe('Why the chosen approach won'),
  pipeline: z.array(pipelineStep).optional().describe('The data flow, rendered as a flowchart'),
  limits: z.array(limit).optional().describe('Known weaknesses and the product\'s answer to each'),
  deployment: z
    .strictObject({
      serving: z.enum(['online', 'batch', 'edge']).optional(),
      latency_budget_ms: z.number().min(0).optional(),
      hardware: text.optional(),
      notes: text.optional(),
    })
    .optional(),
});

export const solution = {
  name: 'solution',
  title: { zh: '算法与数据方案', en: 'Solution' },
  schema,
  lists: { approaches: 'approach', pipeline: 'pipeline-step', limits: 'limit' },
  refs: [
    { at: ['requirements', '*'], to: 'requirement' },
    { at: ['chosen'], to: 'approach', sameFile: true },
    { at: ['approaches', '*', 'estimates', '{key}'], to: 'metric' },
    { at: ['pipeline', '*', 'datasets', '*'], to: 'dataset' },
    { at: ['pipeline', '*', 'after', '*'], to: 'pipeline-step', sameFile: true },
    { at: ['limits', '*', 'metric'], to: 'metric' },
  ],
  idPrefixes: { approach: 'AP-', 'pipeline-step': 'PL-', limit: 'LIM-' },
} as const satisfies KindDef;
