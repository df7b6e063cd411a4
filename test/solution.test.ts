import { describe, expect, it } from 'vitest';
import { render } from '../src/commands/render.js';
import { PIPELINE_STAGES } from '../src/kinds/solution.js';
import { flowchart } from '../src/render/mermaid.js';
import { mermaidBlocks, parseMermaid } from './clients.js';
import { check, edit, exampleSpecs, lineOf, EN_EXAMPLE, readTree, writeWorkspace } from './helpers.js';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const en = exampleSpecs(EN_EXAMPLE);
const SOL = 'specs/solution.yaml';
const solution = (from: string | RegExp, to: string) => edit(en, SOL, from, to);
/** A second solution file whose ids are its own. */
const other = en[SOL]!.replace(/id: (AP|PL|LIM)-/g, 'id: X-$1-').replace(/after: \[([^\]]*)\]/g, (_, ids: string) => `after: [${ids.split(', ').map((i) => `X-${i}`).join(', ')}]`).replace('chosen: AP-', 'chosen: X-AP-');

describe('solution references', () => {
  const cases: [string, Record<string, string>, string, number, RegExp][] = [
    ['requirements → requirements', solution('requirements: [REQ-DAMAGE-CLASS, REQ-FAST-TRACK]', 'requirements: [REQ-DAMAGE-CLAS, REQ-FAST-TRACK]'), 'REQ-DAMAGE-CLAS,', 16, /^unknown requirement `REQ-DAMAGE-CLAS`; did you mean `REQ-DAMAGE-CLASS`\?$/],
    ['chosen → an approach id', solution('chosen: AP-CONVNEXT', 'chosen: AP-CONVNXT'), 'chosen: AP-CONVNXT', 9, /^unknown candidate approach `AP-CONVNXT`; did you mean `AP-CONVNEXT`\?$/],
    ['chosen → not a limit', solution('chosen: AP-CONVNEXT', 'chosen: LIM-NIGHT'), 'chosen: LIM-NIGHT', 9, /^`LIM-NIGHT` is a limit, but a candidate approach is expected here$/],
    ['estimates keys → metrics', solution('estimates: {M-TOP1-ACC: 82,', 'estimates: {M-TOP1-AC: 82,'), 'M-TOP1-AC:', 17, /^unknown metric `M-TOP1-AC`/],
    ['pipeline datasets → datasets', solution('datasets: [DS-NIGHT-PHOTOS]', 'datasets: [DS-NIGHT]'), 'datasets: [DS-NIGHT]', 0, /^unknown dataset `DS-NIGHT`/],
    ['pipeline after → steps', solution('after: [PL-BLUR]', 'after: [PL-BLURR]'), 'after: [PL-BLURR]', 0, /^unknown pipeline step `PL-BLURR`; did you mean `PL-BLUR`\?$/],
    ['limits metric → metrics', solution('    metric: M-SEVERE-MISS\n', '    metric: M-SEVERE\n'), 'metric: M-SEVERE\n', 13, /^unknown metric `M-SEVERE`/],
    ['limits segment → a segment of that metric', solution('segment: low-light', 'segment: lowlight'), 'segment: lowlight', 14, /^metric `M-TOP1-ACC` defines no segment `lowlight`; did you mean `low-light`\?$/],
  ];
  for (const [name, files, needle, col, message] of cases) {
    it(name, () => {
      const findings = check(files).filter((f) => f.rule === 'reference');
      expect(findings).toEqual([expect.objectContaining({ file: SOL, line: lineOf(files[SOL]!, needle), message: expect.stringMatching(message) })]);
      if (col) expect(findings[0]!.col).toBe(col);
    });
  }

  it('chosen and after name ids of the same file, not of another solution', () => {
    const files = { ...en, 'specs/solution-b.yaml': other.replace('chosen: X-AP-CONVNEXT', 'chosen: AP-CONVNEXT').replace('after: [X-PL-TRAIN]', 'after: [PL-TRAIN]') };
    const findings = check(files).filter((f) => f.rule === 'reference');
    expect(findings.map((f) => [f.file, f.line, f.message])).toEqual([
      ['specs/solution-b.yaml', lineOf(files['specs/solution-b.yaml']!, 'chosen: AP-CONVNEXT'), '`AP-CONVNEXT` is a candidate approach of another file: name one of this file\'s own; did you mean `X-AP-CONVNEXT`?'],
      ['specs/solution-b.yaml', lineOf(files['specs/solution-b.yaml']!, 'after: [PL-TRAIN]'), '`PL-TRAIN` is a pipeline step of another file: name one of this file\'s own; did you mean `X-PL-TRAIN`?'],
    ]);
    expect(check({ ...en, 'specs/solution-b.yaml': other })).toEqual([]);
  });

  it('a solution needs a task, at least one approach and a chosen one', () => {
    const files = solution(/task:\n(  .*\n)+/, '');
    expect(check(files).map((f) => [f.rule, f.message])).toEqual([['schema', 'missing required field `task`']]);
    const none = check(solution(/approaches:\n[\s\S]*?(?=chosen:)/, 'approaches: []\n'));
    expect(none.map((f) => [f.rule, f.message])).toEqual([['schema', 'must be at least 1'], ['reference', expect.stringMatching(/^unknown candidate approach `AP-CONVNEXT`/)]]);
  });
});

