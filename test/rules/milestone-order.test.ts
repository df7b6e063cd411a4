import { milestoneOrder } from '../../src/rules/milestone-order.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);

testRule(milestoneOrder, {
  // MS-LABELS: due 2026-11-06, buffer 4 → over on 2026-11-10; MS-MODEL-V1 starts the day after.
  accept: [{ name: 'a milestone that starts the day after its dependency\'s buffer', files: en }],
  reject: [
    {
      name: 'a dependency cycle, reported once',
      files: edit(en, 'specs/milestones.yaml', 'depends_on: [MS-LABELS]', 'depends_on: [MS-LABELS, MS-EVAL]'),
      findings: (f) => [
        // The back edge also starts MS-MODEL-V1 before MS-EVAL is over.
        { line: lineOf(f['specs/milestones.yaml']!, 'depends_on: [MS-LABELS, MS-EVAL]'), col: 29, message: /before `MS-EVAL` is over/ },
        { line: 44, message: 'milestones depend on each other in a cycle: MS-MODEL-V1 → MS-EVAL → MS-MODEL-V1' },
      ],
    },
    {
      name: 'a milestone that starts on the last day of its dependency\'s buffer',
      files: edit(en, 'specs/milestones.yaml', 'start: 2026-11-11', 'start: 2026-11-10'),
      findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'depends_on: [MS-LABELS]'), message: '`MS-MODEL-V1` starts on 2026-11-10, before `MS-LABELS` is over (due 2026-11-06 plus 4 buffer days ends 2026-11-10)' }],
    },
    {
      name: 'a start after its own due date',
      files: edit(en, 'specs/milestones.yaml', 'due: 2027-02-12', 'due: 2027-01-17'),
      findings: (f) => [{ line: lineOf(f['specs/milestones.yaml']!, 'start: 2027-01-18') }],
    },
  ],
});
