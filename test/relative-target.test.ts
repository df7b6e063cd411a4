import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gate } from '../src/commands/gate.js';
import { render } from '../src/commands/render.js';
import { status } from '../src/commands/status.js';
import { validate } from '../src/commands/validate.js';
import { buildModel } from '../src/check/index.js';
import { compareModels } from '../src/model/compare.js';
import { changeAsTarget, formatTarget, parseTarget, readTarget, writtenTarget, type Target } from '../src/kinds/common.js';
import { ProductSession } from '../src/lsp/session.js';
import { RULE_IDS } from '../src/rules/index.js';
import { parseYaml } from '../src/yaml/parse.js';
import { call, check, edit, exampleSpecs, lineOf, readTree, writeWorkspace, EN_EXAMPLE, TODAY, ZH_EXAMPLE } from './helpers.js';

// A target relative to the metric's baseline (SPEC.md, "A target may be relative"): one resolver,
// `parseTarget(written, metric)`, gives every reader the absolute threshold.

const percent = (baseline?: number) => ({ unit: '%', ...(baseline === undefined ? {} : { baseline }) });
const ms = (baseline?: number) => ({ unit: 'ms', ...(baseline === undefined ? {} : { baseline }) });

describe('parseTarget resolves a relative target against the baseline', () => {
  const table: [string, { unit: string; baseline?: number }, Pick<Target, 'op' | 'value'> | undefined][] = [
    // 5% of the baseline, relative: 78 × 1.05.
    ['>= baseline + 5%', percent(78), { op: '>=', value: 81.9 }],
    ['<= baseline - 20%', ms(1500), { op: '<=', value: 1200 }],
    ['> baseline + 10%', ms(200), { op: '>', value: 220 }],
    ['< baseline - 2.5%', ms(400), { op: '<', value: 390 }],
    // Percentage points: 78 + 3.
    ['>= baseline + 3pp', percent(78), { op: '>=', value: 81 }],
    ['<= baseline - 0.5pp', percent(1.6), { op: '<=', value: 1.1 }],
    ['>= baseline + .5pp', percent(71), { op: '>=', value: 71.5 }],
    ['== baseline + 0pp', percent(71), { op: '==', value: 71 }],
    // The written forms a Chinese keyboard and a typographer use.
    ['≥ baseline + 5%', percent(40), { op: '>=', value: 42 }],
    ['≤ baseline - 10％', ms(900), { op: '<=', value: 810 }],
    ['>=baseline+5%', percent(80), { op: '>=', value: 84 }],
    // Binary fractions do not leak: 71 × 1.1 is 78.10000000000001 in floating point.
    ['>= baseline + 10%', percent(71), { op: '>=', value: 78.1 }],
    // No baseline, or pp on a metric not in %: nothing to compare with (a schema finding says why).
    ['>= baseline + 5%', percent(), undefined],
    ['<= baseline - 3pp', ms(1500), undefined],
    // Bad forms are not targets at all.
    ['>= baseline + 5', percent(78), undefined],
    ['>= baseline', percent(78), undefined],
    ['baseline + 5%', percent(78), undefined],
    ['>= baseline * 1.05', percent(78), undefined],
    ['>= baseline + 5 ms', ms(78), undefined],
    ['>= Baseline + 5%', percent(78), undefined],
    ['>= baseline + -5%', percent(78), undefined],
    ['提升 5%', percent(78), undefined],
  ];
  for (const [written, metric, expected] of table) {
    it(`${written} on a ${metric.unit} metric with ${metric.baseline === undefined ? 'no baseline' : `baseline ${metric.baseline}`}`, () => {
      const t = parseTarget(written, metric);
      if (expected === undefined) expect(t).toBeUndefined();
      else expect(t).toMatchObject({ ...expected, relative: { baseline: metric.baseline } });
    });
  }

  it('leaves an absolute target absolute, whatever the baseline (the {op, value} form too)', () => {
    expect(parseTarget('>= 90%', percent(78))).toEqual({ op: '>=', value: 90, unit: '%' });
    expect(parseTarget({ op: '>=', value: 90 }, percent(78))).toEqual({ op: '>=', value: 90 });
    expect(parseTarget('<= 300 ms', undefined)).toEqual({ op: '<=', value: 300, unit: 'ms' });
  });

  it('reads the written form without a metric, for the schema', () => {
    expect(readTarget('>= baseline - 20%')).toEqual({ op: '>=', relative: { change: -20, by: '%' } });
    expect(readTarget('>= baseline + 3pp')).toEqual({ op: '>=', relative: { change: 3, by: 'pp' } });
    expect(readTarget('>= baseline + 3')).toBeUndefined();
  });

  it('shows the absolute threshold first, then how it was written; a suggestion keeps the written form', () => {
    expect(formatTarget(parseTarget('>= baseline + 5%', percent(78))!)).toBe('>= 81.9% (baseline 78% + 5%)');
    expect(formatTarget(parseTarget('<= baseline - 20%', ms(1500))!)).toBe('<= 1200 ms (baseline 1500 ms - 20%)');
    expect(formatTarget(parseTarget('>= baseline + 3pp', percent(78))!)).toBe('>= 81% (baseline 78% + 3pp)');
    expect(writtenTarget(parseTarget('≥ baseline + 3pp', percent(78))!)).toBe('>= baseline + 3pp');
    expect(writtenTarget(parseTarget('>= 90%', percent(78))!)).toBe('>= 90%');
  });
});

