import { dataBeforeCommitment } from '../../src/rules/data-before-commitment.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
const verdict = (v: string) => edit(en, 'specs/data-feasibility.yaml', /verdict: go\n    gaps: \[Rural/, `verdict: ${v}\n    gaps: [Rural`);
const atDependency = (f: Record<string, string>) => lineOf(f['specs/requirements.yaml']!, 'DS-NIGHT-PHOTOS]');

testRule(dataBeforeCommitment, {
  accept: [{ name: 'a proposed requirement over a no-go dataset (the zh example)', files: zh }],
  reject: [
    {
      name: 'an in-progress requirement over a no-go dataset, at the dependency',
      files: verdict('no-go'),
      findings: (f) => [{ file: 'specs/requirements.yaml', severity: 'error', line: atDependency(f), col: 33, message: 'requirement `REQ-DAMAGE-CLASS` is in-progress but depends on dataset `DS-NIGHT-PHOTOS` whose verdict is no-go' }],
    },
    { name: 'a conditional dataset warns', files: verdict('conditional'), findings: (f) => [{ severity: 'warning', line: atDependency(f), col: 33 }] },
    {
      name: 'a committed requirement whose feasibility is cannot',
      files: edit(en, 'specs/requirements.yaml', 'feasibility: {verdict: can, note: 3 years', 'feasibility: {verdict: cannot, note: 3 years'),
      findings: (f) => [{ line: lineOf(f['specs/requirements.yaml']!, 'verdict: cannot') }],
    },
    {
      name: 'the zh requirement over a no-go dataset, once accepted',
      files: edit(zh, 'specs/requirements.yaml', '    status: proposed\n    type: exploration', '    status: accepted\n    type: exploration'),
      findings: (f) => [{ line: lineOf(f['specs/requirements.yaml']!, 'DS-MERCHANT-PREP]'), message: 'requirement `REQ-MERCHANT-PREP` is accepted but depends on dataset `DS-MERCHANT-PREP` whose verdict is no-go' }],
    },
  ],
});
