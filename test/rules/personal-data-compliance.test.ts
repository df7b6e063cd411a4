import { personalDataCompliance } from '../../src/rules/personal-data-compliance.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const noBasis = edit(en, 'specs/data-feasibility.yaml', /\n      basis: Performance.*/, '');

testRule(personalDataCompliance, {
  accept: [
    { name: 'personal data, anonymized, with a legal basis', files: en },
    { name: 'consent and no basis', files: edit(noBasis, 'specs/data-feasibility.yaml', 'consent: false', 'consent: true') },
  ],
  reject: [
    {
      name: 'anonymized unanswered',
      files: edit(en, 'specs/data-feasibility.yaml', '      anonymized: true\n', ''),
      findings: (f) => [{ line: lineOf(f['specs/data-feasibility.yaml']!, 'personal_data: true'), message: 'dataset `DS-CLAIM-PHOTOS` holds personal data but does not say whether it is anonymized' }],
    },
    { name: 'neither consent nor a legal basis', files: noBasis, findings: (f) => [{ line: lineOf(f['specs/data-feasibility.yaml']!, 'personal_data: true') }] },
  ],
});
