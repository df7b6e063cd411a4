import { evaluationConsistent } from '../../src/rules/evaluation-consistent.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
// An older evaluation of the same model that said ship at 80.0: history, not a live claim.
const older = en['specs/evaluation.yaml']!
  .replace('id: EV-SEVERITY-V1', 'id: EV-SEVERITY-V0')
  .replace('date: 2026-11-20', 'date: 2026-11-01')
  .replaceAll('id: EXP-', 'id: OLD-EXP-')
  .replace('    value: 89.4', '    value: 80.0');

const EV = 'specs/evaluation.yaml';
const noGuardrailResult = edit(en, EV, '  - metric: M-SEVERE-MISS\n    value: 0.8\n    n: 2100\n', '');

testRule(evaluationConsistent, {
  accept: [
    { name: 'n at min_samples exactly', files: edit(en, EV, 'n: 12000', 'n: 1000') },
    { name: 'an interval whose unhealthy end still meets the target', files: edit(en, EV, 'ci: [88.8, 90.0]', 'ci: [88.0, 90.8]') },
    { name: 'an unreported guardrail while iterating', files: edit(noGuardrailResult, EV, 'decision: ship', 'decision: iterate'), othersMaySpeak: true },
    { name: 'iterate while a segment misses (the zh example)', files: zh },
    { name: 'an older ship of the same model is history', files: { ...en, 'specs/evaluation-old.yaml': older } },
    { name: 'a relative target met (89.4 against >= baseline + 25% = 88.75)', files: edit(en, 'specs/metrics.yaml', 'target: ">= 88%"', 'target: ">= baseline + 25%"') },
    { name: 'a relative segment target met (81.5 against >= baseline + 10pp = 81)', files: edit(en, 'specs/metrics.yaml', '{name: low-light, target: ">= 80%"}', '{name: low-light, target: ">= baseline + 10pp"}') },
  ],
  reject: [
    {
      name: 'ship beside a result that misses a relative target, judged at its absolute value (89.4 against >= baseline + 26% = 89.46)',
      files: edit(en, 'specs/metrics.yaml', 'target: ">= 88%"', 'target: ">= baseline + 26%"'),
      findings: (f) => [
        {
          line: lineOf(f['specs/evaluation.yaml']!, 'value: 89.4'),
          message: 'evaluation `EV-SEVERITY-V1` says ship, but `M-TOP1-ACC` is 89.4%, missing its target >= 89.46% (baseline 71% + 26%)',
          related: [{ file: 'specs/metrics.yaml', line: lineOf(f['specs/metrics.yaml']!, 'baseline + 26%'), col: 13, message: 'the target of `M-TOP1-ACC`: >= 89.46% (baseline 71% + 26%)' }],
        },
        // The chosen approach's estimate of 89 misses it too.
        { rule: 'solution-chosen', file: 'specs/solution.yaml', line: lineOf(f['specs/solution.yaml']!, 'M-TOP1-ACC: 89'), severity: 'warning' },
      ],
    },
    {
      name: 'ship beside a segment that misses a relative segment target (81.5 against >= baseline + 11pp = 82)',
      files: edit(en, 'specs/metrics.yaml', '{name: low-light, target: ">= 80%"}', '{name: low-light, target: ">= baseline + 11pp"}'),
      findings: (f) => [{ line: lineOf(f['specs/evaluation.yaml']!, 'value: 81.5'), message: /low-light.*81\.5.*>= 82% \(baseline 71% \+ 11pp\)/ }],
    },
    {
      name: 'ship beside a result that misses its target, at the value',
      files: edit(en, 'specs/evaluation.yaml', '    value: 89.4', '    value: 86.0'),
      findings: (f) => [
        {
          line: lineOf(f['specs/evaluation.yaml']!, 'value: 86.0'),
          col: 12,
          message: 'evaluation `EV-SEVERITY-V1` says ship, but `M-TOP1-ACC` is 86%, missing its target >= 88%',
          // The metric's target it is judged against.
          related: [{ file: 'specs/metrics.yaml', line: lineOf(f['specs/metrics.yaml']!, 'target: ">= 88%"'), col: 13, message: 'the target of `M-TOP1-ACC`: >= 88%' }],
        },
      ],
    },
    {
      name: 'ship beside a segment that misses',
      files: edit(en, 'specs/evaluation.yaml', '{name: low-light, value: 81.5}', '{name: low-light, value: 79.9}'),
      findings: (f) => [
        {
          line: lineOf(f['specs/evaluation.yaml']!, 'value: 79.9'),
          col: 34,
          message: 'evaluation `EV-SEVERITY-V1` says ship, but `M-TOP1-ACC` on segment `low-light` is 79.9%, missing its target >= 80%',
          related: [{ file: 'specs/metrics.yaml', line: lineOf(f['specs/metrics.yaml']!, '{name: low-light, target'), col: 35, message: 'the target of `M-TOP1-ACC` on segment `low-light`: >= 80%' }],
        },
      ],
    },
    {
      name: 'ship with no result for a segment that has a target',
      files: edit(en, 'specs/evaluation.yaml', /\n      - \{name: low-light, value: 81.5\}/, ''),
      findings: [{ line: 20, col: 5, message: 'evaluation `EV-SEVERITY-V1` says ship, but reports no value for segment `low-light` of `M-TOP1-ACC` (target >= 80%)' }],
    },
    {
      name: 'ship without a result for the guardrail that guards a reported metric',
      files: noGuardrailResult,
      findings: (f) => [{ line: lineOf(f[EV]!, 'decision: ship'), col: 11, message: 'evaluation `EV-SEVERITY-V1` says ship without a result for guardrail `M-SEVERE-MISS`, which guards `M-TOP1-ACC`: report it (a ship needs the guardrail too), or decide iterate' }],
    },
    {
      name: 'ship without any guardrail result when no guardrail names a reported metric',
      files: edit(noGuardrailResult, 'specs/metrics.yaml', '    guards: [M-TOP1-ACC]\n', ''),
      findings: (f) => [{ line: lineOf(f[EV]!, 'decision: ship'), message: /^evaluation `EV-SEVERITY-V1` says ship without a result for guardrail `M-SEVERE-MISS` \(no guardrail names a reported metric/ }],
    },
    {
      name: 'ship on fewer samples than min_samples',
      files: edit(en, EV, 'n: 12000', 'n: 800'),
      findings: (f) => [
        {
          line: lineOf(f[EV]!, 'n: 800'),
          col: 8,
          message: 'evaluation `EV-SEVERITY-V1` says ship, but `M-TOP1-ACC` was measured on 800 samples, fewer than the 1000 it needs (`min_samples`): measure on more, or decide iterate',
          related: [{ file: 'specs/metrics.yaml', line: lineOf(f['specs/metrics.yaml']!, 'min_samples: 1000'), col: 18, message: '`M-TOP1-ACC` needs 1000 samples' }],
        },
      ],
    },
    {
      name: 'ship on one sample (the count in its singular)',
      files: edit(en, EV, 'n: 12000', 'n: 1'),
      findings: (f) => [{ line: lineOf(f[EV]!, '    n: 1\n'), message: /but `M-TOP1-ACC` was measured on 1 sample, fewer than the 1000 it needs/ }],
    },
    {
      name: 'a segment on fewer samples than min_samples',
      files: edit(en, EV, '{name: severe, value: 93.1, n: 2100}', '{name: severe, value: 93.1, n: 40}'),
      findings: (f) => [{ line: lineOf(f[EV]!, 'n: 40'), message: /^evaluation `EV-SEVERITY-V1` says ship, but `M-TOP1-ACC` on segment `severe` was measured on 40 samples, fewer than the 1000/ }],
    },
    {
      name: 'an interval reaching below the target warns: not yet significant',
      files: edit(en, EV, 'ci: [88.8, 90.0]', 'ci: [87.5, 91.3]'),
      findings: (f) => [{ line: lineOf(f[EV]!, 'ci: [87.5'), severity: 'warning', message: '`M-TOP1-ACC` is 89.4%, meeting its target >= 88%, but its interval [87.5%, 91.3%] reaches 87.5%, which misses it: not yet significant. Measure on more samples before shipping' }],
    },
    { name: 'the zh example, once it says ship', files: edit(zh, 'specs/evaluation.yaml', 'decision: iterate', 'decision: ship'), findings: [{ line: 26, col: 27, message: 'evaluation `EV-ETA-V1` says ship, but `M-ETA-MAE` on segment `雨天` is 8.6 分钟, missing its target <= 8 分钟' }] },
    {
      name: 'an older evaluation made the latest is judged',
      files: { ...en, 'specs/evaluation-old.yaml': older.replace('date: 2026-11-01', 'date: 2026-11-30') },
      findings: [{ line: 21, col: 12, file: 'specs/evaluation-old.yaml', message: /EV-SEVERITY-V0.*is 80%, missing/ }],
    },
  ],
});
