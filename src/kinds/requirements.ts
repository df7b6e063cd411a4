import * as z from 'zod/mini';
import { doc, itemList, lazily, parts } from './common.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { date, envelope, id, ids, score, target, text, texts } = parts();
  const requirement = z.strictObject({
    id: id.check(doc('The requirement\'s id (REQ- by convention)', '需求的 id（惯例以 REQ- 开头）')),
    title: text.check(doc('Short name of the requirement', '需求的简短名称')),
    problem: text.check(doc('The pain point, in the user\'s words', '用户的痛点，用用户自己的话说')),
    priority: z.enum(['P0', 'P1', 'P2', 'P3']).check(doc('P0 (highest) to P3', 'P0（最高）到 P3')),
    owner: text.check(doc('Who is accountable for the requirement', '需求负责人')),
    status: z.enum(['proposed', 'accepted', 'in-progress', 'done', 'dropped'])
      .check(doc('proposed | accepted | in-progress | done | dropped', 'proposed 提出 | accepted 已接受 | in-progress 进行中 | done 完成 | dropped 放弃')),
    type: z._default(z.enum(['feature', 'tech-debt', 'exploration', 'compliance']), 'feature')
      .check(doc('feature | tech-debt | exploration | compliance (default feature)', 'feature 功能 | tech-debt 技术债 | exploration 探索 | compliance 合规（默认 feature）')),
    scenario: z.optional(text).check(doc('Who hits the problem, and when', '谁在什么场景下遇到这个问题')),
    pain: z.optional(z.strictObject({
      frequency: score.check(doc('How often the problem happens, 1-5', '问题发生的频率，1-5')),
      reach: score.check(doc('How many users it touches, 1-5', '影响多少用户，1-5')),
      cost: score.check(doc('How costly it is to solve, 1-5', '解决它的成本，1-5')),
    })).check(doc('How often (frequency), how many users (reach), how costly to solve (cost): 1-5 each', '痛点：频率（frequency）、覆盖面（reach）、解决成本（cost），各 1-5')),
    value: z.optional(score).check(doc('Business value, 1-5 (the value matrix)', '业务价值，1-5（价值-难度矩阵）')),
    difficulty: z.optional(score).check(doc('Technical difficulty, 1-5 (the value matrix)', '技术难度，1-5（价值-难度矩阵）')),
    ai_fit: z.optional(text).check(doc('Why AI and not a simpler fix (e.g. better staff scheduling)', '为什么要用 AI，而不是更简单的办法（例如优化排班）')),
    feasibility: z.optional(z.strictObject({
      verdict: z.enum(['can', 'hard', 'cannot']).check(doc('can | hard | cannot', 'can 能做 | hard 难做 | cannot 不能做')),
      note: z.optional(text).check(doc('Why, in a sentence', '一句话说明原因')),
    })).check(doc('The technical boundary: can | hard | cannot', '技术边界：能做 / 难做 / 不能做')),
    targets: z.optional(z.array(z.strictObject({
      metric: id.check(doc('The metric (M- id) the requirement is held to', '需求对应的指标（M- id）')),
      target: z.optional(target).check(doc('The target for this requirement; defaults to the metric\'s own', '本需求的目标；默认沿用指标自己的 target')),
    }))).check(doc('Metrics this requirement is held to; target defaults to the metric\'s own', '衡量本需求的指标；target 默认沿用指标自己的')),
    scope: z.optional(z.strictObject({
      in: z.optional(texts).check(doc('What it does', '做什么')),
      out: z.optional(texts).check(doc('What it does not do', '不做什么')),
    })).check(doc('What it does and does not do', '范围：做什么、不做什么')),
    datasets: z.optional(ids).check(doc('Datasets (DS- ids) this requirement depends on', '本需求依赖的数据集（DS- id）')),
    alternatives: z.optional(texts).check(doc('Other ways considered to solve the problem', '考虑过的其他解决办法')),
    due: z.optional(date).check(doc('When it is due, YYYY-MM-DD', '截止日期，YYYY-MM-DD')),
  });

  return z.strictObject({
    ...envelope('requirements'),
    requirements: itemList(requirement).check(doc('The requirements, one item each', '需求列表，每项一个需求')),
  });
});

export const requirements = defineKind({
  name: 'requirements',
  title: { zh: '产品需求清单', en: 'Requirements' },
  get schema() {
    return schema();
  },
  items: { requirement: { list: 'requirements', label: { zh: '需求', en: 'requirement' }, prefix: 'REQ-' } },
  refs: [
    { at: ['requirements', '*', 'targets', '*', 'metric'], to: 'metric' },
    { at: ['requirements', '*', 'datasets', '*'], to: 'dataset' },
  ],
  template: 'requirements',
  skeleton: 'requirements.yaml',
  init: true,
});
