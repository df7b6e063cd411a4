import { METRIC_LAYERS } from '../kinds/metrics.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  finding: {
    en: 'there are model metrics but no guardrail metric (layer: guardrail) to keep them from hurting users',
    zh: '有模型指标，却没有护栏指标（layer: guardrail）防止其伤害用户',
  },
} satisfies Messages;

export const guardrailPresent = defineRule({
  meta: {
    id: 'guardrail-present',
    severity: 'warning',
    checks: {
      en: 'Metrics that include a model metric but no metric of layer `guardrail`.',
      zh: '有模型指标，但没有 layer 为 `guardrail` 的指标。',
    },
    title: { en: 'A guardrail metric stands beside model metrics', zh: '模型指标旁要有护栏指标' },
    why: {
      en: 'Optimising one model metric can hurt users elsewhere (CTR up, diversity down; deflection up, complaints up). A guardrail metric makes that cost visible.',
      zh: '优化单一模型指标可能在别处伤害用户（点击率升、多样性降；拦截率升、投诉升）。护栏指标让代价可见。',
    },
    fix: {
      en: 'Add a metric with `layer: guardrail` and `guards: [M-…]` naming the metrics it protects users from.',
      zh: '添加一个 `layer: guardrail` 的指标，并用 `guards: [M-…]` 写明它约束的指标。',
    },
  },
  messages,
  check(ctx) {
    const metrics = ctx.items('metric');
    if (metrics.some((m) => m.value.layer === 'guardrail')) return [];
    // A metric that failed its schema with a layer that is not another valid one (`layer: 护栏`) may be
    // the guardrail: it has its finding already, and one mistake is one finding.
    const others = new Set<unknown>(METRIC_LAYERS.filter((l) => l !== 'guardrail'));
    for (const file of ctx.model.files) {
      if (file.kind !== 'metrics' || file.status === 'superseded') continue;
      const list = (file.raw as { metrics?: unknown } | undefined)?.metrics;
      const failed = (m: unknown) => m !== null && typeof m === 'object' && !metrics.some((e) => e.file === file && e.value.id === (m as { id?: unknown }).id);
      if (Array.isArray(list) && list.some((m) => failed(m) && !others.has((m as { layer?: unknown }).layer))) return [];
    }
    const first = metrics.find((m) => m.value.layer === 'model');
    return first ? [{ file: first.file, path: first.path, msg: 'finding' }] : [];
  },
});
