import { formatTarget, isPercentUnit, parseTarget, type Target, type TargetMetric } from '../kinds/common.js';
import { asPercent, fractionBeside, percentEvidence } from '../model/thresholds.js';
import type { CheckedFile, Entry } from '../model/types.js';
import type { Path } from '../yaml/positions.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  fraction: {
    en: '{value} on `{id}` looks like a fraction, but `{id}` is in percent (its target is `{target}`): write {percent} for {percent}%',
    zh: '`{id}` 上的 {value} 像是小数，但 `{id}` 的单位是百分比（目标为 `{target}`）：{percent}% 请写作 {percent}',
  },
  fractionTarget: {
    en: '`{target}` on `{id}` looks like a fraction, but `{id}` is in percent and its {what} is {value}: write `{fixed}`',
    zh: '`{id}` 的 `{target}` 像是小数，但 `{id}` 的单位是百分比，且其{what}为 {value}：请写作 `{fixed}`',
  },
  baseline: { en: 'baseline', zh: '基线' },
  result: { en: 'result', zh: '评估结果' },
  segment: { en: 'segment result', zh: '分群结果' },
} satisfies Messages;

const looksLikeFraction = (v: number) => v > 0 && v < 1;

/**
 * A target whose number was written as such, to be read as a fraction or not: a relative target
 * (`>= baseline + 5%`) writes a change, never the threshold, so this rule leaves it to the baseline.
 */
function writtenNumber(input: unknown, metric: TargetMetric): Target | undefined {
  const t = parseTarget(input, metric);
  return t?.relative ? undefined : t;
}

export const unitScale = defineRule({
  meta: {
    id: 'unit-scale',
    severity: 'warning',
    checks: {
      en: 'On a `%` metric whose target is above 1, a value, target or segment between 0 and 1: an evaluation result or segment, an experiment result, a segment target, a red line, a requirement\'s target or a rollback trigger (0.956 where 95.6 was meant). And a `%` metric whose target or red line lies in 0–1 while its baseline, results or segments lie above 1 and at least 10× it (`>= 0.35` beside a baseline of 28): the message suggests the percent (`>= 35`).',
      zh: '单位为 `%` 且目标大于 1 的指标上，出现 0 到 1 之间的数值：评估结果或分群结果、实验结果、分群目标、红线、需求的目标或回滚触发条件（本应写 95.6 却写成 0.956）。以及单位为 `%` 的指标，其目标或红线在 0 到 1 之间，而基线、评估结果或分群结果大于 1 且至少是它的 10 倍（基线 28 旁写 `>= 0.35`）：提示改写为百分数（`>= 35`）。',
    },
    title: { en: 'Percent metrics are written in percent', zh: '百分比指标按百分比书写' },
    why: {
      en: 'A result of 0.956 against a target of `>= 90` (%) fails by two orders of magnitude, and a trigger of `> 0.05` (%) fires on noise: a fraction written where a percent belongs makes every comparison aipm computes wrong.',
      zh: '目标为 `>= 90`（%）时写成 0.956 的结果会差两个数量级；`> 0.05`（%）的触发条件会被噪声触发。百分比的位置写成小数，aipm 计算的每个比较都会出错。',
    },
    fix: {
      en: 'Write percent metrics in percent (95.6 for 95.6%), or, if the metric really is a fraction, change its `unit` and its target to match.',
      zh: '百分比指标按百分比书写（95.6% 写作 95.6）；若该指标确实是小数，请修改其 `unit` 和目标使之一致。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    // Percent metrics whose own target says values are above 1.
    const percent = new Map<string, Entry<'metric'>>();
    for (const m of ctx.model.items.metric) {
      const t = parseTarget(m.value.target, m.value);
      if (isPercentUnit(m.value.unit) && t && t.value > 1 && !percent.has(m.id)) percent.set(m.id, m);
    }
    const flag = (file: CheckedFile, path: Path, metricId: string, value: number | undefined) => {
      const metric = percent.get(metricId);
      if (!metric || value === undefined || !looksLikeFraction(value)) return;
      const percentValue = String(Math.round(value * 100 * 1000) / 1000);
      found.push({ file, path, msg: 'fraction', params: { value, id: metricId, target: formatTarget(parseTarget(metric.value.target, metric.value)!), percent: percentValue } });
    };
    // A target or red line in 0–1 on a percent metric whose own numbers are above 1 and ten times it.
    for (const m of ctx.items('metric')) {
      // (A metric whose target is above 1 has its fractions flagged one by one below.)
      if (!isPercentUnit(m.value.unit) || percent.has(m.id)) continue;
      const evidence = percentEvidence(ctx.model, m);
      for (const [path, written] of [[[...m.path, 'target'], m.value.target], [[...m.path, 'red_line', 'target'], m.value.red_line?.target]] as const) {
        const t = writtenNumber(written, m.value);
        const beside = fractionBeside(t, evidence);
        if (!t || !beside) continue;
        const fixed = formatTarget(asPercent(t));
        // A JSON string is a YAML double-quoted scalar: `aipm fix` writes the percent in its place.
        found.push({ file: m.file, path, msg: 'fractionTarget', params: { target: formatTarget(t), id: m.id, what: { msg: beside.what }, value: beside.value, fixed }, fix: JSON.stringify(fixed) });
      }
    }
    for (const m of ctx.items('metric')) {
      flag(m.file, [...m.path, 'red_line', 'target'], m.id, writtenNumber(m.value.red_line?.target, m.value)?.value);
      m.value.segments?.forEach((s, i) => flag(m.file, [...m.path, 'segments', i, 'target'], m.id, writtenNumber(s.target, m.value)?.value));
    }
    for (const r of ctx.items('requirement')) {
      r.value.targets?.forEach((t, i) => flag(r.file, [...r.path, 'targets', i, 'target'], t.metric, writtenNumber(t.target, ctx.find('metric', t.metric)?.value)?.value));
    }
    for (const { file, value: plan } of ctx.docs('launch-plan')) {
      plan.rollback?.triggers?.forEach((t, i) => flag(file, ['rollback', 'triggers', i, 'target'], t.metric, writtenNumber(t.target, ctx.find('metric', t.metric)?.value)?.value));
    }
    for (const ev of ctx.items('evaluation')) {
      ev.value.results.forEach((r, i) => {
        flag(ev.file, [...ev.path, 'results', i, 'value'], r.metric, r.value);
        r.segments?.forEach((s, j) => flag(ev.file, [...ev.path, 'results', i, 'segments', j, 'value'], r.metric, s.value));
      });
      ev.value.experiments?.forEach((x, i) => {
        for (const [metric, value] of Object.entries(x.results ?? {})) flag(ev.file, [...ev.path, 'experiments', i, 'results', metric], metric, value);
      });
    }
    return found;
  },
});