describe('a change written where a target belongs', () => {
  const table: [string, string | undefined][] = [
    ['提升 20%', '>= baseline + 20%'],
    ['提高20%', '>= baseline + 20%'],
    ['降低 3 个百分点', '<= baseline - 3pp'],
    ['减少 10％', '<= baseline - 10%'],
    ['+5%', '>= baseline + 5%'],
    ['-2.5pp', '<= baseline - 2.5pp'],
    ['increase by 5%', '>= baseline + 5%'],
    ['reduce 10%', '<= baseline - 10%'],
    ['提升', undefined],
    ['大幅提升 20%', undefined],
    ['更快', undefined],
    ['20%', undefined],
    ['faster 20%', undefined],
  ];
  for (const [written, meant] of table) {
    it(`${written} → ${meant ?? 'no suggestion'}`, () => expect(changeAsTarget(written)).toBe(meant));
  }
});

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);
const METRICS = 'specs/metrics.yaml';
const shown = (files: Record<string, string>, lang: 'en' | 'zh' = 'en') => check(files, { lang }).map((f) => [f.rule, f.file, f.line, f.col, f.severity, f.message]);

describe('relative targets in a workspace', () => {
  // M-TOP1-ACC: unit %, target >= 88%, baseline 71, latest 89.4. M-SEVERE-MISS: unit %, no baseline.
  it('validate clean when met: a target, a segment, a red line, a requirement target and a rollback trigger, all relative', () => {
    let files = edit(en, METRICS, 'target: ">= 88%"', 'target: ">= baseline + 25%"\n    red_line: {target: ">= baseline + 5pp", action: route every claim to an adjuster}');
    files = edit(files, METRICS, '{name: low-light, target: ">= 80%"}', '{name: low-light, target: ">= baseline + 10pp"}');
    files = edit(files, 'specs/requirements.yaml', '      - metric: M-TOP1-ACC\n', '      - metric: M-TOP1-ACC\n        target: ">= baseline + 20%"\n');
    files = edit(files, 'specs/launch-plan.yaml', '    - {metric: M-INFER-P95', '    - {metric: M-TOP1-ACC, target: "< baseline + 5pp"}\n    - {metric: M-INFER-P95');
    expect(shown(files)).toEqual([]);
  });

  it('a relative target on a metric without baseline is one schema finding naming baseline and the fix, in en and zh', () => {
    const files = edit(en, METRICS, 'target: "<= 1%"', 'target: "<= baseline - 20%"');
    const line = lineOf(files[METRICS]!, 'baseline - 20%');
    expect(shown(files)).toEqual([['schema', METRICS, line, 13, 'error', 'a target relative to `baseline` needs the metric\'s `baseline`: add `baseline:` with the metric\'s current value, or write the target as a number, like ">= 90"']]);
    expect(shown(files, 'zh')).toEqual([['schema', METRICS, line, 13, 'error', '相对 `baseline` 的目标需要指标填写 `baseline`：请为该指标加上 `baseline:`（当前值），或把目标写成数字，例如 ">= 90"']]);
  });

  it('pp on a metric not in % is one schema finding naming the unit, in en and zh', () => {
    const files = edit(en, METRICS, 'target: "<= 72 hours"', 'target: "<= baseline - 30pp"');
    const line = lineOf(files[METRICS]!, 'baseline - 30pp');
    expect(shown(files)).toEqual([['schema', METRICS, line, 13, 'error', '`pp` (percentage points) is for a metric in `%`, but this metric\'s unit is `hours`: write the change as a percent of the baseline, like ">= baseline + 5%"']]);
    expect(shown(files, 'zh')).toEqual([['schema', METRICS, line, 13, 'error', '`pp`（百分点）只用于单位为 `%` 的指标，而本指标的单位是 `hours`：请把变化写成基线的百分比，例如 ">= baseline + 5%"']]);
  });

  it('a rollback trigger or requirement target relative to a metric without baseline names that metric, in en and zh', () => {
    const files = edit(en, 'specs/launch-plan.yaml', '{metric: M-SEVERE-MISS, target: "> 2%"}', '{metric: M-SEVERE-MISS, target: "> baseline + 100%"}');
    const line = lineOf(files['specs/launch-plan.yaml']!, 'baseline + 100%');
    expect(shown(files)).toEqual([['schema', 'specs/launch-plan.yaml', line, 39, 'error', 'a target relative to `baseline` needs a `baseline` on metric `M-SEVERE-MISS`: add `baseline:` with its current value there, or write the target as a number, like ">= 90"']]);
    expect(shown(files, 'zh')).toEqual([['schema', 'specs/launch-plan.yaml', line, 39, 'error', '相对 `baseline` 的目标需要指标 `M-SEVERE-MISS` 填写 `baseline`：请在该指标上加上 `baseline:`（当前值），或把目标写成数字，例如 ">= 90"']]);
    const pp = edit(en, 'specs/requirements.yaml', 'target: "<= 24 hours"', 'target: "<= baseline - 50pp"');
    expect(shown(pp)).toEqual([['schema', 'specs/requirements.yaml', lineOf(pp['specs/requirements.yaml']!, 'baseline - 50pp'), 17, 'error', '`pp` (percentage points) is for a metric in `%`, but the unit of metric `BM-CYCLE-TIME` is `hours`: write the change as a percent of the baseline, like ">= baseline + 5%"']]);
  });

  it('"提升 20%" as a target gets the relative form as its fix, in zh and en', () => {
    const files = edit(en, METRICS, 'target: ">= 88%"', 'target: "提升 20%"');
    const line = lineOf(files[METRICS]!, '提升 20%');
    expect(shown(files, 'zh')).toEqual([['schema', METRICS, line, 13, 'error', '`提升 20%` 是变化量，不是目标：请相对指标的基线来写，例如 ">= baseline + 20%"（并给指标填写 `baseline`）']]);
    expect(shown(files)).toEqual([['schema', METRICS, line, 13, 'error', '`提升 20%` is a change, not a target: write it against the metric\'s baseline, like ">= baseline + 20%" (and give the metric a `baseline`)']]);
  });

  it('a relative target typed on a Chinese keyboard is the full-width finding, its fix the relative target', () => {
    const files = edit(en, METRICS, 'target: ">= 88%"', 'target: "＞＝ baseline ＋ 25％"');
    const findings = check(files);
    expect(findings.map((f) => [f.rule, f.line, f.fix?.text])).toEqual([['schema', lineOf(files[METRICS]!, 'baseline ＋'), '">= baseline + 25%"']]);
  });

  it('the zh example\'s relative target gives the same findings as its absolute equivalent', () => {
    // BM-LATE-COMPLAINT: unit %, baseline 1.6, target <= baseline - 0.6pp (= 1).
    expect(zh[METRICS]).toContain('target: "<= baseline - 0.6pp"');
    const absolute = edit(zh, METRICS, /target: "<= baseline - 0\.6pp".*/, 'target: "<= 1.0%"');
    expect(shown(zh, 'zh')).toEqual(shown(absolute, 'zh'));
  });
});

