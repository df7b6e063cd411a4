import { formatTarget, isPercentUnit, parseTarget } from '../kinds/common.js';
import type { CheckedFile, Entry } from '../model/types.js';
import type { Path } from '../yaml/positions.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  fraction: {
    en: '{value} on `{id}` looks like a fraction, but `{id}` is in percent (its target is `{target}`): write {percent} for {percent}%',
    zh: '`{id}` 上的 {value} 像是小数，但 `{id}` 的单位是百分比（目标为 `{target}`）：{percent}% 请写作 {percent}',
  },
} satisfies Messages;

const looksLikeFraction = (v: number) => v > 0 && v < 1;

export const unitScale = defineRule({
  meta: {
    id: 'unit-scale',
    severity: 'warning',
    checks: {
      en: 'On a `%` metric whose target is above 1, a value, target or segment between 0 and 1: an evaluation result or segment, an experiment result, a segment target, a red line, a requirement\'s target or a rollback trigger (0.956 where 95.6 was meant).',
      zh: '单位为 `%` 且目标大于 1 的指标上，出现 0 到 1 之间的数值：评估结果或分群结果、实验结果、分群目标、红线、需求的目标或回滚触发条件（本应写 95.6 却写成 0.956）。',
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
      const t = parseTarget(m.value.target);
      if (isPercentUnit(m.value.unit) && t && t.value > 1 && !percent.has(m.id)) percent.set(m.id, m);
    }
    const flag = (file: CheckedFile, path: Path, metricId: string, value: number | undefined) => {
      const metric = percent.get(metricId);
      if (!metric || value === undefined || !looksLikeFraction(value)) return;
      const percentValue = String(Math.round(value * 100 * 1000) / 1000);
      found.push({ file, path, msg: 'fraction', params: { value, id: metricId, target: formatTarget(parseTarget(metric.value.target)!), percent: percentValue } });
    };
    for (const m of ctx.items('metric')) {
      flag(m.file, [...m.path, 'red_line', 'target'], m.id, parseTarget(m.value.red_line?.target)?.value);
      m.value.segments?.forEach((s, i) => flag(m.file, [...m.path, 'segments', i, 'target'], m.id, parseTarget(s.target)?.value));
    }
    for (const r of ctx.items('requirement')) {
      r.value.targets?.forEach((t, i) => flag(r.file, [...r.path, 'targets', i, 'target'], t.metric, parseTarget(t.target)?.value));
    }
    for (const { file, value: plan } of ctx.docs('launch-plan')) {
      plan.rollback?.triggers?.forEach((t, i) => flag(file, ['rollback', 'triggers', i, 'target'], t.metric, parseTarget(t.target)?.value));
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
