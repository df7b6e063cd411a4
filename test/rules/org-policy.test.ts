import { orgPolicy } from '../../src/rules/org-policy.js';
import { checkOptionsOf } from '../../src/rules/run.js';
import { parseConfig } from '../../src/workspace/config.js';
import { inherit, parseOrganisation } from '../../src/workspace/organisation.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { lineOf, TODAY } from '../helpers.js';
import { testRule } from '../rule-table.js';

// A lower-is-healthy metric with a red line (latency), a higher-is-healthy one (accuracy, with a
// relative target against its baseline), and a guardrail: the organisation's, by id.
const ORG = `version: 1
metrics:
  - id: M-LATENCY
    name: P95 latency
    owner: Platform
    definition: P95 time to answer
    unit: ms
    layer: system
    target: "<= 1500 ms"
    red_line: {target: "<= 3000 ms", action: fall back to the rule answer}
  - id: M-ACC
    name: Accuracy
    owner: Research
    definition: share of answers an expert accepts
    unit: "%"
    layer: model
    baseline: 80
    target: ">= baseline + 5%"
    red_line: {target: ">= 75%", action: roll back}
  - id: M-COMPLAINTS
    name: Complaint rate
    owner: Trust
    definition: complaints per served user
    unit: "%"
    layer: guardrail
    target: "<= 1%"
required: [M-LATENCY]
`;
const CONFIG = 'version: 1\nproduct: {id: p, name: P, owner: Ann}\nextends: ../org.yaml\n';

/** The check's options of a product that extends ORG (`org` edited for a case). */
function extending(org = ORG) {
  const config = parseConfig(CONFIG, '/repo/p/aipm.yaml', 'aipm.yaml', RULE_IDS);
  return checkOptionsOf(inherit(config, parseOrganisation(org, '/repo/org.yaml', '../org.yaml', '/repo', RULE_IDS, 'en'), {}), TODAY);
}

/** A metrics file restating the organisation's metrics with these fields (YAML lines below each id). */
function metrics(restated: Record<string, string>, own = ''): Record<string, string> {
  const items = Object.entries(restated).map(([id, body]) => `  - id: ${id}\n    name: ${id}\n    owner: Ann\n    definition: as the organisation's\n${body}`);
  return { 'specs/metrics.yaml': `kind: metrics\nversion: 1\ntitle: M\nowner: Ann\nstatus: approved\nupdated: 2026-11-01\nmetrics:\n${[...items, own].join('')}` };
}
const latency = (target: string, redLine?: string, unit = 'ms', layer = 'system') =>
  `    unit: ${unit}\n    layer: ${layer}\n    target: "${target}"\n${redLine ? `    red_line: {target: "${redLine}", action: fall back}\n` : ''}`;
const accuracy = (target: string, redLine = '>= 75%', baseline = 80) =>
  `    unit: "%"\n    layer: model\n    baseline: ${baseline}\n    target: "${target}"\n    red_line: {target: "${redLine}", action: roll back}\n`;
/** A guardrail of the product's own that names an organisation metric (a reference, no restatement). */
const guard = (id: string) => `  - id: M-OWN-GUARD\n    name: Own guard\n    owner: Ann\n    definition: harmful share\n    unit: "%"\n    layer: guardrail\n    target: "<= 1%"\n    guards: [${id}]\n`;
const orgLine = (needle: string, from = 0) => lineOf(ORG, needle, from);
const at = (files: Record<string, string>, needle: string) => lineOf(files['specs/metrics.yaml']!, needle);
const options = extending();
const lenient = { othersMaySpeak: true, options };

const loosenLatencyTarget = metrics({ 'M-LATENCY': latency('<= 2000 ms', '<= 3000 ms') });
const loosenLatencyRed = metrics({ 'M-LATENCY': latency('<= 1500 ms', '<= 3500 ms') });
const flipLatency = metrics({ 'M-LATENCY': latency('>= 100 ms', '<= 3000 ms') });
const dropRed = metrics({ 'M-LATENCY': latency('<= 1000 ms') });
const loosenAcc = metrics({ 'M-ACC': accuracy('>= 83%') }, guard('M-LATENCY'));
const loosenAccRelative = metrics({ 'M-ACC': accuracy('>= baseline + 3%') }, guard('M-LATENCY'));
const loosenAccRed = metrics({ 'M-ACC': accuracy('>= 85%', '>= 70%') }, guard('M-LATENCY'));
const unitChanged = metrics({ 'M-LATENCY': latency('<= 1.5 s', '<= 3 s', 's') });
const layerChanged = metrics({ 'M-LATENCY': latency('<= 1500 ms', '<= 3000 ms', 'ms', 'guardrail') });
const missing = metrics({}, guard('M-COMPLAINTS'));

