import { dataVerdictConsistent } from '../../src/rules/data-verdict-consistent.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const FILE = 'specs/data-feasibility.yaml';
const change = (from: string | RegExp, to: string) => edit(en, FILE, from, to);
const at = (needle: string) => (f: Record<string, string>) => lineOf(f[FILE]!, needle);

testRule(dataVerdictConsistent, {
  accept: [
    { name: 'go datasets whose numbers agree (and uncovered scenarios named in gaps)', files: en },
    { name: 'an unavailable dataset judged conditional', files: change(/availability: partial\n(.*\n)*?    verdict: go/, 'availability: unavailable\n    verdict: conditional'), othersMaySpeak: true },
    { name: 'exactly the volume it needs', files: change('have: 26000, need: 25000', 'have: 25000, need: 25000') },
    { name: 'a label error rate at its bound', files: change('label_error_rate: 0.02}', 'label_error_rate: 0.03}') },
  ],
  reject: [
    {
      name: 'go on unavailable data',
      files: change('availability: partial', 'availability: unavailable'),
      findings: (f) => [{ line: at('availability: unavailable')(f), col: 19, message: 'dataset `DS-NIGHT-PHOTOS` is judged go, but its availability is `unavailable`: the data does not exist yet. Judge it no-go (or conditional, with `gaps`) until it does' }],
    },
    {
      name: 'go on 40 of the 1500 it needs',
      files: change('have: 26000, need: 25000', 'have: 40, need: 1500'),
      findings: (f) => [{ line: at('have: 40')(f), col: 20, message: 'dataset `DS-NIGHT-PHOTOS` is judged go, but has 40 of the 1500 photos it needs (2.667%): judge it conditional or no-go, or say where the rest comes from' }],
    },
    {
      name: 'go with a label error rate above its own bound (0.06 against 0.03)',
      files: change('label_error_rate: 0.02}', 'label_error_rate: 0.06}'),
      findings: (f) => [{ line: at('label_error_rate: 0.06')(f), message: 'dataset `DS-CLAIM-PHOTOS` is judged go, but its label error rate 0.06 is above its own bound `max_error_rate: 0.03`: relabel or audit first, or judge it conditional' }],
    },
    {
      name: 'an uncovered scenario on a go dataset with no gaps warns',
      files: change(/\n    gaps: \[Night photos are thin.*/, ''),
      findings: (f) => [{ line: at('{scenario: night, covered: false}')(f), severity: 'warning', message: 'dataset `DS-CLAIM-PHOTOS` is judged go, but does not cover the scenario "night" and lists no `gaps`: name the gap (and how the product handles it)' }],
    },
  ],
});
