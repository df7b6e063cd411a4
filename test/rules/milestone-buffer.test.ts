import { milestoneBuffer } from '../../src/rules/milestone-buffer.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const buffer = (replacement: string) => edit(en, 'specs/milestones.yaml', '    buffer_days: 5\n    depends_on: [MS-LABELS]\n', `${replacement}    depends_on: [MS-LABELS]\n`);

testRule(milestoneBuffer, {
  accept: [{ name: 'integration and launch milestones need no buffer', files: en }],
  reject: [
    { name: 'a model milestone with no buffer', files: buffer(''), findings: (f) => [{ severity: 'warning', line: lineOf(f['specs/milestones.yaml']!, 'id: MS-MODEL-V1') }] },
    { name: 'a model milestone with buffer_days: 0', files: buffer('    buffer_days: 0\n'), findings: (f) => [{ severity: 'warning', line: lineOf(f['specs/milestones.yaml']!, 'id: MS-MODEL-V1') }] },
  ],
});
