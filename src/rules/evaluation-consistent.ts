import { countText } from '../i18n/index.js';
import { formatTarget, valueWithUnit } from '../kinds/common.js';
import { judgeEvaluation, type Judgement } from '../model/judgement.js';
import type { Entry } from '../model/types.js';
import { latestPerModel } from '../model/queries.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  miss: {
    en: 'evaluation `{id}` says ship, but `{metric}` is {value}, missing its target {target}',
    zh: '评估 `{id}` 结论为 ship，但 `{metric}` 为 {value}，未达到目标 {target}',
  },
  segmentMiss: {
    en: 'evaluation `{id}` says ship, but `{metric}` on segment `{segment}` is {value}, missing its target {target}',
    zh: '评估 `{id}` 结论为 ship，但 `{metric}` 在分群 `{segment}` 上为 {value}，未达到目标 {target}',
  },
  segmentMissing: {
    en: 'evaluation `{id}` says ship, but reports no value for segment `{segment}` of `{metric}` (target {target})',
    zh: '评估 `{id}` 结论为 ship，但没有报告 `{metric}` 在分群 `{segment}` 上的结果（目标 {target}）',
  },
  noResults: {
    en: 'evaluation `{id}` reports no results: add what was measured (`results`: metric, value)',
    zh: '评估 `{id}` 没有报告任何结果：请填写测得的数值（`results`：metric、value）',
  },
  guardrailMissing: {
    en: 'evaluation `{id}` says ship without a result for guardrail `{guardrail}`, which guards {guards}: report it (a ship needs the guardrail too), or decide iterate',
    zh: '评估 `{id}` 结论为 ship，却没有护栏指标 `{guardrail}` 的结果（它守护 {guards}）：请报告该指标（上线也需要护栏达标），或改为 iterate',
  },
  anyGuardrailMissing: {
    en: 'evaluation `{id}` says ship without a result for guardrail `{guardrail}` (no guardrail names a reported metric, so every guardrail counts): report it, or decide iterate',
    zh: '评估 `{id}` 结论为 ship，却没有护栏指标 `{guardrail}` 的结果（没有护栏指明守护已报告的指标，因此每个护栏都要报告）：请报告该指标，或改为 iterate',
  },
  fewSamples: {
    en: 'evaluation `{id}` says ship, but `{metric}` was measured on {samples}, fewer than the {min} it needs (`min_samples`): measure on more, or decide iterate',
    zh: '评估 `{id}` 结论为 ship，但 `{metric}` 只在 {samples}上测得，少于所需的 {min} 个（`min_samples`）：请扩大样本，或改为 iterate',
  },
  segmentFewSamples: {
    en: 'evaluation `{id}` says ship, but `{metric}` on segment `{segment}` was measured on {samples}, fewer than the {min} it needs (`min_samples`): measure on more, or decide iterate',
    zh: '评估 `{id}` 结论为 ship，但 `{metric}` 在分群 `{segment}` 上只在 {samples}上测得，少于所需的 {min} 个（`min_samples`）：请扩大样本，或改为 iterate',
  },
  notSignificant: {
    en: '`{metric}` is {value}, meeting its target {target}, but its interval [{low}, {high}] reaches {bound}, which misses it: not yet significant. Measure on more samples before shipping',
    zh: '`{metric}` 为 {value}，达到目标 {target}，但其置信区间 [{low}, {high}] 延伸到 {bound}，未达标：结果尚不显著。上线前请扩大样本',
  },
  segmentNotSignificant: {
    en: '`{metric}` on segment `{segment}` is {value}, meeting its target {target}, but its interval [{low}, {high}] reaches {bound}, which misses it: not yet significant. Measure on more samples before shipping',
    zh: '`{metric}` 在分群 `{segment}` 上为 {value}，达到目标 {target}，但其置信区间 [{low}, {high}] 延伸到 {bound}，未达标：结果尚不显著。上线前请扩大样本',
  },
  // Related places: where the metric sets what the evaluation is judged against.
  target: { en: 'the target of `{metric}`: {target}', zh: '`{metric}` 的目标：{target}' },
  segmentTarget: { en: 'the target of `{metric}` on segment `{segment}`: {target}', zh: '`{metric}` 在分群 `{segment}` 上的目标：{target}' },
  minSamples: { en: '`{metric}` needs {min} samples', zh: '`{metric}` 需要 {min} 个样本' },
} satisfies Messages;

type Related = NonNullable<ProblemOf<typeof messages>['related']>;

/**
 * Where the metric sets what a judgement measured against: its target, its segment's target, or
 * (too few samples) its `min_samples`. Nothing when the metric is not a valid item.
 */