testRule(orgPolicy, {
  accept: [
    { name: 'lower is healthy: the same target and red line', files: metrics({ 'M-LATENCY': latency('<= 1500 ms', '<= 3000 ms') }), ...lenient },
    { name: 'lower is healthy: tighter (<= 800 ms, red line < 3000 ms)', files: metrics({ 'M-LATENCY': latency('<= 800 ms', '< 3000 ms') }), ...lenient },
    { name: 'higher is healthy: tighter than a relative target (>= 86% against baseline 80 + 5% = 84%)', files: metrics({ 'M-ACC': accuracy('>= 86%', '>= 80%') }, guard('M-LATENCY')), ...lenient },
    { name: 'higher is healthy: a relative target on a higher baseline (90 + 5% = 94.5% >= 84%)', files: metrics({ 'M-ACC': accuracy('>= baseline + 5%', '>= 75%', 90) }, guard('M-LATENCY')), ...lenient },
    { name: 'the required metric referenced, not restated (a guardrail guards it)', files: metrics({}, guard('M-LATENCY')), ...lenient },
    { name: 'no organisation: nothing to hold to', files: metrics({}, guard('M-OWN-GUARD')), othersMaySpeak: true },
  ],
  reject: [
    {
      name: 'lower is healthy: a looser target, at the product\'s target, related to the organisation\'s',
      files: loosenLatencyTarget,
      options,
      findings: [{ line: at(loosenLatencyTarget, 'target: "<= 2000'), col: 13, message: '`M-LATENCY` restates the organisation\'s metric with target `<= 2000 ms`, looser than the organisation\'s `<= 1500 ms`: a product may only tighten it; write `<= 1500 ms` or stricter', related: [{ file: '../org.yaml', line: orgLine('target: "<= 1500'), col: 13, message: 'the organisation defines `M-LATENCY`\'s target here' }] }],
    },
    {
      name: 'lower is healthy: a looser red line',
      files: loosenLatencyRed,
      options,
      findings: [{ line: at(loosenLatencyRed, 'red_line'), col: 24, message: /red line `<= 3500 ms`, looser than the organisation's `<= 3000 ms`/, related: [{ line: orgLine('red_line: {target: "<= 3000'), col: 24, message: 'the organisation defines `M-LATENCY`\'s red line here' }] }],
    },
    {
      name: 'a target pointing the other way is no tightening',
      files: flipLatency,
      options,
      findings: [
        { line: at(flipLatency, 'target: ">= 100'), col: 13, message: /target `>= 100 ms`, looser than the organisation's `<= 1500 ms`/ },
        { rule: 'threshold-consistency', line: at(flipLatency, 'red_line'), col: 24 },
      ],
    },
    {
      name: 'dropping the red line loosens it, at the restated id',
      files: dropRed,
      options,
      findings: [{ line: at(dropRed, 'id: M-LATENCY'), col: 9, message: '`M-LATENCY` restates the organisation\'s metric without its red line `<= 3000 ms`: dropping a red line loosens it; copy its `red_line:` (or a stricter one)', related: [{ line: orgLine('red_line: {target: "<= 3000'), col: 24, message: /red line here/ }] }],
    },
    {
      name: 'higher is healthy: below the organisation\'s relative target (83% < 80 + 5% = 84%)',
      files: loosenAcc,
      options,
      findings: [{ rule: 'model-metric-supports-business', line: 8, severity: 'warning' }, { line: at(loosenAcc, 'target: ">= 83%'), col: 13, message: /target `>= 83%`, looser than the organisation's `>= 84% \(baseline 80% \+ 5%\)`/ }],
    },
    {
      name: 'higher is healthy: a smaller relative change on the same baseline (80 + 3% = 82.4%)',
      files: loosenAccRelative,
      options,
      findings: [{ rule: 'model-metric-supports-business', line: 8, severity: 'warning' }, { line: at(loosenAccRelative, 'target: ">= baseline + 3%'), col: 13, message: /target `>= 82.4% \(baseline 80% \+ 3%\)`, looser than the organisation's `>= 84%/ }],
    },
    {
      name: 'higher is healthy: a lower red line',
      files: loosenAccRed,
      options,
      findings: [{ rule: 'model-metric-supports-business', line: 8, severity: 'warning' }, { line: at(loosenAccRed, 'red_line'), col: 24, message: /red line `>= 70%`, looser than the organisation's `>= 75%`/ }],
    },
    {
      name: 'a restatement keeps the unit',
      files: unitChanged,
      options,
      findings: [{ line: at(unitChanged, 'unit: s'), col: 11, message: '`M-LATENCY` restates the organisation\'s metric with unit `s`, but the organisation\'s is `ms`: a restatement keeps the organisation\'s unit', related: [{ line: orgLine('unit: ms'), col: 11, message: 'the organisation defines `M-LATENCY`\'s unit here' }] }],
    },
    {
      name: 'a restatement keeps the layer',
      files: layerChanged,
      options,
      findings: [{ line: at(layerChanged, 'layer: guardrail'), col: 12, message: /with layer `guardrail`, but the organisation's is `system`/ }],
    },
    {
      name: 'a required metric neither referenced nor restated: at `extends:` in aipm.yaml, related to the organisation\'s `required`',
      files: missing,
      options,
      findings: [{ file: 'aipm.yaml', line: 3, col: 10, message: 'the organisation file ../org.yaml requires metric `M-LATENCY` (P95 latency) in every product, and this product neither references nor restates it: name it where it applies (a guardrail\'s `guards`, an evaluation result, a rollback trigger) or restate it in a metrics file', related: [{ file: '../org.yaml', line: orgLine('required:'), col: 12, message: 'the organisation requires `M-LATENCY` here' }] }],
    },
    {
      name: 'in a draft file it stays an error',
      files: { 'specs/metrics.yaml': loosenLatencyTarget['specs/metrics.yaml']!.replace('status: approved', 'status: draft') },
      options,
      findings: [{ line: at(loosenLatencyTarget, 'target: "<= 2000'), col: 13, severity: 'error', message: /looser/ }],
    },
  ],
});
