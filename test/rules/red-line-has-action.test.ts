import { redLineHasAction } from '../../src/rules/red-line-has-action.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);

testRule(redLineHasAction, {
  accept: [{ name: 'a red line with its action', files: en }],
  reject: [
    {
      name: 'a red line with no action, at the red line',
      files: edit(en, 'specs/metrics.yaml', /\n      action: Route the claim.*/, ''),
      findings: (f) => [{ line: lineOf(f['specs/metrics.yaml']!, 'target: "<= 3000 ms"') }],
    },
  ],
});
