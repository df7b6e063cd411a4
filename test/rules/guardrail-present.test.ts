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
    // No cascade: the guardrail is there, its layer mistyped; the schema finding is the one finding.
    { name: 'the only guardrail with a layer that fails its schema (护栏): only the schema finding', files: edit(en, 'specs/metrics.yaml', 'layer: guardrail', 'layer: 护栏'), findings: (f) => [{ rule: 'schema', line: lineOf(f['specs/metrics.yaml']!, 'layer: 护栏'), message: /did you mean `guardrail`/ }] },
    { name: 'model metrics but no guardrail: once, at the first model metric', files: noGuardrail, findings: (f) => [{ severity: 'warning', line: lineOf(f['specs/metrics.yaml']!, 'id: M-TOP1-ACC') }] },
  ],
});
