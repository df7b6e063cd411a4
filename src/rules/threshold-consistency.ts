import { absolute, formatTarget, isPercentUnit, parseTarget, writtenTarget, type Target } from '../kinds/common.js';
import { direction, fractionBeside, neverHolds, overlaps, percentEvidence, unhealthySide, within } from '../model/thresholds.js';
import type { Entry } from '../model/types.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  redLineTighter: {
    en: 'the red line `{red}` of `{id}` is tighter than its target `{target}`: the metric can meet its target and still cross the red line. A red line is the looser limit, e.g. `{suggestion}`',
    zh: '`{id}` 的红线 `{red}` 比目标 `{target}` 更严：指标达标时也可能越过红线。红线应是更宽的底线，例如 `{suggestion}`',
  },
  redLineDirection: {
    en: 'the red line `{red}` of `{id}` points the other way from its target `{target}`: write it on the same side, e.g. `{suggestion}`',
    zh: '`{id}` 的红线 `{red}` 与目标 `{target}` 方向相反：请写在同一方向，例如 `{suggestion}`',
  },
  triggerFiresHealthy: {
    en: 'rollback trigger `{trigger}` on `{id}` fires while the metric meets its target `{target}`: a trigger names the unhealthy side, e.g. `{suggestion}`',
    zh: '`{id}` 的回滚触发条件 `{trigger}` 在指标仍达到目标 `{target}` 时就会触发：触发条件应写不健康的一侧，例如 `{suggestion}`',
  },
  requirementDirection: {
    en: 'requirement `{requirement}` holds `{id}` to `{written}`, but the metric\'s target `{target}` says {healthy} is healthy: write it the metric\'s way, e.g. `{suggestion}`',
    zh: '需求 `{requirement}` 对 `{id}` 的要求 `{written}` 与指标目标 `{target}` 方向相反（{healthy}为健康）：请按指标的方向写，例如 `{suggestion}`',
  },
  target: { en: 'the target of `{id}`: `{target}`', zh: '`{id}` 的目标：`{target}`' },
  higher: { en: 'higher', zh: '越高越好' },
  lower: { en: 'lower', zh: '越低越好' },
} satisfies Messages;

/** The same condition written the other way round, keeping the number: `>= 90` → `<= 90`. */
function turned(t: Target, to: 'higher' | 'lower'): Target {
  const strict = t.op === '>' || t.op === '<';
  return { ...t, op: to === 'higher' ? (strict ? '>' : '>=') : strict ? '<' : '<=' };
}

/** The metric's own target, which the threshold contradicts: the place a finding relates to. */
function contradicted(metric: Entry<'metric'>, target: Target): NonNullable<ProblemOf<typeof messages>['related']> {
  return [{ file: metric.file, path: [...metric.path, 'target'], msg: 'target', params: { id: metric.id, target: formatTarget(target) } }];
}

export const thresholdConsistency = defineRule({
  meta: {
    id: 'threshold-consistency',
    severity: 'error',
    checks: {
      en: "A red line on the healthy side of its own target (tighter than the target, or the other way); a rollback trigger that fires while the metric still meets its target; a requirement's target that points the other way from its metric's. `>=`/`>` means higher is healthy, `<=`/`<` lower; `==` targets are skipped.",
      zh: '红线落在目标的健康一侧（比目标更严，或方向相反）；回滚触发条件在指标仍达标时就会触发；需求对指标的目标与指标自身方向相反。`>=`/`>` 表示越高越好，`<=`/`<` 表示越低越好；`==` 的目标不检查。',
    },
    title: { en: 'Thresholds agree with their targets', zh: '阈值与目标方向一致' },
    why: {
      en: 'A red line is the last limit before the fallback runs, so it must be looser than the goal; a rollback trigger must fire only when the metric is unhealthy, or it rolls back a healthy launch (or never fires at all). Typed the wrong way round, either one looks fine in review and fails on launch day.',
      zh: '红线是触发兜底前的最后底线，必须比目标更宽；回滚触发条件只应在指标不健康时触发，否则会回滚一次健康的上线（或永远不触发）。方向写反的阈值在评审时看着没问题，上线当天才出事。',
    },
    fix: {
      en: 'Write a red line `<= R` beside a target `<= T` with R at or above T (mirrored for `>=`); write a rollback trigger on the unhealthy side of the target (`> T` for a target `<= T`); write a requirement\'s target in its metric\'s direction.',
      zh: '目标为 `<= T` 时红线写 `<= R` 且 R 不小于 T（`>=` 方向相反）；回滚触发条件写在目标的不健康一侧（目标 `<= T` 时写 `> T`）；需求的目标按指标的方向写。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    for (const m of ctx.items('metric')) {
      const target = parseTarget(m.value.target, m.value);
      const red = parseTarget(m.value.red_line?.target, m.value);
      const way = target && direction(target);
      if (!target || !red || !way) continue;
      // A threshold written as a fraction is unit-scale's one finding: a suggestion from it (`>= 0.9%`) could never hold.
      const evidence = percentEvidence(ctx.model, m);
      if (isPercentUnit(m.value.unit) && (fractionBeside(target, evidence) || fractionBeside(red, evidence))) continue;
      const params = { id: m.id, red: formatTarget(red), target: formatTarget(target) };
      const path = [...m.path, 'red_line', 'target'];
      const related = contradicted(m, target);
      if (direction(red) !== way) found.push({ file: m.file, path, msg: 'redLineDirection', params: { ...params, suggestion: writtenTarget(turned(red, way)) }, related });
      else if (!within(target, red)) {
        // The loosest red line that holds: at the target itself, written as the target is (relative or not).
        const op = way === 'lower' ? '<=' : '>=';
        const atTarget: Target = target.relative ? { ...target, op } : { ...absolute(red), ...absolute(target), op };
        found.push({ file: m.file, path, msg: 'redLineTighter', params: { ...params, suggestion: writtenTarget(atTarget) }, related });
      }
    }
    for (const { file, value: plan } of ctx.docs('launch-plan')) {
      plan.rollback?.triggers?.forEach((trigger, i) => {
        const metric = ctx.find('metric', trigger.metric);
        const target = metric && parseTarget(metric.value.target, metric.value);
        const fires = parseTarget(trigger.target, metric?.value);
        // A trigger that can never fire (`< 0` on a %) is placeholder's one finding.
        if (!target || !fires || !direction(target) || !overlaps(fires, target) || neverHolds(fires, metric.value.unit)) return;
        found.push({
          file,
          path: ['rollback', 'triggers', i, 'target'],
          msg: 'triggerFiresHealthy',
          params: { id: trigger.metric, trigger: formatTarget(fires), target: formatTarget(target), suggestion: writtenTarget(unhealthySide(target)!) },
          related: contradicted(metric, target),
        });
      });
    }
    for (const r of ctx.items('requirement')) {
      r.value.targets?.forEach((t, i) => {
        const metric = ctx.find('metric', t.metric);
        const own = metric && parseTarget(metric.value.target, metric.value);
        const written = parseTarget(t.target, metric?.value);
        const way = own && direction(own);
        if (!way || !written || !direction(written) || direction(written) === way) return;
        found.push({
          file: r.file,
          path: [...r.path, 'targets', i, 'target'],
          msg: 'requirementDirection',
          params: { requirement: r.id, id: t.metric, written: formatTarget(written), target: formatTarget(own), healthy: { msg: way }, suggestion: writtenTarget(turned(written, way)) },
          related: contradicted(metric!, own),
        });
      });
    }
    return found;
  },
});
