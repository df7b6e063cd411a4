import { placeholder } from '../../src/rules/placeholder.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
const R = 'specs/review.yaml';
const L = 'specs/launch-plan.yaml';

testRule(placeholder, {
  accept: [
    { name: 'the en example: real content everywhere', files: en },
    { name: 'the zh example', files: zh, options: { lang: 'zh' } },
    { name: 'angle brackets inside a text are not a marker (Complaints <= control)', files: edit(en, R, /decision: [^\n]+/, 'decision: "Keep latency <= 300 ms while <the model> warms up"'), othersMaySpeak: true },
    { name: 'a trigger below 0 on a unit that can be negative (a change in points)', files: edit(edit(en, 'specs/metrics.yaml', 'unit: "%"\n    layer: guardrail', 'unit: pp\n    layer: guardrail'), L, /target: "> 2%"/, 'target: "< -1"'), othersMaySpeak: true },
  ],
  reject: [
    {
      name: 'a value a starter marked, still in place',
      files: edit(en, R, /decision: [^\n]+/, 'decision: "<what was decided>"'),
      findings: (f) => [{ file: R, line: lineOf(f[R]!, '<what was decided>'), severity: 'warning', message: '`<what was decided>` is starter text: replace it with the real value' }],
    },
    {
      name: 'in zh, a marked value in Chinese',
      files: edit(zh, R, /decision: [^\n]+/, 'decision: "<决定了什么>"'),
      options: { lang: 'zh' },
      findings: (f) => [{ file: R, line: lineOf(f[R]!, '<决定了什么>'), message: '`<决定了什么>` 是模板里的占位文字：请换成真实内容' }],
    },
    {
      name: 'a rollback trigger that can never fire (< 0 on a % metric)',
      files: edit(en, L, /target: "> 2%"/, 'target: "< 0"'),
      findings: (f) => [{ file: L, line: lineOf(f[L]!, '"< 0"'), message: 'rollback trigger `< 0` on `M-SEVERE-MISS` can never fire: `M-SEVERE-MISS` is measured in %, which is never below 0. Write the condition that starts a rollback, e.g. `> 1%`' }],
    },
    {
      name: 'a relative rollback trigger that resolves below 0 (< baseline - 100% on a % metric): the suggestion keeps the relative form',
      files: edit(edit(en, 'specs/metrics.yaml', 'target: "<= 1%"', 'target: "<= baseline - 50%"\n    baseline: 2'), L, /target: "> 2%"/, 'target: "< baseline - 100%"'),
      findings: (f) => [{ file: L, line: lineOf(f[L]!, '"< baseline - 100%"'), message: 'rollback trigger `< 0% (baseline 2% - 100%)` on `M-SEVERE-MISS` can never fire: `M-SEVERE-MISS` is measured in %, which is never below 0. Write the condition that starts a rollback, e.g. `> baseline - 50%`' }],
    },
    {
      name: 'a plan file whose item lists are all empty',
      files: { ...en, 'specs/more-requirements.yaml': 'kind: requirements\nversion: 1\ntitle: t\nowner: o\nstatus: draft\nupdated: 2026-11-01\nrequirements:\n' },
      findings: () => [{ file: 'specs/more-requirements.yaml', line: 7, message: 'this requirements file has no items yet (`requirements` are empty): add the first one, or remove the file until there is one' }],
    },
  ],
});
