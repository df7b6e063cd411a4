import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fix } from '../../src/commands/fix.js';
import { validate } from '../../src/commands/validate.js';
import { unitScale } from '../../src/rules/unit-scale.js';
import { edit, exampleSpecs, lineOf, readTree, writeWorkspace, EN_EXAMPLE, TODAY } from '../helpers.js';
import { testRule } from '../rule-table.js';

const en = exampleSpecs(EN_EXAMPLE);
// M-TOP1-ACC is in percent with target >= 88%; M-SEVERE-MISS is in percent with target <= 1%.

testRule(unitScale, {
  accept: [
    { name: 'percent values on percent metrics; 0.8 on a metric whose own target is 1%', files: en },
    { name: 'a segment target of 80 (not 0.8)', files: edit(en, 'specs/metrics.yaml', '{name: low-light, target: ">= 80%"}', '{name: low-light, target: ">= 80"}') },
    { name: 'a target in 0–1 beside a baseline under ten times it (0.5 beside 3)', files: edit(edit(en, 'specs/metrics.yaml', 'target: "<= 1%"', 'target: "<= 0.5"\n    baseline: 3'), 'specs/evaluation.yaml', /value: 0\.8\b/, 'value: 0.4'), othersMaySpeak: true },
    { name: 'a relative target on a percent metric writes a change, not a fraction', files: edit(en, 'specs/metrics.yaml', 'target: ">= 88%"', 'target: ">= baseline + 25%"') },
    { name: 'a relative red line of a small change (<= baseline + 0.5pp = 2.1 on a 1.6% baseline)', files: edit(en, 'specs/metrics.yaml', 'target: "<= 1%"', 'target: "<= 1%"\n    baseline: 1.6\n    red_line: {target: "<= baseline + 0.5pp", action: route every claim to an adjuster}') },
  ],
  reject: [
    {
      name: 'a segment target written as a fraction beside a relative target above 1 (>= baseline + 25% = 88.75)',
      files: edit(edit(en, 'specs/metrics.yaml', 'target: ">= 88%"', 'target: ">= baseline + 25%"'), 'specs/metrics.yaml', '{name: low-light, target: ">= 80%"}', '{name: low-light, target: ">= 0.8"}'),
      findings: (f) => [{ line: lineOf(f['specs/metrics.yaml']!, '">= 0.8"'), severity: 'warning', message: '0.8 on `M-TOP1-ACC` looks like a fraction, but `M-TOP1-ACC` is in percent (its target is `>= 88.75% (baseline 71% + 25%)`): write 80 for 80%' }],
    },
    {
      name: 'a target written as a fraction beside a baseline in percent (>= 0.88 beside 71): the percent is suggested',
      files: edit(en, 'specs/metrics.yaml', 'target: ">= 88%"', 'target: ">= 0.88"'),
      findings: (f) => [{ line: lineOf(f['specs/metrics.yaml']!, '">= 0.88"'), severity: 'warning', message: '`>= 0.88` on `M-TOP1-ACC` looks like a fraction, but `M-TOP1-ACC` is in percent and its baseline is 71: write `>= 88`' }],
    },
    {
      name: 'a fraction target beside a red line in percent: one finding, and threshold-consistency suggests no impossible `>= 0.9%`',
      files: edit(en, 'specs/metrics.yaml', 'target: ">= 88%"', 'target: ">= 0.9"\n    red_line: {target: ">= 80%", action: route every claim to an adjuster}'),
      findings: (f) => [{ line: lineOf(f['specs/metrics.yaml']!, '">= 0.9"'), message: /^`>= 0\.9` on `M-TOP1-ACC` looks like a fraction.*write `>= 90`$/ }],
    },
    {
      name: 'the message in zh names the fix too',
      files: edit(en, 'specs/metrics.yaml', 'target: ">= 88%"', 'target: ">= 0.88"'),
      options: { lang: 'zh' },
      findings: (f) => [{ line: lineOf(f['specs/metrics.yaml']!, '">= 0.88"'), message: '`M-TOP1-ACC` 的 `>= 0.88` 像是小数，但 `M-TOP1-ACC` 的单位是百分比，且其基线为 71：请写作 `>= 88`' }],
    },
    {
      name: 'a segment target written as a fraction (>= 0.8 where 80% was meant)',
      files: edit(en, 'specs/metrics.yaml', '{name: low-light, target: ">= 80%"}', '{name: low-light, target: ">= 0.8"}'),
      findings: (f) => [{ line: lineOf(f['specs/metrics.yaml']!, '">= 0.8"'), severity: 'warning', message: '0.8 on `M-TOP1-ACC` looks like a fraction, but `M-TOP1-ACC` is in percent (its target is `>= 88%`): write 80 for 80%' }],
    },
    {
      name: 'a requirement target of >= 0.6 on a metric whose target is >= 88%',
      files: edit(en, 'specs/requirements.yaml', '      - metric: M-TOP1-ACC\n', '      - metric: M-TOP1-ACC\n        target: ">= 0.6"\n'),
      findings: (f) => [{ line: lineOf(f['specs/requirements.yaml']!, '">= 0.6"'), severity: 'warning', message: /^0\.6 on `M-TOP1-ACC` looks like a fraction.*write 60 for 60%$/ }],
    },
    {
      name: 'an experiment result written as a fraction',
      files: edit(en, 'specs/evaluation.yaml', 'results: {M-TOP1-ACC: 82.1}', 'results: {M-TOP1-ACC: 0.821}'),
      findings: (f) => [{ line: lineOf(f['specs/evaluation.yaml']!, '0.821'), message: /^0\.821 on `M-TOP1-ACC`.*write 82\.1 for 82\.1%$/ }],
    },
    {
      name: 'a result written as a fraction also misses its target under ship',
      files: edit(en, 'specs/evaluation.yaml', '    value: 89.4', '    value: 0.894'),
      findings: (f) => [
        { rule: 'evaluation-consistent', line: lineOf(f['specs/evaluation.yaml']!, 'value: 0.894'), message: /`M-TOP1-ACC` is 0\.894%, missing its target >= 88%/ },
        { line: lineOf(f['specs/evaluation.yaml']!, 'value: 0.894'), severity: 'warning', message: /^0\.894 on `M-TOP1-ACC`/ },
      ],
    },
  ],
});

describe('aipm fix writes the percent a fraction target meant', () => {
  it('>= 0.9 beside a red line >= 80%: fixed to >= 90, the rest of the file byte for byte, then clean', async () => {
    const files = edit(readTree(EN_EXAMPLE), 'specs/metrics.yaml', 'target: ">= 88%"', 'target: ">= 0.9"\n    red_line: {target: ">= 80%", action: route every claim to an adjuster}');
    const cwd = writeWorkspace(files);
    const before = readFileSync(join(cwd, 'specs/metrics.yaml'), 'utf8');
    const r = await fix({ cwd, today: TODAY, env: {} });
    expect(r.stdout).toContain('looks like a fraction');
    expect(readFileSync(join(cwd, 'specs/metrics.yaml'), 'utf8')).toBe(before.replace('target: ">= 0.9"', 'target: ">= 90"'));
    const after = JSON.parse((await validate({ cwd, today: TODAY, env: {}, format: 'json' })).stdout);
    expect(after.findings.filter((f: { rule: string }) => f.rule === 'unit-scale' || f.rule === 'threshold-consistency')).toEqual([]);
  });
});
