import { guardrailPresent } from '../../src/rules/guardrail-present.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const noGuardrail = edit(en, 'specs/metrics.yaml', 'layer: guardrail', 'layer: system');

testRule(guardrailPresent, {
  accept: [
    { name: 'model metrics beside a guardrail', files: en },
    { name: 'no model metric at all', files: edit(noGuardrail, 'specs/metrics.yaml', 'layer: model', 'layer: system'), othersMaySpeak: true },
  ],
  reject: [
    { name: 'model metrics but no guardrail: once, at the first model metric', files: noGuardrail, findings: (f) => [{ severity: 'warning', line: lineOf(f['specs/metrics.yaml']!, 'id: M-TOP1-ACC') }] },
  ],
});
