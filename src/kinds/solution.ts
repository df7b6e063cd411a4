import * as z from 'zod/mini';
import { lazily, parts } from './common.js';
import { defineKind } from './types.js';

export const PIPELINE_STAGES = ['source', 'clean', 'label', 'split', 'train', 'evaluate', 'serve', 'feedback'] as const;
export const LIMIT_TYPES = ['confirm', 'human-review', 'fallback', 'feedback', 'scope', 'notice'] as const;

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope, id, ids, text, texts } = parts();
  const approach = z.strictObject({
    id,
    name: text,
    summary: z.optional(text),
    pros: z.optional(texts),
    cons: z.optional(texts),
    estimates: z.optional(z.record(z.string(), z.number()))
      .check(z.describe('Expected values of workspace metrics (M- id → number), in each metric\'s unit')),
    cost: z.optional(text).check(z.describe('What it costs to build and run')),
  });

  const pipelineStep = z.strictObject({
    id,
    step: text.check(z.describe('What happens in this step')),
    stage: z.enum(PIPELINE_STAGES).check(z.describe(PIPELINE_STAGES.join(' | '))),
    datasets: z.optional(ids).check(z.describe('Datasets (DS- ids) this step reads or writes')),
    after: z.optional(ids).check(z.describe('Steps (ids of this pipeline) that come before this one')),
    owner: z.optional(text),
  });

  const limit = z.strictObject({
    id,
    limit: text.check(z.describe('A known weakness of the model')),
    metric: z.optional(id).check(z.describe('The metric (M- id) where it shows')),
    segment: z.optional(text).check(z.describe('The segment of that metric where it shows')),
    scenario: z.optional(text).check(z.describe('The dataset scenario (coverage) where it shows')),
    mitigation: z.optional(text).check(z.describe('What the product does about it (技术不够，产品来补)')),
    type: z.optional(z.enum(LIMIT_TYPES)).check(z.describe(LIMIT_TYPES.join(' | '))),
  });

  return z.strictObject({
    ...envelope('solution'),
    task: z
      .strictObject({
        type: text.check(z.describe('The AI task, e.g. image-classification, ranking, retrieval-qa')),
        input: z.optional(text).check(z.describe('What the model receives')),
        output: z.optional(text).check(z.describe('What the model returns')),
      })
      .check(z.describe('The business problem mapped to an AI task')),
    requirements: z.optional(ids).check(z.describe('Requirements (REQ- ids) this solution serves')),
    approaches: z.array(approach).check(z.minLength(1), z.describe('The candidates compared')),
    chosen: id.check(z.describe('The id of the chosen approach, one of this file\'s approaches')),
    rationale: z.optional(text).check(z.describe('Why the chosen approach won')),
    pipeline: z.optional(z.array(pipelineStep)).check(z.describe('The data flow, rendered as a flowchart')),
    limits: z.optional(z.array(limit)).check(z.describe('Known weaknesses and the product\'s answer to each')),
    deployment: z.optional(
      z.strictObject({
        serving: z.optional(z.enum(['online', 'batch', 'edge'])),
        latency_budget_ms: z.optional(z.number().check(z.gte(0))),
        hardware: z.optional(text),
        notes: z.optional(text),
      }),
    ),
  });
});

export const solution = defineKind({
  name: 'solution',
  title: { zh: '算法与数据方案', en: 'Solution' },
  get schema() {
    return schema();
  },
  items: {
    approach: { list: 'approaches', label: { zh: '候选方案', en: 'candidate approach' }, prefix: 'AP-' },
    'pipeline-step': { list: 'pipeline', label: { zh: '数据流程步骤', en: 'pipeline step' }, prefix: 'PL-' },
    limit: { list: 'limits', label: { zh: '能力边界', en: 'limit' }, prefix: 'LIM-' },
  },
  refs: [
    { at: ['requirements', '*'], to: 'requirement' },
    { at: ['chosen'], to: 'approach', sameFile: true },
    { at: ['approaches', '*', 'estimates', '{key}'], to: 'metric' },
    { at: ['pipeline', '*', 'datasets', '*'], to: 'dataset' },
    { at: ['pipeline', '*', 'after', '*'], to: 'pipeline-step', sameFile: true },
    { at: ['limits', '*', 'metric'], to: 'metric' },
  ],
  template: 'solution',
  skeleton: 'solution.yaml',
  init: true,
});
