import { launchSafety } from '../../src/rules/launch-safety.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const oneStep = [
  'kind: launch-plan', 'version: 1', 'title: t', 'owner: o', 'status: in-review', 'updated: 2026-11-01',
  'strategy: full', 'reason: internal tool for 12 adjusters', 'rollout:', '  - {stage: all, traffic: 100}',
  'rollback: {triggers: [{metric: M-SEVERE-MISS, target: "> 2%"}]}', 'fallbacks: [{when: down, action: manual triage}]', '',
].join('\n');

testRule(launchSafety, {
  accept: [{ name: 'a gradual plan from 0% shadow to 100%', files: en }],
  reject: [
    {
      name: 'traffic that does not grow',
      files: edit(en, 'specs/launch-plan.yaml', 'traffic: 40', 'traffic: 5'),
      findings: (f) => [
        { line: lineOf(f['specs/launch-plan.yaml']!, 'traffic: 5'), message: 'traffic 5% does not grow from the previous stage (10%)' },
        // …and the last stage now jumps from 5% to 100%.
        { line: lineOf(f['specs/launch-plan.yaml']!, 'traffic: 100'), message: /^traffic jumps from 5% to 100% \(20×\)/ },
      ],
    },
    { name: 'traffic outside 0-100', files: edit(en, 'specs/launch-plan.yaml', 'traffic: 100', 'traffic: 120'), findings: [{ line: 23, col: 14, message: 'traffic 120% is outside 0-100' }] },
    { name: 'a first stage already at 100%', files: edit(en, 'specs/launch-plan.yaml', 'traffic: 0', 'traffic: 100'), findings: [{ line: 11, col: 14, message: 'the first rollout stage already takes 100% of traffic' }, { line: 15, message: 'traffic 10% does not grow from the previous stage (100%)' }] },
    { name: 'a one-step launch with strategy full and a reason warns', files: { ...en, 'specs/launch-plan.yaml': oneStep }, findings: [{ severity: 'warning', line: 10 }] },
    {
      name: 'no rollback trigger and no fallback',
      files: edit(edit(en, 'specs/launch-plan.yaml', /rollback:\n  triggers:\n.*\n.*\n/, 'rollback:\n'), 'specs/launch-plan.yaml', /fallbacks:\n.*\n.*\n.*\n.*\n/, ''),
      findings: [
        // No `fallbacks` key at all: the finding stands at the document.
        { line: 2, col: 1, message: 'no fallback: say what users get when the AI fails' },
        { line: 25, col: 3, message: 'no rollback trigger: name the metric conditions that start a rollback' },
      ],
    },
    { name: 'an empty rollout', files: edit(en, 'specs/launch-plan.yaml', /rollout:\n[\s\S]*?rollback:/, 'rollout: []\nrollback:'), findings: [{ line: 9, col: 10, message: 'the rollout has no stages' }] },
  ],
});
