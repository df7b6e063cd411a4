import { iterateHasPlan } from '../../src/rules/iterate-has-plan.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
const EV = 'specs/evaluation.yaml';
const noPlan = edit(zh, EV, /\nimprovements:[\s\S]*$/, '\n');

testRule(iterateHasPlan, {
  accept: [
    { name: 'iterate with an owned, dated plan (the zh example)', files: zh, options: { lang: 'zh' } },
    { name: 'ship needs no plan', files: en },
    { name: 'stop needs no plan', files: edit(noPlan, EV, 'decision: iterate', 'decision: stop') },
  ],
  reject: [
    {
      name: 'iterate without improvements, at the decision',
      files: noPlan,
      findings: (f) => [{ line: lineOf(f[EV]!, 'decision: iterate'), col: 11, message: 'evaluation `EV-ETA-V1` decides iterate without an optimisation plan: add `improvements` (problem, cause, action, owner, due)' }],
    },
    {
      name: 'iterate with an empty list, at the list',
      files: edit(noPlan, EV, 'decision: iterate\n', 'decision: iterate\nimprovements: []\n'),
      findings: (f) => [{ line: lineOf(f[EV]!, 'improvements: []'), col: 15 }],
    },
    {
      name: 'an improvement without owner or due date (zh)',
      files: edit(zh, EV, /    owner: 陈晨\n    due: 2026-12-18\n/, ''),
      options: { lang: 'zh' },
      findings: (f) => [{ line: lineOf(f[EV]!, '  - problem:') , col: 5, message: '评估 `EV-ETA-V1` 的第 1 条优化措施没有负责人，也没有截止日期' }],
    },
    {
      name: 'an improvement without a due date',
      files: edit(zh, EV, /    due: 2026-12-18\n/, ''),
      findings: (f) => [{ line: lineOf(f[EV]!, '  - problem:'), message: 'improvement 1 of evaluation `EV-ETA-V1` has no due date' }],
    },
  ],
});
