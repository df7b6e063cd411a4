import { decisionOwned } from '../../src/rules/decision-owned.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);

testRule(decisionOwned, {
  accept: [{ name: 'every decision and question owned and dated', files: en }],
  reject: [
    {
      name: 'a decision without owner or due date',
      files: edit(en, 'specs/review.yaml', '    owner: Dana Ruiz\n    due: 2026-12-15\n', ''),
      findings: (f) => [{ line: lineOf(f['specs/review.yaml']!, 'id: D-HUMAN-SEVERE'), message: 'decision `D-HUMAN-SEVERE` has no owner and no due date' }],
    },
    {
      name: 'an open question without a follow-up date',
      files: edit(en, 'specs/review.yaml', '    follow_up: 2026-11-30\n', ''),
      findings: (f) => [{ line: lineOf(f['specs/review.yaml']!, '- question:'), message: 'open question "Do we tell policyholders that an AI sorted their claim, and where?" has no follow-up date' }],
    },
  ],
});
