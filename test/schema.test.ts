import { describe, expect, it } from 'vitest';
import { KIND_NAMES, kinds } from '../src/kinds/index.js';
import { check, edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from './helpers.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);

describe('the examples', () => {
  it('both validate clean', () => {
    expect(check(en)).toEqual([]);
    expect(check(zh, { lang: 'zh' })).toEqual([]);
  });
});

describe('the kinds', () => {
  it('each builds its schema once (when first asked for it) and keeps it', () => {
    for (const name of KIND_NAMES) expect(kinds[name].schema, name).toBe(kinds[name].schema);
  });
});

describe('schema findings', () => {
  it('an unknown key suggests the nearest known key, at the key, and hides the "missing" it explains', () => {
    const files = edit(en, 'specs/requirements.yaml', '    priority: P0', '    prioritty: P0');
    const findings = check(files);
    expect(findings).toHaveLength(1);
    const line = lineOf(files['specs/requirements.yaml']!, 'prioritty');
    expect(findings[0]).toMatchObject({ rule: 'schema', file: 'specs/requirements.yaml', line, col: 5, endLine: line, endCol: 14 });
    expect(findings[0]!.message).toBe('unknown key `prioritty`; did you mean `priority`?');
  });

  it('a missing required field is reported at the mapping that lacks it', () => {
    const files = edit(en, 'specs/metrics.yaml', '    definition: Median hours from first notice of loss to payout decision\n', '');
    const findings = check(files);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'schema', line: lineOf(files['specs/metrics.yaml']!, 'id: BM-CYCLE-TIME'), col: 5 });
    expect(findings[0]!.message).toBe('missing required field `definition`');
  });

  it('an unknown kind suggests the nearest kind', () => {
    const findings = check(edit(en, 'specs/metrics.yaml', 'kind: metrics', 'kind: metric'));
    expect(findings).toEqual([expect.objectContaining({ rule: 'schema', line: 2, col: 7, message: 'unknown kind `metric`; did you mean `metrics`?' })]);
  });

  it('dates must be real calendar dates', () => {
    const files = edit(en, 'specs/milestones.yaml', 'due: 2026-12-04', 'due: 2026-13-45');
    const findings = check(files);
    expect(findings).toEqual([expect.objectContaining({ rule: 'schema', line: lineOf(files['specs/milestones.yaml']!, '2026-13-45'), col: 10 })]);
    expect(findings[0]!.message).toContain('`2026-13-45` is not a real date');
  });

  it('a bare number or a word as a target is a schema error at the target', () => {
    for (const bad of ['88', 'high', '">= lots"']) {
      const files = edit(en, 'specs/metrics.yaml', 'target: ">= 88%"', `target: ${bad}`);
      const findings = check(files);
      expect(findings, bad).toEqual([expect.objectContaining({ rule: 'schema', line: lineOf(files['specs/metrics.yaml']!, `target: ${bad}`), col: 13 })]);
      expect(findings[0]!.message).toContain('a target is an operator and a number');
    }
  });

  it('targets may be written with ≥, ≤, full-width %, or as {op, value}', () => {
    for (const good of ['"≥ 88%"', '"≥88％"', '{op: ">=", value: 88}', '{op: "≥", value: 88}']) {
      expect(check(edit(en, 'specs/metrics.yaml', 'target: ">= 88%"', `target: ${good}`)), good).toEqual([]);
    }
  });

  it('a unit on a target must be the metric\'s unit, also where another file names the metric', () => {
    const own = check(edit(en, 'specs/metrics.yaml', 'target: "<= 800 ms"', 'target: "<= 0.8 s"'));
    expect(own).toEqual([expect.objectContaining({ rule: 'schema', message: 'the unit `s` does not match the metric\'s unit `ms`' })]);
    const files = edit(en, 'specs/requirements.yaml', 'target: "<= 24 hours"', 'target: "<= 1 day"');
    const ref = check(files);
    expect(ref).toEqual([expect.objectContaining({ rule: 'schema', line: lineOf(files['specs/requirements.yaml']!, '<= 1 day') })]);
    expect(ref[0]!.message).toBe('the unit `day` does not match the unit `hours` of metric `BM-CYCLE-TIME`');
  });

  it('a rate above 1 hints at writing a fraction', () => {
    const findings = check(edit(en, 'specs/data-feasibility.yaml', 'max_error_rate: 0.03', 'max_error_rate: 3'));
    expect(findings).toEqual([expect.objectContaining({ rule: 'schema', message: 'must be a fraction from 0 to 1 (write 0.05 for 5%)' })]);
  });

  it('x- keys are extensions: kept and ignored, at any depth', () => {
    let files = edit(en, 'specs/requirements.yaml', 'status: approved', 'status: approved\nx-jira: CLAIM-12');
    files = edit(files, 'specs/requirements.yaml', '    priority: P0', '    priority: P0\n    x-notes: {anything: [1, 2]}');
    expect(check(files)).toEqual([]);
  });

  it('a done milestone needs done_on', () => {
    const files = edit(en, 'specs/milestones.yaml', '    done_on: 2026-11-09\n', '');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'schema', message: 'a milestone whose status is `done` needs `done_on`' })]);
  });

  it('an item with a schema error is skipped by the rules: one mistake, one finding', () => {
    // A bad priority and no targets: the rule target-has-metric must not also fire on the broken item.
    let files = edit(en, 'specs/requirements.yaml', '    priority: P0', '    priority: urgent');
    files = edit(files, 'specs/requirements.yaml', /    targets:\n      - metric: M-TOP1-ACC\n      - metric: BM-CYCLE-TIME\n/, '');
    const findings = check(files);
    expect(findings.map((f) => [f.rule, f.message])).toEqual([['schema', 'must be one of: P0 | P1 | P2 | P3']]);
  });

  it('messages follow the language, rule ids and field names stay', () => {
    const files = edit(zh, 'specs/requirements.yaml', '    priority: P0', '    prioritty: P0');
    expect(check(files, { lang: 'zh' })[0]!.message).toBe('未知的键 `prioritty`；是不是想写 `priority`？');
  });
});

