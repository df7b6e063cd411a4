import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from '../src/kinds/json-schema.js';
import { check, edit, exampleSpecs, lineOf, EN_EXAMPLE } from './helpers.js';

// measured_by and tolerance on metrics, stderr and source on results and segments (SPEC: metrics, evaluation).
const en = exampleSpecs(EN_EXAMPLE);
const M = 'specs/metrics.yaml';
const EV = 'specs/evaluation.yaml';
const measuredBy = (lines: string) => edit(en, M, '    min_samples: 1000\n', `    min_samples: 1000\n    tolerance: 0.5\n    measured_by:\n${lines}`);
const schemaFindings = (files: Record<string, string>) => check(files).filter((f) => f.rule === 'schema');

describe('evidence fields', () => {
  it('accepts measured_by, tolerance, stderr and source', () => {
    const files = measuredBy('      - {tool: lm-eval, task: hellaswag, metric: acc, filter: none, scale: 100}\n      - {tool: inspect, task: claims, metric: match/accuracy, scale: 100, segment: severe}\n');
    const withSource = edit(files, EV, '    ci: [88.8, 90.0]\n', [
      '    ci: [88.8, 90.0]',
      '    stderr: 0.28',
      '    source:',
      '      tool: lm-eval',
      '      file: evals/results.json',
      `      sha256: ${'a'.repeat(64)}`,
      '      task: hellaswag',
      '      metric: acc',
      '      filter: none',
      '      imported: 2026-11-20',
      '',
    ].join('\n'));
    expect(schemaFindings(edit(withSource, EV, '{name: severe, value: 93.1, n: 2100}', '{name: severe, value: 93.1, n: 2100, stderr: 0.5}'))).toEqual([]);
  });

  it.each([
    ['an unknown tool', '      - {tool: lm_eval, task: t, metric: acc}\n', 'lm_eval', /did you mean `lm-eval`/],
    ['a scale of 0', '      - {tool: lm-eval, task: t, metric: acc, scale: 0}\n', 'scale: 0', /scale is a factor above 0/],
    ['a segment the metric lacks', '      - {tool: inspect, task: t, metric: accuracy, segment: night}\n', 'segment: night', /`night` is not a segment of this metric \(its segments: severe, low-light\)/],
    ['no metric', '      - {tool: inspect, task: t}\n', '{tool: inspect', /metric/],
  ])('rejects %s', (_name, lines, at, message) => {
    const files = measuredBy(lines);
    const found = schemaFindings(files);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: M, line: lineOf(files[M]!, at), message: expect.stringMatching(message) });
  });

  it('rejects a negative tolerance, a negative stderr and a malformed sha256', () => {
    const files = edit(edit(measuredBy('      - {tool: lm-eval, task: t, metric: acc}\n'), M, 'tolerance: 0.5', 'tolerance: -1'), EV, '    n: 2100\n  - metric: M-INFER-P95', `    n: 2100\n    stderr: -0.1\n    source: {tool: promptfoo, file: out.json, sha256: abc, task: "*", metric: pass-rate, imported: 2026-11-20}\n  - metric: M-INFER-P95`);
    expect(schemaFindings(files).map((f) => [f.file, f.line, f.message])).toEqual([
      [EV, lineOf(files[EV]!, 'sha256: abc'), expect.stringMatching(/sha256 is 64 lowercase hex digits/)],
      [EV, lineOf(files[EV]!, 'stderr: -0.1'), 'must be at least 0'],
      [M, lineOf(files[M]!, 'tolerance: -1'), 'must be at least 0'],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || Number(a[1]) - Number(b[1])));
  });

  it('exports the fields in the JSON Schemas, with descriptions', () => {
    const metrics = JSON.parse(jsonSchemaText('metrics'));
    const metric = metrics.properties.metrics.anyOf?.[0]?.items ?? metrics.properties.metrics.items;
    const text = JSON.stringify(metrics);
    expect(text).toContain('"measured_by"');
    expect(text).toContain('"tolerance"');
    expect(text).toContain('"exclusiveMinimum":0');
    expect(metric === undefined || typeof metric === 'object').toBe(true);
    const evaluation = JSON.stringify(JSON.parse(jsonSchemaText('evaluation')));
    for (const key of ['"stderr"', '"source"', '"sha256"', '"imported"']) expect(evaluation).toContain(key);
    expect(evaluation).toContain('Standard error');
  });
});
