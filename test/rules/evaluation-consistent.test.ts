import { evaluationConsistent } from '../../src/rules/evaluation-consistent.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
// An older evaluation of the same model that said ship at 80.0: history, not a live claim.
const older = en['specs/evaluation.yaml']!
  .replace('id: EV-SEVERITY-V1', 'id: EV-SEVERITY-V0')
  .replace('date: 2026-11-20', 'date: 2026-11-01')
  .replaceAll('id: EXP-', 'id: OLD-EXP-')
  .replace('    value: 89.4', '    value: 80.0');

testRule(evaluationConsistent, {
  accept: [
    { name: 'iterate while a segment misses (the zh example)', files: zh },
    { name: 'an older ship of the same model is history', files: { ...en, 'specs/evaluation-old.yaml': older } },
  ],
  reject: [
    {
      name: 'ship beside a result that misses its target, at the value',
      files: edit(en, 'specs/evaluation.yaml', '    value: 89.4', '    value: 86.0'),
      findings: (f) => [{ line: lineOf(f['specs/evaluation.yaml']!, 'value: 86.0'), col: 12, message: 'evaluation `EV-SEVERITY-V1` says ship, but `M-TOP1-ACC` is 86, missing its target >= 88%' }],
    },
    {
      name: 'ship beside a segment that misses',
      files: edit(en, 'specs/evaluation.yaml', '{name: low-light, value: 81.5}', '{name: low-light, value: 79.9}'),
      findings: (f) => [{ line: lineOf(f['specs/evaluation.yaml']!, 'value: 79.9'), col: 34, message: 'evaluation `EV-SEVERITY-V1` says ship, but `M-TOP1-ACC` on segment `low-light` is 79.9, missing its target >= 80%' }],
    },
    {
      name: 'ship with no result for a segment that has a target',
      files: edit(en, 'specs/evaluation.yaml', /\n      - \{name: low-light, value: 81.5\}/, ''),
      findings: [{ line: 20, col: 5, message: 'evaluation `EV-SEVERITY-V1` says ship, but reports no value for segment `low-light` of `M-TOP1-ACC` (target >= 80%)' }],
    },
    { name: 'the zh example, once it says ship', files: edit(zh, 'specs/evaluation.yaml', 'decision: iterate', 'decision: ship'), findings: [{ line: 26, col: 27, message: 'evaluation `EV-ETA-V1` says ship, but `M-ETA-MAE` on segment `雨天` is 8.6, missing its target <= 8 分钟' }] },
    {
      name: 'an older evaluation made the latest is judged',
      files: { ...en, 'specs/evaluation-old.yaml': older.replace('date: 2026-11-01', 'date: 2026-11-30') },
      findings: [{ line: 21, col: 12, file: 'specs/evaluation-old.yaml', message: /EV-SEVERITY-V0.*is 80, missing/ }],
    },
  ],
});
