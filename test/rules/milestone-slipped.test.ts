import { milestoneSlipped } from '../../src/rules/milestone-slipped.js';
import { exampleSpecs, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);

testRule(milestoneSlipped, {
  // MS-MODEL-V1: due 2026-12-04 + 5 buffer days → 2026-12-09.
  accept: [{ name: 'on the last buffer day', files: en, options: { today: '2026-12-09' } }],
  reject: [
    {
      name: 'the day after due plus buffer, still in progress',
      files: en,
      options: { today: '2026-12-10' },
      findings: [{ line: 30, col: 10, severity: 'warning', message: '`MS-MODEL-V1` is in-progress but its due date plus buffer (2026-12-09) has passed (today is 2026-12-10)' }],
    },
    {
      name: 'long after: every open milestone, but not the done one (MS-LABELS)',
      files: en,
      options: { today: '2027-06-01' },
      findings: ['MS-MODEL-V1', 'MS-EVAL', 'MS-INTEGRATION', 'MS-LAUNCH'].map((id, i) => ({ line: [30, 42, 54, 65][i]!, severity: 'warning' as const, message: new RegExp(`^\`${id}\``) })),
    },
  ],
});
