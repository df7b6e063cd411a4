import { launchSafety } from '../../src/rules/launch-safety.js';
import { edit, exampleSpecs, lineOf, EN_EXAMPLE } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
const oneStep = [
  'kind: launch-plan', 'version: 1', 'title: t', 'owner: o', 'status: in-review', 'updated: 2026-11-01',
  'strategy: full', 'reason: internal tool for 12 adjusters', 'rollout:', '  - {stage: all, traffic: 100}',
  'rollback: {triggers: [{metric: M-SEVERE-MISS, target: "> 2%"}]}', 'fallbacks: [{when: down, action: manual triage}]', '',
].join('\n');

/** The example's plan with its rollout replaced: stages as [traffic, days?, exit criteria?]. */
const rollout = (...stages: [number, number?, string?][]) => {
  const lines = stages.map(([traffic, days, exit], i) => [
    `  - stage: S${i + 1}`,
    `    traffic: ${traffic}`,
    ...(days === undefined ? [] : [`    days: ${days}`]),
    ...(exit === undefined ? [] : [`    exit_criteria: [${exit}]`]),
  ].join('\n'));
  return edit(en, 'specs/launch-plan.yaml', /rollout:\n[\s\S]*?rollback:/, `rollout:\n${lines.join('\n')}\nrollback:`);
};
const stage = (traffic: number): [number, number, string] => [traffic, 7, 'Severe-as-minor rate <= 1%'];
const lineOfStage = (f: Record<string, string>, n: number, key = 'traffic') => lineOf(f['specs/launch-plan.yaml']!, `  - stage: S${n}\n`) + (key === 'traffic' ? 1 : key === 'days' ? 2 : 0);

testRule(launchSafety, {
  accept: [
    { name: 'a gradual plan from 0% shadow to 100%', files: en },
    { name: '1 → 10 → 20 → 100: tenfold at most, 20% before 100%', files: rollout(stage(1), stage(10), stage(20), [100]) },
    { name: 'the last stage needs no days and no exit criteria', files: rollout(stage(5), stage(50), [100]) },
    { name: 'from 0% (shadow) any first live share', files: rollout(stage(0), stage(30), [100]) },
  ],
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
    {
      name: '1 → 20: more than tenfold',
      files: rollout(stage(1), stage(20), [100]),
      findings: (f) => [{ line: lineOfStage(f, 2), col: 14, message: 'traffic jumps from 1% to 20% (20×): add a stage in between; a stage may grow traffic at most tenfold (after 1%: at most 10%)' }],
    },
    {
      name: '1 → 10 → 100: only 10% before 100%',
      files: rollout(stage(1), stage(10), [100]),
      findings: (f) => [{ line: lineOfStage(f, 3), message: 'the stage before 100% carries only 10%: put a stage of at least 20% before everyone gets the model' }],
    },
    {
      name: '1% for one day, then 100%',
      files: rollout([1, 1, 'Severe-as-minor rate <= 1%'], [100]),
      findings: (f) => [{ line: lineOfStage(f, 2), message: /^traffic jumps from 1% to 100% \(100×\)/ }],
    },
    {
      name: 'middle stages with no days and no exit criteria',
      files: rollout(stage(5), [20], [50, 0, 'Severe-as-minor rate <= 1%'], [100]),
      findings: (f) => [
        { line: lineOfStage(f, 2, 'stage'), col: 5, message: 'rollout stage "S2" does not say how many days it runs (`days` >= 1): every stage before the last needs a duration' },
        { line: lineOfStage(f, 2, 'stage'), col: 5, message: 'rollout stage "S2" has no exit criteria: say what must hold before traffic grows (`exit_criteria`)' },
        { line: lineOfStage(f, 3, 'days'), message: /^rollout stage "S3" does not say how many days/ },
      ],
    },
    {
      name: 'with strategy full and a reason, big steps warn',
      files: edit(rollout(stage(1), stage(20), [100]), 'specs/launch-plan.yaml', 'strategy: gradual', 'strategy: full\nreason: internal tool for 12 adjusters'),
      findings: (f) => [{ line: lineOfStage(f, 2), severity: 'warning', message: /^traffic jumps from 1% to 20%/ }],
    },
    {
      name: 'with strategy full and a reason, a small stage before 100% warns',
      files: edit(rollout(stage(1), stage(10), [100]), 'specs/launch-plan.yaml', 'strategy: gradual', 'strategy: full\nreason: internal tool for 12 adjusters'),
      findings: (f) => [{ line: lineOfStage(f, 3), severity: 'warning', message: /^the stage before 100% carries only 10%/ }],
    },
    { name: 'an empty rollout', files: edit(en, 'specs/launch-plan.yaml', /rollout:\n[\s\S]*?rollback:/, 'rollout: []\nrollback:'), findings: [{ line: 9, col: 10, message: 'the rollout has no stages' }] },
  ],
});