describe('a relative target and its absolute equivalent give the same findings', () => {
  // Findings compared by rule, place and severity: the messages name the target as written.
  const placed = (files: Record<string, string>) => check(files).map((f) => [f.rule, f.file, f.line, f.col, f.severity]);
  const ops = ['>=', '>', '<=', '<'] as const;
  it('for any change on M-TOP1-ACC (baseline 71, latest 89.4), in % or pp, as target, segment or red line', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        fc.integer({ min: -40, max: 60 }),
        fc.constantFrom('%', 'pp'),
        fc.constantFrom('target', 'segment', 'redLine'),
        (op, change, by, where) => {
          const written = `${op} baseline ${change < 0 ? '-' : '+'} ${Math.abs(change)}${by}`;
          const resolved = parseTarget(written, { baseline: 71, unit: '%' })!;
          const put = (t: string) =>
            where === 'target'
              ? edit(en, METRICS, 'target: ">= 88%"', `target: "${t}"`)
              : where === 'segment'
                ? edit(en, METRICS, '{name: severe, target: ">= 92%"}', `{name: severe, target: "${t}"}`)
                : edit(en, METRICS, 'target: ">= 88%"', `target: ">= 88%"\n    red_line: {target: "${t}", action: route every claim to an adjuster}`);
          expect(placed(put(written))).toEqual(placed(put(`${resolved.op} ${resolved.value}`)));
        },
      ),
      { numRuns: 25, seed: 2026 },
    );
  });
});

