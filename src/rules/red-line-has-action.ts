import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  finding: {
    en: 'the red line of `{id}` names no action (the fallback it triggers)',
    zh: '`{id}` 的红线没有写明触发的兜底动作（action）',
  },
} satisfies Messages;

export const redLineHasAction = defineRule({
  meta: {
    id: 'red-line-has-action',
    severity: 'error',
    checks: {
      en: "A metric's `red_line` without an `action`.",
      zh: '指标的 `red_line` 没有 `action`。',
    },
    title: { en: 'Every red line names its fallback', zh: '红线要写明兜底动作' },
    why: {
      en: 'A red line (latency <= 1500 ms, hallucination rate <= 2%) is only useful if everyone knows what happens the moment it breaks: fall back to rules, hand over to a human, switch the model off.',
      zh: '红线（延迟 <= 1500 ms、幻觉率 <= 2%）只有在大家都知道被突破时立刻做什么才有用：降级为规则、转人工、关闭模型。',
    },
    fix: {
      en: 'Add `action:` to the `red_line`, e.g. `action: fall back to the rule-based answer and page the on-call engineer`.',
      zh: '在 `red_line` 中添加 `action:`，例如 `action: 降级为规则应答并通知值班工程师`。',
    },
  },
  messages,
  check(ctx) {
    return ctx
      .items('metric')
      .filter((m) => m.value.red_line && !m.value.red_line.action?.trim())
      .map((m) => ({ file: m.file, path: [...m.path, 'red_line'], msg: 'finding', params: { id: m.id } }));
  },
});
