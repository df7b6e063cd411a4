import { unitScale } from '../../src/rules/unit-scale.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
// M-TOP1-ACC is in percent with target >= 88%; M-SEVERE-MISS is in percent with target <= 1%.

testRule(unitScale, {
  accept: [
    { name: 'percent values on percent metrics; 0.8 on a metric whose own target is 1%', files: en },
    { name: 'a segment target of 80 (not 0.8)', files: edit(en, 'specs/metrics.yaml', '{name: low-light, target: ">= 80%"}', '{name: low-light, target: ">= 80"}') },
  ],
  reject: [
    {
      name: 'a segment target written as a fraction (>= 0.8 where 80% was meant)',
      files: edit(en, 'specs/metrics.yaml', '{name: low-light, target: ">= 80%"}', '{name: low-light, target: ">= 0.8"}'),
      findings: (f) => [{ line: lineOf(f['specs/metrics.yaml']!, '">= 0.8"'), severity: 'warning', message: '0.8 on `M-TOP1-ACC` looks like a fraction, but `M-TOP1-ACC` is in percent (its target is `>= 88%`): write 80 for 80%' }],
    },
    {
      name: 'a requirement target of >= 0.6 on a metric whose target is >= 88%',
      files: edit(en, 'specs/requirements.yaml', '      - metric: M-TOP1-ACC\n', '      - metric: M-TOP1-ACC\n        target: ">= 0.6"\n'),
      findings: (f) => [{ line: lineOf(f['specs/requirements.yaml']!, '">= 0.6"'), severity: 'warning', message: /^0\.6 on `M-TOP1-ACC` looks like a fraction.*write 60 for 60%$/ }],
    },
    {
      name: 'an experiment result written as a fraction',
      files: edit(en, 'specs/evaluation.yaml', 'results: {M-TOP1-ACC: 82.1}', 'results: {M-TOP1-ACC: 0.821}'),
      findings: (f) => [{ line: lineOf(f['specs/evaluation.yaml']!, '0.821'), message: /^0\.821 on `M-TOP1-ACC`.*write 82\.1 for 82\.1%$/ }],
    },
    {
      name: 'a result written as a fraction also misses its target under ship',
      files: edit(en, 'specs/evaluation.yaml', '    value: 89.4', '    value: 0.894'),
      findings: (f) => [
        { rule: 'evaluation-consistent', line: lineOf(f['specs/evaluation.yaml']!, 'value: 0.894'), message: /`M-TOP1-ACC` is 0\.894, missing its target >= 88%/ },
        { line: lineOf(f['specs/evaluation.yaml']!, 'value: 0.894'), severity: 'warning', message: /^0\.894 on `M-TOP1-ACC`/ },
      ],
    },
  ],
});
