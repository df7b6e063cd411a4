import { formatTarget, meetsTarget, parseTarget } from '../kinds/common.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  noRationale: {
    en: 'solution "{title}" compares {count} approaches and chooses `{chosen}` without a `rationale`: say why it won',
    zh: '方案「{title}」比较了 {count} 个候选方案并选择了 `{chosen}`，却没有写 `rationale`：请说明为什么选它',
  },
  estimateMisses: {
    en: 'the chosen approach `{approach}` expects `{metric}` at {value}, which misses its target {target}: say how the gap closes, or choose another approach',
    zh: '选中的方案 `{approach}` 预计 `{metric}` 为 {value}，达不到目标 {target}：请说明差距如何弥补，或改选其他方案',
  },
} satisfies Messages;

export const solutionChosen = defineRule({
  meta: {
    id: 'solution-chosen',
    severity: 'error',
    checks: {
      en: 'A solution with two or more approaches and no `rationale`; a chosen approach whose `estimates` miss a metric\'s target (warning).',
      zh: '有两个及以上候选方案却没有 `rationale` 的方案文档；选中方案的 `estimates` 达不到指标目标（警告）。',
    },
    title: { en: 'The chosen approach says why', zh: '选定的技术方案要说明理由' },
    why: {
      en: 'An algorithm plan (算法方案) exists so that reviewers can see which approaches were weighed and why one won. A choice without a reason cannot be challenged or revisited, and a choice expected to miss its own targets is a plan to fail.',
      zh: '算法方案文档的意义在于让评审看到比较过哪些方案、为什么选这一个。没有理由的选择无法被质疑或复盘；预计达不到自身目标的选择，等于计划失败。',
    },
    fix: {
      en: 'Write `rationale:` (accuracy against cost, latency, data needs, risk); where the chosen approach\'s estimate misses a target, choose another, or explain in the rationale how the product closes the gap (and add a `limits` entry).',
      zh: '填写 `rationale:`（准确率与成本、延迟、数据需求、风险的权衡）；选中方案的预估达不到目标时，改选其他方案，或在理由中说明产品如何弥补差距（并添加 `limits` 条目）。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    for (const { file, value: doc } of ctx.docs('solution')) {
      if (doc.approaches.length >= 2 && !doc.rationale?.trim()) {
        found.push({ file, path: ['chosen'], msg: 'noRationale', params: { title: doc.title, count: doc.approaches.length, chosen: doc.chosen } });
      }
      const index = doc.approaches.findIndex((a) => a.id === doc.chosen);
      const chosen = doc.approaches[index];
      for (const [metricId, value] of Object.entries(chosen?.estimates ?? {})) {
        const metric = ctx.find('metric', metricId);
        const target = parseTarget(metric?.value.target, metric?.value);
        if (!target || meetsTarget(value, target)) continue;
        found.push({ file, path: ['approaches', index, 'estimates', metricId], msg: 'estimateMisses', params: { approach: doc.chosen, metric: metricId, value, target: formatTarget(target) }, mild: true });
      }
    }
    return found;
  },
});
