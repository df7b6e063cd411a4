import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  finding: {
    en: '{stage} milestone `{id}` has no buffer (`buffer_days`)',
    zh: '{stage} 阶段的里程碑 `{id}` 没有弹性缓冲（`buffer_days`）',
  },
} satisfies Messages;

const UNCERTAIN = new Set(['data', 'model', 'evaluation']);

export const milestoneBuffer = defineRule({
  meta: {
    id: 'milestone-buffer',
    severity: 'warning',
    checks: {
      en: 'A data, model or evaluation milestone with no `buffer_days` (or 0).',
      zh: 'data、model、evaluation 阶段的里程碑没有 `buffer_days`（或为 0）。',
    },
    title: { en: 'Uncertain milestones carry a buffer', zh: '不确定的里程碑要有弹性缓冲' },
    why: {
      en: 'Data collection, model training and evaluation rarely land on the planned day: a plan with no buffer there slips as a whole the first time an experiment fails.',
      zh: '数据采集、模型训练和评估很少按计划当天完成：这些阶段没有缓冲的计划，第一次实验失败就会整体延期。',
    },
    fix: {
      en: 'Add `buffer_days:` to the milestone (often 20-30% of its duration) and plan dependants to start after it.',
      zh: '为里程碑添加 `buffer_days:`（通常为工期的 20%-30%），并让后续里程碑在缓冲结束后开始。',
    },
  },
  messages,
  check(ctx) {
    return ctx
      .items('milestone')
      .filter((m) => UNCERTAIN.has(m.value.stage) && !(m.value.buffer_days && m.value.buffer_days > 0))
      .map((m) => ({ file: m.file, path: m.path, msg: 'finding', params: { id: m.id, stage: m.value.stage } }));
  },
});
