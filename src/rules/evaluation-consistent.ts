import { formatTarget, meetsTarget, parseTarget } from '../kinds/common.js';
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
} satisfies Messages;

export const evaluationConsistent = defineRule({
  meta: {
    id: 'evaluation-consistent',
    severity: 'error',
    checks: {
      en: "The latest evaluation of a model says `ship` while one of its results or segments misses the metric's target, or a segment target of a reported metric has no result.",
      zh: '某模型最新一次评估结论为 `ship`，但有结果或分群未达到指标目标，或已报告指标的分群目标没有结果。',
    },
    title: { en: 'No "ship" while a metric misses', zh: '指标未达标不能结论为上线' },
    why: {
      en: 'An evaluation that says ship while a metric or a segment misses its target turns the target into a suggestion. aipm computes pass or fail itself from the targets in metrics.',
      zh: '指标或分群未达标却结论为 ship，会让目标形同虚设。aipm 根据指标中的目标自行计算是否达标。',
    },
    fix: {
      en: 'Change the decision to `iterate`, or record in a review why the target changed and update it in metrics. Report a value for every segment that has a target.',
      zh: '把结论改为 `iterate`；或在评审纪要中记录目标为何调整，并在指标中更新。为每个有目标的分群报告结果。',
    },
  },
  messages,
  check(ctx) {
    const hits: ProblemOf<typeof messages>[] = [];
    for (const ev of latestPerModel(ctx.items('evaluation'))) {
      if (ev.value.decision !== 'ship') continue;
      ev.value.results.forEach((r, i) => {
        const metric = ctx.find('metric', r.metric);
        const target = metric && parseTarget(metric.value.target);
        if (!metric || !target) return;
        const at = [...ev.path, 'results', i];
        if (!meetsTarget(r.value, target)) {
          hits.push({ file: ev.file, path: [...at, 'value'], msg: 'miss', params: { id: ev.id, metric: metric.id, value: r.value, target: formatTarget(target) } });
        }
        for (const segment of metric.value.segments ?? []) {
          const segmentTarget = parseTarget(segment.target);
          if (!segmentTarget) continue;
          const j = r.segments?.findIndex((s) => s.name === segment.name) ?? -1;
          const reported = j >= 0 ? r.segments![j]! : undefined;
          if (!reported) {
            hits.push({ file: ev.file, path: at, msg: 'segmentMissing', params: { id: ev.id, metric: metric.id, segment: segment.name, target: formatTarget(segmentTarget) } });
          } else if (!meetsTarget(reported.value, segmentTarget)) {
            hits.push({ file: ev.file, path: [...at, 'segments', j, 'value'], msg: 'segmentMiss', params: { id: ev.id, metric: metric.id, segment: segment.name, value: reported.value, target: formatTarget(segmentTarget) } });
          }
        }
      });
    }
    return hits;
  },
});
