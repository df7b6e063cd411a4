import { limitHasMitigation } from '../../src/rules/limit-has-mitigation.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
const SOL = 'specs/solution.yaml';
const atLimits = (f: Record<string, string>) => lineOf(f[SOL]!, 'limits:') + 1;
const { [SOL]: _, ...zhWithoutSolution } = zh;

testRule(limitHasMitigation, {
  accept: [
    { name: 'every failing segment and uncovered scenario answered (the zh example)', files: zh },
    { name: 'the en example', files: en },
    { name: 'no solution in the workspace: nothing to answer with, so no gaps', files: zhWithoutSolution },
    { name: 'a scenario is matched ignoring case and spaces', files: edit(en, SOL, 'scenario: night', 'scenario: " Night "') },
  ],
  reject: [
    {
      name: 'a limit without mitigation, at the limit',
      files: edit(en, SOL, /\n    mitigation: Minor-queue claims.*/, ''),
      findings: (f) => [{ line: lineOf(f[SOL]!, 'id: LIM-SEVERE'), col: 5, message: 'limit `LIM-SEVERE` ("A severe claim sent to the minor queue is the costliest mistake") has no `mitigation`: say what the product does when it happens (ask the user to confirm, route to a person, fall back, ask for feedback, narrow the scope, or tell the user)' }],
    },
    {
      name: 'a failing segment no limit names warns, at the first solution\'s limits',
      files: edit(zh, SOL, /  - id: LIM-RAIN[\s\S]*?(?=  - id: LIM-NEW-CITY)/, ''),
      findings: (f) => [{ line: atLimits(f), severity: 'warning', message: '`M-ETA-MAE` on segment `雨天` misses its target in evaluation `EV-ETA-V1` (8.6 against <= 8 分钟) and no limit answers it: add a `limits` entry with `metric: M-ETA-MAE` and `segment: 雨天`' }],
    },
    {
      name: 'a segment missing a relative target, judged at its absolute value (8.6 against <= baseline - 10% = 8.55), in zh',
      files: edit(edit(zh, SOL, /  - id: LIM-RAIN[\s\S]*?(?=  - id: LIM-NEW-CITY)/, ''), 'specs/metrics.yaml', '{name: 雨天, target: "<= 8 分钟"}', '{name: 雨天, target: "<= baseline - 10%"}'),
      options: { lang: 'zh' },
      findings: (f) => [{ line: atLimits(f), severity: 'warning', message: '`M-ETA-MAE` 在分群 `雨天` 上于评估 `EV-ETA-V1` 中未达标（8.6，目标 <= 8.55 分钟 (baseline 9.5 分钟 - 10%)），却没有能力边界应对：请添加 `metric: M-ETA-MAE`、`segment: 雨天` 的 `limits` 条目' }],
    },
    {
      name: 'a limit on the metric but another segment does not answer a failing segment',
      files: edit(zh, SOL, '    segment: 雨天\n', '    segment: 晚高峰\n'),
      findings: (f) => [{ line: atLimits(f), severity: 'warning', message: /on segment `雨天` misses its target/ }],
    },
    {
      name: 'an uncovered scenario no limit names warns',
      files: edit(zh, SOL, '    scenario: 降雪\n', ''),
      findings: (f) => [{ line: atLimits(f), severity: 'warning', message: 'dataset `DS-WEATHER` does not cover "降雪" and no limit answers it: add a `limits` entry with `scenario: 降雪` and what the product does there' }],
    },
    {
      name: 'a failing result no limit names warns, at the kind line when there are no limits',
      files: edit(edit(en, 'specs/evaluation.yaml', 'decision: ship', 'decision: stop'), SOL, /\nlimits:[\s\S]*?(?=\ndeployment:)/, ''),
      findings: (f) => [
        { line: lineOf(f[SOL]!, 'kind: solution'), severity: 'warning', message: /^dataset `DS-CLAIM-PHOTOS` does not cover "night"/ },
      ],
    },
    {
      name: 'a result that misses, with no limit on its metric',
      files: edit(edit(en, 'specs/evaluation.yaml', 'decision: ship', 'decision: stop'), 'specs/evaluation.yaml', '    value: 640', '    value: 950'),
      findings: (f) => [{ line: atLimits(f), severity: 'warning', message: '`M-INFER-P95` misses its target in evaluation `EV-SEVERITY-V1` (950 against <= 800 ms) and no limit answers it: add a `limits` entry with `metric: M-INFER-P95` and what the product does meanwhile' }],
    },
  ],
});
