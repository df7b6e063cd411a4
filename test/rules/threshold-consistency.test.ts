import { thresholdConsistency } from '../../src/rules/threshold-consistency.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
// M-INFER-P95: target <= 800 ms, red line <= 3000 ms. M-SEVERE-MISS: target <= 1%, rollback trigger > 2%.
const redLine = (written: string) => edit(en, 'specs/metrics.yaml', 'target: "<= 3000 ms"', `target: "${written}"`);
const trigger = (written: string) => edit(en, 'specs/launch-plan.yaml', '{metric: M-SEVERE-MISS, target: "> 2%"}', `{metric: M-SEVERE-MISS, target: "${written}"}`);
const accuracyTrigger = (written: string) => edit(en, 'specs/launch-plan.yaml', '    - {metric: M-INFER-P95', `    - {metric: M-TOP1-ACC, target: "${written}"}\n    - {metric: M-INFER-P95`);
// Relative thresholds (SPEC.md, "A target may be relative"): M-INFER-P95 given a baseline of 1000 ms.
const withBaseline = (files: Record<string, string>) => edit(files, 'specs/metrics.yaml', 'target: "<= 800 ms"', 'target: "<= 800 ms"\n    baseline: 1000');
const at = (file: string, needle: string) => (f: Record<string, string>) => lineOf(f[file]!, needle);

