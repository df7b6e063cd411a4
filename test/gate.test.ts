import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gate } from '../src/commands/gate.js';
import { lintMarkdown } from './clients.js';
import { edit, readTree, writeWorkspace, EN_EXAMPLE, ZH_EXAMPLE, TODAY } from './helpers.js';

// aipm gate (SPEC: "Evidence in, verdict out"): every hold reason, ship, the formats and exit codes.
const base = readTree(EN_EXAMPLE);
const EV = 'specs/evaluation.yaml';
const M = 'specs/metrics.yaml';
const env = {};

async function run(files: Record<string, string>, opts: { evaluation?: string; against?: string; allowInsignificant?: boolean; format?: string; env?: NodeJS.ProcessEnv } = {}) {
  const cwd = writeWorkspace(files);
  const result = await gate({ cwd, today: TODAY, env, format: 'json', ...opts });
  return { ...result, json: opts.format === undefined || opts.format === 'json' ? JSON.parse(result.stdout) : undefined, cwd };
}
const codes = (json: { reasons: { code: string }[] }) => json.reasons.map((r) => r.code);

// An earlier evaluation of the same model, with its own numbers for M-TOP1-ACC.
const earlier = (value: string, extra = '') =>
  base[EV]!.replace('id: EV-SEVERITY-V1', 'id: EV-SEVERITY-V0').replace('date: 2026-11-20', 'date: 2026-11-01').replaceAll('id: EXP-', 'id: OLD-EXP-')
    .replace('    value: 89.4\n    n: 12000\n    ci: [88.8, 90.0]\n', `    value: ${value}\n${extra}`);

