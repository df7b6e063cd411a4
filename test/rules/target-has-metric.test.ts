import { targetHasMetric } from '../../src/rules/target-has-metric.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const noTargets = edit(en, 'specs/requirements.yaml', /    targets:\n      - metric: BM-CYCLE-TIME\n        target: "<= 24 hours"\n/, '');

testRule(targetHasMetric, {
  accept: [
    { name: 'a P1 of type compliance without targets (REQ-AUDIT-LOG in the example)', files: en },
    { name: 'a P2 feature without targets', files: edit(noTargets, 'specs/requirements.yaml', '    priority: P1\n    owner: Tom Becker\n    status: proposed', '    priority: P2\n    owner: Tom Becker\n    status: proposed') },
  ],
  reject: [
    { name: 'a P1 feature without targets, at the requirement', files: noTargets, findings: (f) => [{ line: lineOf(f['specs/requirements.yaml']!, 'id: REQ-FAST-TRACK'), col: 5 }] },
  ],
});