describe('ids and references', () => {
  it('a duplicate id is reported at the second occurrence, naming the first', () => {
    const files = edit(en, 'specs/compliance.yaml', 'id: C-NOTICE', 'id: C-BASIS');
    const text = files['specs/compliance.yaml']!;
    const first = lineOf(text, 'id: C-BASIS');
    const second = lineOf(text, 'id: C-BASIS', text.lastIndexOf('id: C-BASIS'));
    expect(second).toBeGreaterThan(first);
    expect(check(files)).toEqual([
      expect.objectContaining({ rule: 'duplicate-id', line: second, col: 9, message: `duplicate id \`C-BASIS\`: already defined at specs/compliance.yaml:${first}` }),
    ]);
  });

  it('a duplicate id relates to the first definition, also in another file and in zh', () => {
    const files = edit(en, 'specs/metrics.yaml', 'id: M-TOP1-ACC', 'id: DS-CLAIM-PHOTOS');
    const [finding] = check(files).filter((f) => f.rule === 'duplicate-id');
    const first = lineOf(files['specs/data-feasibility.yaml']!, 'id: DS-CLAIM-PHOTOS');
    expect(finding).toMatchObject({ file: 'specs/metrics.yaml', line: lineOf(files['specs/metrics.yaml']!, 'id: DS-CLAIM-PHOTOS') });
    expect(finding!.related).toEqual([{ file: 'specs/data-feasibility.yaml', line: first, col: 9, endLine: first, endCol: 9 + 'DS-CLAIM-PHOTOS'.length, message: '`DS-CLAIM-PHOTOS` is first defined here' }]);
    const zhFiles = edit(zh, 'specs/metrics.yaml', 'id: M-API-P95', 'id: M-ETA-MAE');
    const [zhFinding] = check(zhFiles, { lang: 'zh' }).filter((f) => f.rule === 'duplicate-id');
    expect(zhFinding!.related).toEqual([expect.objectContaining({ file: 'specs/metrics.yaml', line: lineOf(zhFiles['specs/metrics.yaml']!, 'id: M-ETA-MAE'), message: '`M-ETA-MAE` 首次定义于此' })]);
  });

  it('an unknown reference suggests the nearest id of the right kind', () => {
    const files = edit(en, 'specs/requirements.yaml', 'datasets: [DS-CLAIM-PHOTOS, DS-NIGHT-PHOTOS]', 'datasets: [DS-CLAIM-PHOTO, DS-NIGHT-PHOTOS]');
    const findings = check(files);
    expect(findings).toEqual([expect.objectContaining({ rule: 'reference', line: lineOf(files['specs/requirements.yaml']!, 'DS-CLAIM-PHOTO,'), col: 16 })]);
    expect(findings[0]!.message).toBe('unknown dataset `DS-CLAIM-PHOTO`; did you mean `DS-CLAIM-PHOTOS`?');
    // The item it probably meant, as a related place.
    const meant = lineOf(files['specs/data-feasibility.yaml']!, 'id: DS-CLAIM-PHOTOS');
    expect(findings[0]!.related).toEqual([{ file: 'specs/data-feasibility.yaml', line: meant, col: 9, endLine: meant, endCol: 24, message: '`DS-CLAIM-PHOTOS`, the nearest id, is defined here' }]);
  });

  it('a reference with no near miss relates to nothing', () => {
    const findings = check(edit(en, 'specs/requirements.yaml', 'datasets: [DS-CLAIM-PHOTOS, DS-NIGHT-PHOTOS]', 'datasets: [ZZZZ, DS-NIGHT-PHOTOS]'));
    expect(findings).toEqual([expect.objectContaining({ rule: 'reference', message: 'unknown dataset `ZZZZ`' })]);
    expect(findings[0]!.related).toBeUndefined();
  });

  it('a reference to an id of the wrong kind says what it is', () => {
    const findings = check(edit(en, 'specs/milestones.yaml', 'depends_on: [MS-LABELS]', 'depends_on: [REQ-DAMAGE-CLASS]'));
    expect(findings.filter((f) => f.rule === 'reference').map((f) => f.message)).toEqual(['`REQ-DAMAGE-CLASS` is a requirement, but a milestone is expected here']);
  });

  it('every reference family resolves to its kind', () => {
    const cases: [string, string, string, string][] = [
      ['specs/metrics.yaml', 'supports: [BM-CYCLE-TIME]', 'supports: [BM-NOPE]', 'metric'],
      ['specs/metrics.yaml', 'guards: [M-TOP1-ACC]', 'guards: [M-NOPE]', 'metric'],
      ['specs/metrics.yaml', 'measured_on: {dataset: DS-CLAIM-PHOTOS', 'measured_on: {dataset: DS-NOPE', 'dataset'],
      ['specs/milestones.yaml', 'affects: [MS-EVAL]', 'affects: [MS-NOPE]', 'milestone'],
      ['specs/milestones.yaml', 'requirements: [REQ-DAMAGE-CLASS, REQ-AUDIT-LOG]', 'requirements: [REQ-NOPE]', 'requirement'],
      ['specs/evaluation.yaml', 'dataset: DS-CLAIM-PHOTOS', 'dataset: DS-NOPE', 'dataset'],
      ['specs/evaluation.yaml', '  - metric: M-SEVERE-MISS', '  - metric: M-NOPE', 'metric'],
      ['specs/evaluation.yaml', 'results: {M-TOP1-ACC: 82.1}', 'results: {M-NOPE: 82.1}', 'metric'],
      ['specs/launch-plan.yaml', '{metric: M-SEVERE-MISS, target: "> 2%"}', '{metric: M-NOPE, target: "> 2%"}', 'metric'],
      ['specs/launch-plan.yaml', '{metric: M-ADJUSTER-OVERRIDE,', '{metric: M-NOPE,', 'metric'],
      ['specs/review.yaml', 'ref: M-TOP1-ACC', 'ref: NOPE', 'id'],
    ];
    for (const [file, from, to, expected] of cases) {
      const files = edit(en, file, from, to);
      const findings = check(files).filter((f) => f.rule === 'reference');
      expect(findings, to).toHaveLength(1);
      expect(findings[0]!.file).toBe(file);
      expect(findings[0]!.line, to).toBe(lineOf(files[file]!, to.includes('{M-NOPE') ? 'M-NOPE' : to));
      expect(findings[0]!.message).toContain(`unknown ${expected} \``);
    }
  });

  it('a result segment must be a segment its metric defines', () => {
    const files = edit(en, 'specs/evaluation.yaml', '{name: low-light, value: 81.5}', '{name: lowlight, value: 81.5}');
    const findings = check(files).filter((f) => f.rule === 'reference');
    expect(findings).toEqual([expect.objectContaining({ line: lineOf(files['specs/evaluation.yaml']!, 'lowlight') })]);
    expect(findings[0]!.message).toBe('metric `M-TOP1-ACC` defines no segment `lowlight`; did you mean `low-light`?');
    expect(findings[0]!.related).toEqual([expect.objectContaining({ file: 'specs/metrics.yaml', line: lineOf(files['specs/metrics.yaml']!, '{name: low-light'), message: 'metric `M-TOP1-ACC` defines segment `low-light` here' })]);
  });

  it('references into a file that failed to parse are not reported', () => {
    const files = edit(en, 'specs/data-feasibility.yaml', 'conclusion: go', 'conclusion: [go');
    const findings = check(files);
    expect(findings.map((f) => f.rule)).toEqual(['yaml-syntax']);
  });
});
