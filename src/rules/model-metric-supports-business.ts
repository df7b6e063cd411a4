import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  finding: {
    en: 'model metric `{id}` does not say which business metric it serves (`supports` is empty)',
    zh: '模型指标 `{id}` 没有说明服务于哪个业务指标（`supports` 为空）',
  },
} satisfies Messages;

export const modelMetricSupportsBusiness = defineRule({
  meta: {
    id: 'model-metric-supports-business',
    severity: 'warning',
    checks: {
      en: 'A metric of layer `model` whose `supports` is empty.',
      zh: 'layer 为 `model` 的指标 `supports` 为空。',
    },
    title: { en: 'Model metrics serve a business metric', zh: '模型指标服务于业务指标' },
    why: {
      en: 'A model metric that serves no business metric can improve forever without the product getting better: accuracy is a means, not the goal.',
      zh: '不服务于任何业务指标的模型指标可以一直提升而产品毫无改善：准确率是手段，不是目标。',
    },
    fix: {
      en: 'List the business metric it serves in `supports:`, e.g. `supports: [BM-RESOLUTION-RATE]`.',
      zh: '在 `supports:` 中写明它服务的业务指标，例如 `supports: [BM-RESOLUTION-RATE]`。',
    },
  },
  messages,
  check(ctx) {
    return ctx
      .items('metric')
      .filter((m) => m.value.layer === 'model' && !m.value.supports?.length)
      .map((m) => ({ file: m.file, path: m.path, msg: 'finding', params: { id: m.id } }));
  },
});
