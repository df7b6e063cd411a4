import { solutionChosen } from '../../src/rules/solution-chosen.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
const SOL = 'specs/solution.yaml';
const noRationale = edit(en, SOL, /\nrationale: .*/, '');

testRule(solutionChosen, {
  accept: [
    { name: 'three approaches, a rationale, and a chosen one that meets every target', files: en },
    { name: 'the zh example', files: zh },
    {
      name: 'one approach needs no rationale',
      files: edit(edit(noRationale, SOL, /  - id: AP-RESNET[\s\S]*?(?=  - id: AP-CONVNEXT)/, ''), SOL, /  - id: AP-VENDOR[\s\S]*?(?=chosen:)/, ''),
    },
  ],
  reject: [
    {
      name: 'two or more approaches and no rationale, at chosen',
      files: noRationale,
      findings: (f) => [{ line: lineOf(f[SOL]!, 'chosen: AP-CONVNEXT'), col: 9, message: 'solution "ClaimLens severity model and data pipeline" compares 3 approaches and chooses `AP-CONVNEXT` without a `rationale`: say why it won' }],
    },
    {
      name: 'a chosen approach expected to miss a target warns, at the estimate',
      files: edit(en, SOL, 'estimates: {M-TOP1-ACC: 89, M-SEVERE-MISS: 0.8', 'estimates: {M-TOP1-ACC: 86, M-SEVERE-MISS: 0.8'),
      findings: (f) => [{ line: lineOf(f[SOL]!, 'M-TOP1-ACC: 86'), severity: 'warning', message: 'the chosen approach `AP-CONVNEXT` expects `M-TOP1-ACC` at 86, which misses its target >= 88%: say how the gap closes, or choose another approach' }],
    },
    {
      name: 'an estimate that misses a relative target, judged at its absolute value (89 against >= baseline + 26% = 89.46)',
      files: edit(en, 'specs/metrics.yaml', 'target: ">= 88%"', 'target: ">= baseline + 26%"'),
      // The evaluation's 89.4 misses it too: evaluation-consistent's finding, not this rule's.
      findings: (f) => [
        { rule: 'evaluation-consistent', file: 'specs/evaluation.yaml', line: lineOf(f['specs/evaluation.yaml']!, 'value: 89.4') },
        { line: lineOf(f[SOL]!, 'M-TOP1-ACC: 89'), severity: 'warning', message: 'the chosen approach `AP-CONVNEXT` expects `M-TOP1-ACC` at 89, which misses its target >= 89.46% (baseline 71% + 26%): say how the gap closes, or choose another approach' },
      ],
    },
  ],
});
