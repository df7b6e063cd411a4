import { formatTarget } from '../kinds/common.js';
import { unansweredGaps } from '../model/queries.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  noMitigation: {
    en: 'limit `{id}` ("{limit}") has no `mitigation`: say what the product does when it happens (ask the user to confirm, route to a person, fall back, ask for feedback, narrow the scope, or tell the user)',
    zh: '能力边界 `{id}`（「{limit}」）没有 `mitigation`：请说明发生时产品怎么做（让用户确认、转人工、兜底、收集反馈、缩小范围或告知用户）',
  },
  result: {
    en: '`{metric}` misses its target in evaluation `{evaluation}` ({value} against {target}) and no limit answers it: add a `limits` entry with `metric: {metric}` and what the product does meanwhile',
    zh: '`{metric}` 在评估 `{evaluation}` 中未达标（{value}，目标 {target}），却没有能力边界应对：请添加 `metric: {metric}` 的 `limits` 条目，说明期间产品怎么做',
  },
  segment: {
    en: '`{metric}` on segment `{segment}` misses its target in evaluation `{evaluation}` ({value} against {target}) and no limit answers it: add a `limits` entry with `metric: {metric}` and `segment: {segment}`',
    zh: '`{metric}` 在分群 `{segment}` 上于评估 `{evaluation}` 中未达标（{value}，目标 {target}），却没有能力边界应对：请添加 `metric: {metric}`、`segment: {segment}` 的 `limits` 条目',
  },
  scenario: {
    en: 'dataset `{dataset}` does not cover "{scenario}" and no limit answers it: add a `limits` entry with `scenario: {scenario}` and what the product does there',
    zh: '数据集 `{dataset}` 没有覆盖「{scenario}」，却没有能力边界应对：请添加 `scenario: {scenario}` 的 `limits` 条目，说明产品在该场景怎么做',
  },
} satisfies Messages;

export const limitHasMitigation = defineRule({
  meta: {
    id: 'limit-has-mitigation',
    severity: 'error',
    checks: {
      en: 'A `limits` entry without `mitigation`. Warnings, only when the workspace has a solution, once per gap, in the first solution file by path (at its `limits` key): a result failing in the latest evaluation of a model that no limit names by `metric`, a failing segment that no limit names by `metric` and `segment`, a dataset scenario `covered: false` that no limit names by `scenario`.',
      zh: '缺少 `mitigation` 的 `limits` 条目。以下为警告（仅当工作区有方案文档时，每个缺口一次，报在路径最靠前的方案文件的 `limits` 处）：某模型最新评估中未达标、却没有能力边界按 `metric` 应对的结果；没有能力边界按 `metric` 和 `segment` 应对的未达标分群；没有能力边界按 `scenario` 应对的 `covered: false` 数据场景。',
    },
    title: { en: 'Where the model falls short, the product answers', zh: '技术不够，产品来补' },
    why: {
      en: 'Every model has segments and scenarios where it misses. Users meet those misses on launch day unless the product answers them: ask the user to confirm, route to a person, fall back to rules, collect feedback, narrow the scope, or say what the AI cannot do.',
      zh: '任何模型都有未达标的分群和场景。除非产品做出应对，用户会在上线当天直接遇到这些问题：让用户确认、转人工、规则兜底、收集反馈、缩小范围，或告知 AI 做不到什么。',
    },
    fix: {
      en: 'Give every `limits` entry a `mitigation` (and a `type`: confirm, human-review, fallback, feedback, scope, notice); add a limit for each failing metric, segment and uncovered scenario the warnings name.',
      zh: '为每个 `limits` 条目填写 `mitigation`（以及 `type`：confirm、human-review、fallback、feedback、scope、notice）；为警告列出的每个未达标指标、分群和未覆盖场景添加能力边界。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    const solutions = ctx.docs('solution');
    for (const l of ctx.items('limit')) {
      if (!l.value.mitigation?.trim()) found.push({ file: l.file, path: l.path, msg: 'noMitigation', params: { id: l.id, limit: l.value.limit } });
    }
    const first = [...solutions].sort((a, b) => (a.file.file < b.file.file ? -1 : 1))[0];
    if (!first) return found;
    const at = { file: first.file, path: first.value.limits ? ['limits'] : ['kind'], mild: true };
    for (const gap of unansweredGaps(ctx.model)) {
      if (gap.kind === 'scenario') found.push({ ...at, msg: 'scenario', params: { dataset: gap.dataset.id, scenario: gap.scenario } });
      else {
        const params = { metric: gap.metric, evaluation: gap.evaluation.id, value: gap.value, target: formatTarget(gap.target) };
        found.push(gap.kind === 'result' ? { ...at, msg: 'result', params } : { ...at, msg: 'segment', params: { ...params, segment: gap.segment } });
      }
    }
    return found;
  },
});
