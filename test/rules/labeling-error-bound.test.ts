import { labelingErrorBound } from '../../src/rules/labeling-error-bound.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const noBound = edit(en, 'specs/data-feasibility.yaml', /\n      max_error_rate: 0.05/, '');

testRule(labelingErrorBound, {
  accept: [
    { name: 'labeling with a bound', files: en },
    { name: 'no bound, but labeling not required', files: edit(noBound, 'specs/data-feasibility.yaml', /labeling:\n      required: true\n    verdict/, 'labeling:\n      required: false\n    verdict') },
  ],
  reject: [
    {
      name: 'labeling required without max_error_rate, at labeling',
      files: noBound,
      findings: (f) => {
        const text = f['specs/data-feasibility.yaml']!;
        return [{ severity: 'warning', line: lineOf(text, 'labeling:', text.indexOf('DS-NIGHT-PHOTOS')) + 1 }];
      },
    },
  ],
});