describe('a relative target is shown with its absolute threshold wherever a target is shown', () => {
  // M-TOP1-ACC's target `>= baseline + 25%`: 71 × 1.25 = 88.75; its latest result 89.4 passes, its
  // segment low-light (81.5) misses `>= baseline + 11pp` = 82.
  const files = (() => {
    let f = edit(readTree(EN_EXAMPLE), METRICS, 'target: ">= 88%"', 'target: ">= baseline + 25%"');
    f = edit(f, METRICS, '{name: low-light, target: ">= 80%"}', '{name: low-light, target: ">= baseline + 11pp"}');
    for (const k of Object.keys(f)) if (k.startsWith('docs/')) delete f[k];
    return f;
  })();
  const SHOWN = '>= 88.75% (baseline 71% + 25%)';

  it('validate names the absolute threshold in the finding', async () => {
    const r = await call(validate, { cwd: writeWorkspace(files), today: TODAY });
    expect(r.stdout).toContain('`M-TOP1-ACC` on segment `low-light` is 81.5%, missing its target >= 82% (baseline 71% + 11pp)');
  });

  it('aipm status, as text and JSON', async () => {
    const cwd = writeWorkspace(files);
    const text = (await call(status, { cwd, today: TODAY })).stdout;
    expect(text).toMatch(/M-TOP1-ACC +89\.4 +>= 88\.75% \(baseline 71% \+ 25%\)/);
    expect(text).toMatch(/· low-light +81\.5 +>= 82% \(baseline 71% \+ 11pp\)/);
    const json = JSON.parse((await call(status, { cwd, today: TODAY, format: 'json' })).stdout);
    expect(json.metrics.find((m: { id: string }) => m.id === 'M-TOP1-ACC')).toMatchObject({ value: 89.4, target: SHOWN, verdict: 'pass' });
  });

  it('aipm gate judges and shows the absolute threshold', async () => {
    const json = JSON.parse((await call(gate, { cwd: writeWorkspace(files), today: TODAY, env: {}, format: 'json' })).stdout);
    expect(json.verdict).toBe('hold');
    expect(json.results).toContainEqual(expect.objectContaining({ metric: 'M-TOP1-ACC', value: 89.4, target: SHOWN, verdict: 'pass' }));
    expect(json.reasons).toContainEqual(expect.objectContaining({ code: 'miss', segment: 'low-light', target: '>= 82% (baseline 71% + 11pp)' }));
  });

  it('the rendered documents and the packet, Markdown and HTML', async () => {
    const cwd = writeWorkspace(files);
    await call(render, { cwd, today: TODAY, html: true, force: true });
    const doc = (name: string) => readFileSync(join(cwd, 'docs', 'aipm', name), 'utf8');
    expect(doc('metrics.md')).toContain(`| M-TOP1-ACC | Top-1 severity accuracy | model | ${SHOWN} | 71% |`);
    expect(doc('metrics.md')).toContain('low-light >= 82% (baseline 71% + 11pp)');
    expect(doc('evaluation.md')).toContain(`| ${SHOWN} | ✅ pass |`);
    expect(doc('evaluation.md')).toContain('| >= 82% (baseline 71% + 11pp) | ❌ fail |');
    expect(doc('packet.md')).toContain('>= 82% (baseline 71% + 11pp)');
    expect(doc('packet.html')).toContain('&gt;= 82% (baseline 71% + 11pp)');
  });

  it('the editor\'s hover on a metric id', () => {
    const root = writeWorkspace(files);
    const session = new ProductSession(join(root, 'aipm.yaml'), RULE_IDS, 'en');
    session.setConfig(files['aipm.yaml']!);
    for (const [rel, text] of Object.entries(files)) if (rel.startsWith('specs/')) session.setFile(join(root, rel), parseYaml(text));
    const evaluation = files['specs/evaluation.yaml']!;
    const hover = session.hover(join(root, 'specs/evaluation.yaml'), evaluation.indexOf('metric: M-TOP1-ACC') + 10, TODAY);
    // Markdown: `>` escaped.
    expect(hover?.markdown).toContain(`- target: \\${SHOWN}`);
  });
});

describe('aipm diff', () => {
  const model = (files: Record<string, string>) => buildModel(Object.entries(files).map(([file, text]) => ({ file, parsed: parseYaml(text) })), 'en').model;
  it('a baseline change moves a relative target: the evaluations set against it are suspects, with both thresholds', () => {
    const before = edit(en, METRICS, 'target: ">= 88%"', 'target: ">= baseline + 25%"');
    const after = edit(before, METRICS, 'baseline: 71', 'baseline: 72');
    expect(compareModels(model(before), model(after)).suspects).toContainEqual(expect.objectContaining({ type: 'evaluation', metric: 'M-TOP1-ACC', from: '>= 88.75% (baseline 71% + 25%)', to: '>= 90% (baseline 72% + 25%)' }));
    // Written another way, the same threshold: nothing to re-check.
    const same = edit(en, METRICS, 'target: ">= 88%"', 'target: ">= baseline + 17pp"');
    expect(compareModels(model(en), model(same)).suspects).toEqual([]);
  });
});