function relatedOf(j: Judgement, metric: Entry<'metric'> | undefined): { related?: Related } {
  if (!metric) return {};
  const params = { metric: metric.id, ...(j.target ? { target: formatTarget(j.target) } : {}) };
  if (j.code === 'few-samples') return { related: [{ file: metric.file, path: [...metric.path, 'min_samples'], msg: 'minSamples', params: { metric: metric.id, min: j.min } }] };
  if (j.segment === undefined) return { related: [{ file: metric.file, path: [...metric.path, 'target'], msg: 'target', params }] };
  const k = metric.value.segments?.findIndex((s) => s.name === j.segment) ?? -1;
  return k < 0 ? {} : { related: [{ file: metric.file, path: [...metric.path, 'segments', k, 'target'], msg: 'segmentTarget', params: { ...params, segment: j.segment } }] };
}

export const evaluationConsistent = defineRule({
  meta: {
    id: 'evaluation-consistent',
    severity: 'error',
    checks: {
      en: "The latest evaluation of a model says `ship` while one of its results or segments misses the metric's target, a segment target of a reported metric has no result, a guardrail goes unreported (every guardrail that guards a reported metric; when none does, every guardrail), or a result or segment has `n` below its metric's `min_samples`. A `ci` whose unhealthy end misses the target while the value meets it warns (not yet significant), and so does an evaluation with no results at all.",
      zh: '某模型最新一次评估结论为 `ship`，但有结果或分群未达到指标目标、已报告指标的分群目标没有结果、护栏指标没有报告（守护已报告指标的每个护栏；若没有，则为所有护栏），或结果/分群的样本数 `n` 少于指标的 `min_samples`。值达标但置信区间 `ci` 的不健康一端未达标时给出警告（结果尚不显著）；没有任何结果的评估也给出警告。',
    },
    title: { en: 'No "ship" while a metric misses', zh: '指标未达标不能结论为上线' },
    why: {
      en: 'An evaluation that says ship while a metric or a segment misses its target turns the target into a suggestion. aipm computes pass or fail itself from the targets in metrics.',
      zh: '指标或分群未达标却结论为 ship，会让目标形同虚设。aipm 根据指标中的目标自行计算是否达标。',
    },
    fix: {
      en: 'Change the decision to `iterate`, or record in a review why the target changed and update it in metrics. Report a value for every segment that has a target and for the guardrails, measured on at least `min_samples` samples.',
      zh: '把结论改为 `iterate`；或在评审纪要中记录目标为何调整，并在指标中更新。为每个有目标的分群和护栏指标报告结果，样本数不少于 `min_samples`。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    const guardrails = ctx.items('metric').filter((m) => m.value.layer === 'guardrail');
    for (const ev of ctx.items('evaluation')) {
      if (ev.value.results.length === 0) found.push({ file: ev.file, path: [...ev.path, 'results'], msg: 'noResults', params: { id: ev.id }, mild: true });
    }
    for (const ev of latestPerModel(ctx.items('evaluation'))) {
      if (ev.value.decision !== 'ship') continue;
      const base = { file: ev.file };
      const { judgements } = judgeEvaluation(ev, (id) => ctx.find('metric', id), guardrails);
      for (const j of judgements) {
        const params = { id: ev.id, metric: j.metric, ...(j.segment === undefined ? {} : { segment: j.segment }) };
        const target = j.target && formatTarget(j.target);
        const metric = ctx.find('metric', j.metric);
        const related = relatedOf(j, metric);
        const u = (v: number | undefined) => valueWithUnit(v!, metric?.value.unit);
        switch (j.code) {
          case 'miss':
            found.push({ ...base, path: j.path, msg: j.segment === undefined ? 'miss' : 'segmentMiss', params: { ...params, value: u(j.value), target }, ...related });
            break;
          case 'segment-missing':
            found.push({ ...base, path: j.path, msg: 'segmentMissing', params: { ...params, target }, ...related });
            break;
          case 'few-samples':
            found.push({ ...base, path: j.path, msg: j.segment === undefined ? 'fewSamples' : 'segmentFewSamples', params: { ...params, samples: countText('sample', j.n!), min: j.min }, ...related });
            break;
          case 'not-significant':
            found.push({ ...base, path: j.path, msg: j.segment === undefined ? 'notSignificant' : 'segmentNotSignificant', params: { ...params, value: u(j.value), target, low: u(j.ci![0]), high: u(j.ci![1]), bound: u(j.bound) }, mild: true, ...related });
            break;
          case 'guardrail-missing': {
            const guards = j.guards!.map((id) => `\`${id}\``).join(', ');
            found.push({ ...base, path: j.path, msg: j.guards!.length > 0 ? 'guardrailMissing' : 'anyGuardrailMissing', params: { id: ev.id, guardrail: j.metric, guards } });
            break;
          }
          case 'red-line':
            // The gate holds on a crossed red line; this rule speaks only of what contradicts "ship".
            break;
        }
      }
    }
    return found;
  },
});