describe('the pipeline flowchart', () => {
  const hostile = [
    '"]; click s0 href "javascript:alert(1)"',
    '%%{init: {"theme": "dark"}}%%',
    'end',
    'a --> b; style s0 fill:#f00',
    '<script>alert(1)</script>',
    'line one\nline two `code` [x] {y} (z) #1 ;',
    '',
  ];

  it('passes mermaid\'s parser whatever the step names, with no directive getting through', async () => {
    const steps = hostile.map((step, i) => ({ id: `PL-${i}`, step, stage: PIPELINE_STAGES[i % PIPELINE_STAGES.length]!, datasets: [`DS-${i}`], after: i > 0 ? [`PL-${i - 1}`, 'PL-MISSING'] : [] }));
    const chart = flowchart(steps, (s) => `${s} "%%`);
    expect(chart).not.toContain('%%');
    expect(chart).not.toContain('<script>');
    // User text stays inside quoted labels: no line of the chart is a statement it wrote.
    expect(chart.split('\n').filter((l) => /^\s*(click|style|end|%%)/.test(l))).toEqual([]);
    const parsed = await parseMermaid(chart);
    expect(parsed.config ?? {}).toEqual({});
    expect(chart.split('\n').filter((l) => l.includes('-->'))).toHaveLength(hostile.length - 1);
  });

  it('renders in the example\'s solution document and in the packet, and parses there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aipm-solution-'));
    cpSync(EN_EXAMPLE, dir, { recursive: true });
    await render({ cwd: dir, packet: true });
    const doc = readFileSync(join(dir, 'docs', 'aipm', 'solution.md'), 'utf8');
    const [chart] = mermaidBlocks(doc);
    expect(chart!.split('\n')[0]).toBe('flowchart LR');
    expect(chart).toContain('d0[("DS-CLAIM-PHOTOS")]');
    expect((await parseMermaid(chart!)).config ?? {}).toEqual({});
    expect(doc).toContain('| **AP-CONVNEXT** (chosen) |');
    expect(doc).toMatch(/\| 650 ms ✅ pass \| 0\.8% ✅ pass \| 89% ✅ pass \|/);
    expect(doc).toMatch(/\| AP-VENDOR \| .* \| 2500 ms ❌ fail \| — \| 84% ❌ fail \|/);
    const packet = readTree(join(dir, 'docs', 'aipm'))['packet.md']!;
    expect(packet).toContain('## Solution');
    expect(packet).toMatch(/\| REQ-DAMAGE-CLASS .* \| AP-CONVNEXT ConvNeXt-T with claim-photo augmentations \| LIM-NIGHT, LIM-SEVERE \|/);
  });

  it('the packet lists failing results no limit answers under "Needs attention"', async () => {
    const files = edit(edit(en, 'specs/evaluation.yaml', '    value: 640', '    value: 950'), 'specs/evaluation.yaml', 'decision: ship', 'decision: stop');
    const dir = writeWorkspace({ ...files, 'aipm.yaml': readFileSync(join(EN_EXAMPLE, 'aipm.yaml'), 'utf8') });
    await render({ cwd: dir, packet: true, force: true });
    const packet = readFileSync(join(dir, 'docs', 'aipm', 'packet.md'), 'utf8');
    expect(packet).toContain('### Failing, with no answer from the product');
    expect(packet).toContain('| M-INFER-P95 Inference P95 latency per claim | — | 950 ms | <= 800 ms | EV-SEVERITY-V1 Severity model v1 offline evaluation |');
  });
});
