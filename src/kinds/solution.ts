import * as z from 'zod/mini';
import { doc, lazily, parts } from './common.js';
import { defineKind } from './types.js';

export const PIPELINE_STAGES = ['source', 'clean', 'label', 'split', 'train', 'evaluate', 'serve', 'feedback'] as const;
export const LIMIT_TYPES = ['confirm', 'human-review', 'fallback', 'feedback', 'scope', 'notice'] as const;

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope, id, ids, text, texts } = parts();
  const approach = z.strictObject({
    id: id.check(doc('The approach\'s id (AP- by convention)', '方案的 id（惯例以 AP- 开头）')),
    name: text.check(doc('What the approach is called', '方案名称')),
    summary: z.optional(text).check(doc('The approach in a sentence or two', '一两句话概述方案')),
    pros: z.optional(texts).check(doc('What speaks for it', '优点')),
    cons: z.optional(texts).check(doc('What speaks against it', '缺点')),
    estimates: z.optional(z.record(z.string(), z.number()))
      .check(doc('Expected values of workspace metrics (M- id → number), in each metric\'s unit', '对工作区指标的预估值（M- id → 数值），使用各指标自己的单位')),
    cost: z.optional(text).check(doc('What it costs to build and run', '构建和运行的成本')),
  });

  const pipelineStep = z.strictObject({
    id: id.check(doc('The step\'s id (PL- by convention)', '步骤的 id（惯例以 PL- 开头）')),
    step: text.check(doc('What happens in this step', '这一步做什么')),
    stage: z.enum(PIPELINE_STAGES).check(doc(PIPELINE_STAGES.join(' | '), 'source 数据来源 | clean 清洗 | label 标注 | split 划分 | train 训练 | evaluate 评估 | serve 服务 | feedback 反馈')),
    datasets: z.optional(ids).check(doc('Datasets (DS- ids) this step reads or writes', '这一步读写的数据集（DS- id）')),
    after: z.optional(ids).check(doc('Steps (ids of this pipeline) that come before this one', '上游步骤（本流程中的步骤 id）')),
    owner: z.optional(text).check(doc('Who runs this step', '这一步的负责人')),
  });

  const limit = z.strictObject({
    id: id.check(doc('The limit\'s id (LIM- by convention)', '能力边界的 id（惯例以 LIM- 开头）')),
    limit: text.check(doc('A known weakness of the model', '模型已知的短板')),
    metric: z.optional(id).check(doc('The metric (M- id) where it shows', '短板体现在哪个指标（M- id）')),
    segment: z.optional(text).check(doc('The segment of that metric where it shows', '体现在该指标的哪个分群')),
    scenario: z.optional(text).check(doc('The dataset scenario (coverage) where it shows', '体现在数据集的哪个场景（coverage）')),
    mitigation: z.optional(text).check(doc('What the product does about it (技术不够，产品来补)', '产品如何弥补（技术不够，产品来补）')),
    type: z.optional(z.enum(LIMIT_TYPES)).check(doc(
      'confirm (ask the user to confirm) | human-review (route to a person) | fallback | feedback (ask for feedback) | scope (narrow the scope) | notice (tell the user)',
      'confirm 让用户确认 | human-review 转人工 | fallback 兜底 | feedback 收集反馈 | scope 收窄范围 | notice 告知用户',
    )),
  });

  return z.strictObject({
    ...envelope('solution'),
    task: z
      .strictObject({
        type: text.check(doc('The AI task, e.g. image-classification, ranking, retrieval-qa', 'AI 任务类型，例如 image-classification、ranking、retrieval-qa')),
        input: z.optional(text).check(doc('What the model receives', '模型的输入')),
        output: z.optional(text).check(doc('What the model returns', '模型的输出')),
      })
      .check(doc('The business problem mapped to an AI task', '业务问题对应的 AI 任务')),
    requirements: z.optional(ids).check(doc('Requirements (REQ- ids) this solution serves', '本方案服务的需求（REQ- id）')),
    approaches: z.array(approach).check(z.minLength(1), doc('The candidates compared (at least one)', '比较的候选方案（至少一个）')),
    chosen: id.check(doc('The id of the chosen approach, one of this file\'s approaches', '选定方案的 id，须是本文件 approaches 中的一个')),
    rationale: z.optional(text).check(doc('Why the chosen approach won', '为什么选它')),
    pipeline: z.optional(z.array(pipelineStep)).check(doc('The data flow, rendered as a flowchart', '数据流程，渲染为流程图')),
    limits: z.optional(z.array(limit)).check(doc('Known weaknesses and the product\'s answer to each', '已知短板，以及产品对每一项的应对')),
    deployment: z.optional(
      z.strictObject({
        serving: z.optional(z.enum(['online', 'batch', 'edge'])).check(doc('online | batch | edge', 'online 在线 | batch 批处理 | edge 端侧')),
        latency_budget_ms: z.optional(z.number().check(z.gte(0))).check(doc('The most time one answer may take, in milliseconds', '单次响应的延迟预算（毫秒）')),
        hardware: z.optional(text).check(doc('What it runs on', '运行所需的硬件')),
        notes: z.optional(text).check(doc('Anything else about running it', '其他部署说明', 'model served behind the existing API gateway')),
      }),
    ).check(doc('How the model is served', '模型如何部署')),
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
