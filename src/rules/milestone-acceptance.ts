import type { MessageId } from '../i18n/index.js';
import type { Rule, RuleHit } from './types.js';

export const milestoneAcceptance: Rule<'milestone-acceptance'> = {
  meta: {
    id: 'milestone-acceptance',
    severity: 'error',
    checks: {
      en: 'A milestone without `deliverables` or without `acceptance` criteria.',
      zh: '里程碑缺少 `deliverables` 或 `acceptance`。',
    },
    title: { en: 'Milestones have deliverables and acceptance criteria', zh: '里程碑要有交付物和验收标准' },
    why: {
      en: 'A milestone without deliverables and acceptance criteria is a date, not a checkpoint: it can be declared done whatever state the work is in.',
      zh: '没有交付物和验收标准的里程碑只是一个日期而不是检查点：无论工作处于什么状态都能宣布完成。',
    },
    fix: {
      en: 'Add `deliverables:` (what is handed over) and `acceptance:` (numbers that decide done, e.g. "intent accuracy >= 90% on the golden set").',
      zh: '添加 `deliverables:`（交付什么）和 `acceptance:`（判定完成的数字，例如「黄金集意图准确率 >= 90%」）。',
    },
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const m of ctx.items('milestone')) {
      const noDeliverables = !m.value.deliverables?.length;
      const noAcceptance = !m.value.acceptance?.length;
      if (!noDeliverables && !noAcceptance) continue;
      const which: MessageId = noDeliverables && noAcceptance ? 'rule.milestone-acceptance.both' : noDeliverables ? 'rule.milestone-acceptance.deliverables' : 'rule.milestone-acceptance.acceptance';
      hits.push({ file: m.file, path: m.path, msg: 'rule.milestone-acceptance', params: { id: m.id, missing: { msg: which } } });
    }
    return hits;
  },
};
