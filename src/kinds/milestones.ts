import * as z from 'zod/mini';
import { doc, itemList, lazily, parts } from './common.js';
import { defineKind } from './types.js';

export const MILESTONE_STAGES = ['data', 'model', 'evaluation', 'integration', 'launch', 'monitoring'] as const;

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { date, envelope, id, ids, text, texts } = parts();
  const level = z.enum(['low', 'medium', 'high']);

  const milestone = z
    .strictObject({
      id: id.check(doc('The milestone\'s id (MS- by convention)', '里程碑的 id（惯例以 MS- 开头）')),
      name: text.check(doc('What the milestone is called', '里程碑名称')),
      stage: z.enum(MILESTONE_STAGES).check(doc(
        MILESTONE_STAGES.join(' | '),
        'data 数据 | model 模型 | evaluation 评估 | integration 集成 | launch 上线 | monitoring 监控',
      )),
      owner: text.check(doc('Who is accountable for it', '里程碑负责人')),
      start: date.check(doc('Planned first day, YYYY-MM-DD', '计划开始日期，YYYY-MM-DD')),
      due: date.check(doc('Planned last day, inclusive, without the buffer', '计划最后一天（含当天），不含缓冲')),
      buffer_days: z.optional(z.number().check(z.int(), z.gte(0))).check(doc('Elastic buffer after due, in days', 'due 之后的弹性缓冲天数')),
      depends_on: z.optional(ids).check(doc('Milestones (MS- ids) that must finish first', '必须先完成的里程碑（MS- id）')),
      requirements: z.optional(ids).check(doc('Requirements (REQ- ids) this milestone delivers', '本里程碑交付的需求（REQ- id）')),
      deliverables: z.optional(texts).check(doc('What it hands over', '交付物')),
      acceptance: z.optional(texts).check(doc('Acceptance criteria, each held to a number', '验收标准，每条都有可量化的数字')),
      status: z.enum(['planned', 'in-progress', 'done', 'at-risk', 'slipped']).check(doc(
        'planned | in-progress | done | at-risk | slipped',
        'planned 计划中 | in-progress 进行中 | done 完成 | at-risk 有风险 | slipped 已延期',
      )),
      done_on: z.optional(date).check(doc('When it was done; required when status is done', '实际完成日期；status 为 done 时必填')),
    })
    .check(z.superRefine((m, ctx) => {
      if (m.status === 'done' && m.done_on === undefined) {
        ctx.addIssue({ code: 'custom', path: [], params: { msg: 'doneOn' } });
      }
    }));

  const risk = z.strictObject({
    id: id.check(doc('The risk\'s id (RISK- by convention)', '风险的 id（惯例以 RISK- 开头）')),
    description: text.check(doc('What could go wrong', '可能出什么问题')),
    probability: level.check(doc('How likely: low | medium | high', '发生概率：low 低 | medium 中 | high 高')),
    impact: level.check(doc('How bad if it happens: low | medium | high', '发生后的影响：low 低 | medium 中 | high 高')),
    mitigation: z.optional(text).check(doc('What is done to prevent or soften it', '应对措施')),
    owner: z.optional(text).check(doc('Who watches it', '风险负责人')),
    trigger: z.optional(text).check(doc('The signal that it is happening', '风险发生的信号')),
    affects: z.optional(ids).check(doc('Milestones (MS- ids) it would delay', '会受影响的里程碑（MS- id）')),
    status: z._default(z.enum(['open', 'mitigating', 'closed']), 'open')
      .check(doc('open | mitigating | closed (default open)', 'open 未关闭 | mitigating 应对中 | closed 已关闭（默认 open）')),
  });

  return z.strictObject({
    ...envelope('milestones'),
    cadence: z.optional(z.strictObject({
      standup: z.optional(text).check(doc('How often the team stands up (e.g. daily)', '站会频率（例如每天）')),
      sync: z.optional(text).check(doc('How often the teams sync (e.g. weekly)', '同步会频率（例如每周）')),
      review: z.optional(text).check(doc('How often the plan is reviewed (e.g. biweekly)', '评审频率（例如每两周）')),
    })).check(doc('How often the team meets, in free text', '协作节奏，自由文本')),
    milestones: itemList(milestone).check(doc('The milestones, one item each', '里程碑列表，每项一个')),
    risks: z.optional(z.array(risk)).check(doc('The risks to the plan', '计划面临的风险')),
  });
});

export const milestones = defineKind({
  name: 'milestones',
  title: { zh: '里程碑计划', en: 'Milestones' },
  get schema() {
    return schema();
  },
  items: {
    milestone: { list: 'milestones', label: { zh: '里程碑', en: 'milestone' }, prefix: 'MS-' },
    risk: { list: 'risks', label: { zh: '风险', en: 'risk' }, prefix: 'RISK-' },
  },
  refs: [
    { at: ['milestones', '*', 'depends_on', '*'], to: 'milestone' },
    { at: ['milestones', '*', 'requirements', '*'], to: 'requirement' },
    { at: ['risks', '*', 'affects', '*'], to: 'milestone' },
  ],
  template: 'milestones',
  skeleton: 'milestones.yaml',
  init: true,
});
