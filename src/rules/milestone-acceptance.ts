import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  finding: {
    en: 'milestone `{id}` has no {missing}',
    zh: '里程碑 `{id}` 没有{missing}',
  },
  deliverables: {
    en: '`deliverables`',
    zh: '交付物（`deliverables`）',
  },
  acceptance: {
    en: 'acceptance criteria (`acceptance`)',
    zh: '验收标准（`acceptance`）',
  },
  both: {
    en: '`deliverables` and no acceptance criteria (`acceptance`)',
    zh: '交付物（`deliverables`）和验收标准（`acceptance`）',
  },
} satisfies Messages;

type Missing = keyof typeof messages;

export const milestoneAcceptance = defineRule({
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
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    for (const m of ctx.items('milestone')) {
      const noDeliverables = !m.value.deliverables?.length;
      const noAcceptance = !m.value.acceptance?.length;
      if (!noDeliverables && !noAcceptance) continue;
      const which: Missing = noDeliverables && noAcceptance ? 'both' : noDeliverables ? 'deliverables' : 'acceptance';
      found.push({ file: m.file, path: m.path, msg: 'finding', params: { id: m.id, missing: { msg: which } } });
    }
    return found;
  },
});
