import { milestoneAcceptance } from '../../src/rules/milestone-acceptance.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const noAcceptance = edit(en, 'specs/milestones.yaml', /    acceptance: \[Audited.*\n/, '');

testRule(milestoneAcceptance, {
  accept: [{ name: 'deliverables and acceptance criteria on every milestone', files: en }],
  reject: [
    { name: 'no acceptance criteria', files: noAcceptance, findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'id: MS-LABELS'), message: 'milestone `MS-LABELS` has no acceptance criteria (`acceptance`)' }] },
    {
      name: 'neither deliverables nor acceptance criteria',
      files: edit(noAcceptance, 'specs/milestones.yaml', /    deliverables: \[Frozen.*\n/, '    deliverables: []\n'),
      findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'id: MS-LABELS'), message: 'milestone `MS-LABELS` has no `deliverables` and no acceptance criteria (`acceptance`)' }],
    },
  ],
});