describe('aipm gate', () => {
  it('ships the example: exit 0, every result judged, in the JSON shape SPEC gives', async () => {
    const { exitCode, json } = await run(base);
    expect(exitCode).toBe(0);
    expect(json).toMatchObject({
      verdict: 'ship',
      evaluation: { id: 'EV-SEVERITY-V1', model: 'severity-convnext v1', date: '2026-11-20', decision: 'ship', file: EV },
      reasons: [],
      warnings: [],
    });
    expect(json.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(json.results).toContainEqual({ metric: 'M-TOP1-ACC', value: 89.4, unit: '%', target: '>= 88%', verdict: 'pass', n: 12000, ci: [88.8, 90] });
    expect(json.results).toContainEqual({ metric: 'M-TOP1-ACC', segment: 'severe', value: 93.1, unit: '%', target: '>= 92%', verdict: 'pass', n: 2100 });
    expect(json.against).toBeUndefined();
  });

  it.each([
    ['miss', edit(base, EV, '    value: 89.4', '    value: 86.0'), { code: 'miss', metric: 'M-TOP1-ACC', value: 86, target: '>= 88%', n: 12000, ci: [88.8, 90], line: 21, col: 12 }, /`M-TOP1-ACC` is 86%, missing its target >= 88% \(n 12000, ci \[88.8%, 90%\]\)/],
    ['a segment that misses', edit(base, EV, '{name: low-light, value: 81.5}', '{name: low-light, value: 79.9}'), { code: 'miss', metric: 'M-TOP1-ACC', segment: 'low-light', value: 79.9, target: '>= 80%' }, /on segment `low-light` is 79.9%, missing/],
    ['segment-missing', edit(base, EV, /\n      - \{name: low-light, value: 81.5\}/, ''), { code: 'segment-missing', metric: 'M-TOP1-ACC', segment: 'low-light', target: '>= 80%', line: 20 }, /has no value \(target >= 80%\)/],
    ['few-samples', edit(base, EV, 'n: 12000', 'n: 400'), { code: 'few-samples', metric: 'M-TOP1-ACC', n: 400 }, /measured on 400 samples, fewer than the 1000/],
    ['few-samples (one)', edit(base, EV, 'n: 12000', 'n: 1'), { code: 'few-samples', metric: 'M-TOP1-ACC', n: 1 }, /measured on 1 sample, fewer than the 1000/],
    ['not-significant', edit(base, EV, 'ci: [88.8, 90.0]', 'ci: [87.5, 91.3]'), { code: 'not-significant', metric: 'M-TOP1-ACC', ci: [87.5, 91.3] }, /is 89.4%, meeting >= 88%, but its interval \[87.5%, 91.3%\] reaches 87.5%/],
    ['guardrail-missing', edit(base, EV, '  - metric: M-SEVERE-MISS\n    value: 0.8\n    n: 2100\n', ''), { code: 'guardrail-missing', metric: 'M-SEVERE-MISS' }, /no result for guardrail `M-SEVERE-MISS`, which guards `M-TOP1-ACC`/],
    ['compliance-fail', edit(base, 'specs/compliance.yaml', /status: pass\n    evidence: Blur/, 'status: fail\n    evidence: Blur'), { code: 'compliance-fail', file: 'specs/compliance.yaml' }, /`C-BLUR` has status fail: Are licence plates/],
    ['no-results', edit(base, EV, /results:\n  - metric: M-TOP1-ACC[\s\S]*?value: 640\n/, 'results: []\n'), { code: 'no-results' }, /reports no results/],
  ])('holds on %s (exit 1), naming metric, value, target and where', async (_name, files, reason, message) => {
    const { exitCode, json } = await run(files);
    expect(exitCode).toBe(1);
    expect(json.verdict).toBe('hold');
    const found = json.reasons.find((r: { code: string }) => r.code === reason.code);
    expect(found).toMatchObject({ file: EV, ...reason, message: expect.stringMatching(message) });
  });

  it('holds on a crossed red line, beside the missed target, quoting its action', async () => {
    const { json } = await run(edit(base, EV, 'value: 640', 'value: 3500'));
    expect(codes(json)).toEqual(expect.arrayContaining(['miss', 'red-line']));
    expect(json.reasons.find((r: { code: string }) => r.code === 'red-line')).toMatchObject({ metric: 'M-INFER-P95', value: 3500, target: '<= 3000 ms', message: expect.stringMatching(/across its red line <= 3000 ms: the red line says "Route the claim to the manual triage queue/) });
  });

  it('--allow-insignificant turns "not yet significant" into a warning (ship)', async () => {
    const { exitCode, json } = await run(edit(base, EV, 'ci: [88.8, 90.0]', 'ci: [87.5, 91.3]'), { allowInsignificant: true });
    expect(exitCode).toBe(0);
    expect(json.verdict).toBe('ship');
    expect(json.warnings.map((w: { code: string }) => w.code)).toEqual(['not-significant']);
  });

  it('holds on validation errors elsewhere, listing a finding the gate already gives only once', async () => {
    const broken = edit(edit(base, EV, '    value: 89.4', '    value: 86.0'), 'specs/milestones.yaml', /    acceptance: \[Top-1 .*\n/, '');
    const { json } = await run(broken);
    const validation = json.reasons.filter((r: { code: string }) => r.code === 'validation');
    expect(validation.length).toBeGreaterThan(0);
    expect(validation.every((r: { file: string; message: string }) => r.file === 'specs/milestones.yaml' && /\(milestone-acceptance\)$/.test(r.message))).toBe(true);
    // evaluation-consistent says the same as the gate's own "miss": listed once.
    expect(json.reasons.filter((r: { file: string; line: number }) => r.file === EV && r.line === 21)).toHaveLength(1);
  });

  describe('regression against the latest earlier evaluation of the same model', () => {
    it('any drop beyond tolerance when there is no n or ci to test', async () => {
      const { exitCode, json } = await run({ ...base, 'specs/evaluation-v0.yaml': earlier('90.4') });
      expect(exitCode).toBe(1);
      expect(json.against).toMatchObject({ id: 'EV-SEVERITY-V0', date: '2026-11-01' });
      expect(json.reasons).toEqual([expect.objectContaining({ code: 'regression', metric: 'M-TOP1-ACC', value: 89.4, previous: 90.4, message: expect.stringMatching(/went from 90.4% in `EV-SEVERITY-V0` to 89.4%: worse by 1 pp, more than its tolerance 0 pp/) })]);
    });
    it('within tolerance is no regression', async () => {
      const files = edit({ ...base, 'specs/evaluation-v0.yaml': earlier('90.4') }, M, '    min_samples: 1000\n', '    min_samples: 1000\n    tolerance: 1\n');
      expect((await run(files)).json.verdict).toBe('ship');
    });
    it('intervals that overlap are no regression; apart they are', async () => {
      const overlap = await run({ ...base, 'specs/evaluation-v0.yaml': earlier('90.4', '    ci: [89.9, 90.9]\n') });
      expect(overlap.json.verdict).toBe('ship');
      const apart = await run({ ...base, 'specs/evaluation-v0.yaml': earlier('90.9', '    ci: [90.4, 91.4]\n') });
      expect(apart.json.reasons[0]).toMatchObject({ code: 'regression', message: expect.stringMatching(/intervals \[88.8%, 90%\] and \[90.4%, 91.4%\] do not overlap/) });
    });
    it('a proportion with n on both sides is judged by the one-sided two-proportion z-test at 5%', async () => {
      const proportion = edit(base, M, '    min_samples: 1000\n', '    min_samples: 1000\n    measured_by: [{tool: inspect, task: claims, metric: accuracy, scale: 100}]\n');
      // 0.899 of 12000 before, 0.894 of 12000 now: pooled p̂ = 0.8965, √(0.8965·0.1035·(2/12000)) = 0.0039339,
      // z = 0.005 / 0.0039339 = 1.27 < 1.645: not significant, so no regression although it dropped.
      expect((await run({ ...proportion, 'specs/evaluation-v0.yaml': earlier('89.9', '    n: 12000\n') })).json.verdict).toBe('ship');
      // 0.905 before: p̂ = 0.8995, √(0.8995·0.1005·(2/12000)) = 0.0038826, z = 0.011 / 0.0038826 = 2.83 > 1.645.
      const { json } = await run({ ...proportion, 'specs/evaluation-v0.yaml': earlier('90.5', '    n: 12000\n') });
      expect(json.reasons[0]).toMatchObject({ code: 'regression', previous: 90.5, message: expect.stringMatching(/z = 2.83 > 1.645/) });
    });
    it('--against names the evaluation; an unknown one is exit 2 with a suggestion', async () => {
      const files = { ...base, 'specs/evaluation-v0.yaml': earlier('90.4') };
      expect((await run(files, { against: 'EV-SEVERITY-V0' })).json.against.id).toBe('EV-SEVERITY-V0');
      await expect(run(files, { against: 'EV-SEVERITY-V9' })).rejects.toMatchObject({ msg: 'gate.unknownAgainst', params: { suggestion: 'EV-SEVERITY-V0' } });
      // The older one judged on its own has nothing earlier to compare with.
      expect((await run(files, { evaluation: 'EV-SEVERITY-V0' })).json.against).toBeUndefined();
    });
  });

  it('usage errors are exit 2: an unknown evaluation, a bad format, no evaluation at all', async () => {
    await expect(run(base, { evaluation: 'EV-SEVERTY-V1' })).rejects.toMatchObject({ msg: 'gate.unknownEvaluation', params: { suggestion: 'EV-SEVERITY-V1' } });
    await expect(run(base, { format: 'html' })).rejects.toMatchObject({ msg: 'gate.badFormat' });
    const { [EV]: _, ...noEvaluation } = base;
    await expect(run(noEvaluation)).rejects.toMatchObject({ msg: 'gate.noEvaluation' });
  });

  it('text names the verdict and each reason at its line', async () => {
    const { stdout, exitCode } = await run(edit(base, EV, '    value: 89.4', '    value: 86.0'), { format: 'text' });
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/^release gate: hold — `EV-SEVERITY-V1` \(severity-convnext v1, 2026-11-20; decision ship\)/);
    expect(stdout).toContain('✗ specs/evaluation.yaml:21:12 `M-TOP1-ACC` is 86%, missing its target >= 88% (n 12000, ci [88.8%, 90%]) (miss)');
  });

  it('speaks the workspace language (zh)', async () => {
    const { stdout } = await run(readTree(ZH_EXAMPLE), { format: 'text' });
    expect(stdout).toMatch(/^上线闸门：/);
  });

  it('markdown passes markdownlint, for ship and for hold, and neutralises Markdown in names', async () => {
    // The verdict is a section of a pull-request comment or a job summary: linted below a title.
    const lint = (name: string, text: string) => lintMarkdown(name, `# Checks\n\n${text}`);
    const ship = await run(base, { format: 'markdown' });
    expect(lint('ship.md', ship.stdout)).toEqual([]);
    expect(ship.stdout).toMatch(/^## Release gate: ✅ ship/);
    const hold = await run(edit(edit(base, EV, '    value: 89.4', '    value: 86.0'), EV, 'model: severity-convnext v1', 'model: "<b>v1</b> | *x*"'), { format: 'markdown' });
    expect(lint('hold.md', hold.stdout)).toEqual([]);
    expect(hold.stdout).toContain('### Why it holds');
    expect(hold.stdout).not.toContain('<b>');
    expect(hold.stdout).toContain('| M-TOP1-ACC | 86% | >= 88% | 12000 | \\[88.8%, 90%\\] | fail |');
    expect(hold.stdout).toContain('- `M-TOP1-ACC` is 86%, missing its target >= 88% (n 12000, ci \\[88.8%, 90%\\]) (`miss`, specs/evaluation.yaml:21)');
  });

  it('github: an annotation per reason at the evaluation\'s line, and the Markdown appended to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(writeWorkspace({ 'summary.md': '# before\n' }), 'summary.md');
    const { stdout, exitCode } = await run(edit(base, EV, '    value: 89.4', '    value: 86.0'), { format: 'github', env: { GITHUB_STEP_SUMMARY: summary } });
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/^::error file=specs\/evaluation.yaml,line=21,col=12,title=aipm gate miss::`M-TOP1-ACC` is 86/m);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^aipm: release gate: hold/);
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# before\n## Release gate: ⛔ hold')).toBe(true);
  });
});

describe('aipm status shows the gate\'s verdict', () => {
  it('one line under the plan, and `gate` in the JSON', async () => {
    const { status } = await import('../src/commands/status.js');
    const cwd = writeWorkspace(edit(base, EV, '    value: 89.4', '    value: 86.0'));
    const text = await status({ cwd, today: TODAY, env });
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('Release gate: hold for `EV-SEVERITY-V1` (1 reason: aipm gate says which)');
    const json = JSON.parse((await status({ cwd, today: TODAY, env, format: 'json' })).stdout);
    expect(json.gate).toEqual({ verdict: 'hold', evaluation: 'EV-SEVERITY-V1', reasons: ['miss'] });
    const zh = await status({ cwd: writeWorkspace(readTree(ZH_EXAMPLE)), today: TODAY, env });
    expect(zh.stdout).toMatch(/\n上线闸门：`EV-[^`]+` 暂缓上线（\d+ 个原因，运行 aipm gate 查看）\n$/);
  });
});