testRule(thresholdConsistency, {
  accept: [
    { name: 'both examples', files: en },
    { name: 'the zh example', files: zh },
    { name: 'a red line equal to its target', files: redLine('<= 800 ms') },
    { name: 'a red line on an == target is not judged', files: edit(redLine('<= 30 ms'), 'specs/metrics.yaml', 'target: "<= 800 ms"', 'target: "== 800 ms"'), othersMaySpeak: true },
    { name: 'a trigger below a higher-is-healthy target (< 88% beside >= 88%)', files: accuracyTrigger('< 88%') },
    { name: 'a trigger just past the target (> 1% beside <= 1%)', files: trigger('> 1%') },
    { name: 'a trigger far past the target', files: trigger('>= 50%') },
    { name: 'a relative red line looser than its target (<= baseline + 200% = 3000 beside <= 800)', files: withBaseline(redLine('<= baseline + 200%')) },
    { name: 'a relative trigger below a higher-is-healthy target (< baseline + 5pp = 76 beside >= 88%)', files: accuracyTrigger('< baseline + 5pp') },
    { name: 'a relative requirement target the metric\'s way (<= baseline - 80% = 28 hours)', files: edit(en, 'specs/requirements.yaml', 'target: "<= 24 hours"', 'target: "<= baseline - 80%"') },
  ],
  reject: [
    {
      name: 'a red line tighter than its target (<= 300 ms beside <= 800 ms)',
      files: redLine('<= 300 ms'),
      findings: (f) => [
        {
          line: at('specs/metrics.yaml', 'target: "<= 300 ms"')(f),
          col: 15,
          message: 'the red line `<= 300 ms` of `M-INFER-P95` is tighter than its target `<= 800 ms`: the metric can meet its target and still cross the red line. A red line is the looser limit, e.g. `<= 800 ms`',
          // The target it contradicts.
          related: [{ file: 'specs/metrics.yaml', line: at('specs/metrics.yaml', 'target: "<= 800 ms"')(f), col: 13, message: 'the target of `M-INFER-P95`: `<= 800 ms`' }],
        },
      ],
    },
    {
      name: 'a strict red line at the target (< 800 ms beside <= 800 ms)',
      files: redLine('< 800 ms'),
      findings: (f) => [{ line: at('specs/metrics.yaml', 'target: "< 800 ms"')(f), message: /tighter than its target `<= 800 ms`.*e\.g\. `<= 800 ms`/ }],
    },
    {
      name: 'a red line that points the other way',
      files: redLine('>= 3000 ms'),
      findings: (f) => [{ line: at('specs/metrics.yaml', 'target: ">= 3000 ms"')(f), message: 'the red line `>= 3000 ms` of `M-INFER-P95` points the other way from its target `<= 800 ms`: write it on the same side, e.g. `<= 3000 ms`' }],
    },
    {
      name: 'a rollback trigger on the healthy side (<= 2% beside <= 1%)',
      files: trigger('<= 2%'),
      findings: (f) => [
        {
          line: at('specs/launch-plan.yaml', '"<= 2%"')(f),
          message: 'rollback trigger `<= 2%` on `M-SEVERE-MISS` fires while the metric meets its target `<= 1%`: a trigger names the unhealthy side, e.g. `> 1%`',
          related: [{ file: 'specs/metrics.yaml', line: at('specs/metrics.yaml', 'target: "<= 1%"')(f), col: 13, message: 'the target of `M-SEVERE-MISS`: `<= 1%`' }],
        },
      ],
    },
    { name: 'a trigger that fires at the target itself (>= 1% beside <= 1%)', files: trigger('>= 1%'), findings: (f) => [{ line: at('specs/launch-plan.yaml', '">= 1%"')(f), message: /fires while the metric meets its target `<= 1%`/ }] },
    {
      name: 'a trigger above a higher-is-healthy target (< 90% beside >= 88%)',
      files: accuracyTrigger('< 90%'),
      findings: (f) => [{ line: at('specs/launch-plan.yaml', '"< 90%"')(f), message: 'rollback trigger `< 90%` on `M-TOP1-ACC` fires while the metric meets its target `>= 88%`: a trigger names the unhealthy side, e.g. `< 88%`' }],
    },
    {
      // The zh example's BM-LATE-COMPLAINT target is relative: <= baseline - 0.6pp, baseline 1.6.
      name: 'a trigger that fires while healthy, in zh (> 0.5% beside <= baseline - 0.6pp = 1)',
      files: edit(zh, 'specs/launch-plan.yaml', '{metric: BM-LATE-COMPLAINT, target: "> 1.6%"}', '{metric: BM-LATE-COMPLAINT, target: "> 0.5%"}'),
      options: { lang: 'zh' },
      findings: (f) => [
        {
          line: at('specs/launch-plan.yaml', '"> 0.5%"')(f),
          message: '`BM-LATE-COMPLAINT` 的回滚触发条件 `> 0.5%` 在指标仍达到目标 `<= 1% (baseline 1.6% - 0.6pp)` 时就会触发：触发条件应写不健康的一侧，例如 `> baseline - 0.6pp`',
          related: [{ file: 'specs/metrics.yaml', line: at('specs/metrics.yaml', 'target: "<= baseline - 0.6pp"')(f), col: 13, message: '`BM-LATE-COMPLAINT` 的目标：`<= 1% (baseline 1.6% - 0.6pp)`' }],
        },
      ],
    },
    {
      name: 'a relative red line tighter than its target, judged at its absolute value (<= baseline - 50% = 500 beside <= 800)',
      files: withBaseline(redLine('<= baseline - 50%')),
      findings: (f) => [{ line: at('specs/metrics.yaml', '"<= baseline - 50%"')(f), message: 'the red line `<= 500 ms (baseline 1000 ms - 50%)` of `M-INFER-P95` is tighter than its target `<= 800 ms`: the metric can meet its target and still cross the red line. A red line is the looser limit, e.g. `<= 800 ms`' }],
    },
    {
      name: 'a red line tighter than a relative target: the suggestion is written as the target is',
      files: edit(withBaseline(redLine('<= 300 ms')), 'specs/metrics.yaml', 'target: "<= 800 ms"', 'target: "<= baseline - 20%"'),
      findings: (f) => [{ line: at('specs/metrics.yaml', '"<= 300 ms"')(f), message: 'the red line `<= 300 ms` of `M-INFER-P95` is tighter than its target `<= 800 ms (baseline 1000 ms - 20%)`: the metric can meet its target and still cross the red line. A red line is the looser limit, e.g. `<= baseline - 20%`' }],
    },
    {
      name: 'a relative trigger that fires while healthy (< baseline + 20pp = 91 beside >= 88%)',
      files: accuracyTrigger('< baseline + 20pp'),
      findings: (f) => [{ line: at('specs/launch-plan.yaml', '"< baseline + 20pp"')(f), message: 'rollback trigger `< 91% (baseline 71% + 20pp)` on `M-TOP1-ACC` fires while the metric meets its target `>= 88%`: a trigger names the unhealthy side, e.g. `< 88%`' }],
    },
    {
      name: 'a relative requirement target that points the other way, in zh',
      files: edit(en, 'specs/requirements.yaml', 'target: "<= 24 hours"', 'target: ">= baseline + 10%"'),
      options: { lang: 'zh' },
      findings: (f) => [{ line: at('specs/requirements.yaml', '">= baseline + 10%"')(f), message: '需求 `REQ-FAST-TRACK` 对 `BM-CYCLE-TIME` 的要求 `>= 154 hours (baseline 140 hours + 10%)` 与指标目标 `<= 72 hours` 方向相反（越低越好为健康）：请按指标的方向写，例如 `<= baseline + 10%`' }],
    },
    {
      name: 'a requirement target that points the other way from its metric',
      files: edit(en, 'specs/requirements.yaml', 'target: "<= 24 hours"', 'target: ">= 24 hours"'),
      findings: (f) => [{ line: at('specs/requirements.yaml', '">= 24 hours"')(f), message: "requirement `REQ-FAST-TRACK` holds `BM-CYCLE-TIME` to `>= 24 hours`, but the metric's target `<= 72 hours` says lower is healthy: write it the metric's way, e.g. `<= 24 hours`" }],
    },
  ],
});
