import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importEvidence } from '../src/commands/import.js';
import { edit, readTree, writeWorkspace, EN_EXAMPLE, ROOT, TODAY } from './helpers.js';

// aipm import (SPEC: "Evidence in, verdict out") against files the tools wrote (../shared/evidence)
// and files built from promptfoo's and Hugging Face's documented formats.
const EVIDENCE = join(ROOT, '..', 'shared', 'evidence');
const EV = 'specs/evaluation.yaml';
const M = 'specs/metrics.yaml';
const base = readTree(EN_EXAMPLE);
const env = {};

/** The example with measured_by lines on M-TOP1-ACC, and evidence files copied into evals/. */
function workspace(measuredBy: string, evidence: Record<string, string> = {}, files: Record<string, string> = base): string {
  const cwd = writeWorkspace(edit(files, M, '    min_samples: 1000\n', `    min_samples: 1000\n    measured_by:\n${measuredBy}`));
  for (const [name, from] of Object.entries(evidence)) {
    mkdirSync(dirname(join(cwd, name)), { recursive: true });
    if (from.startsWith('/')) copyFileSync(from, join(cwd, name));
    else writeFileSync(join(cwd, name), from);
  }
  return cwd;
}
const run = (cwd: string, files: string[], opts: Partial<Parameters<typeof importEvidence>[0]> = {}) => importEvidence({ cwd, files, into: 'EV-SEVERITY-V1', today: TODAY, env, ...opts });
const read = (cwd: string, file = EV) => readFileSync(join(cwd, file), 'utf8');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('aipm import keeps the evaluation file\'s form', () => {
  it('a byte order mark and CRLF line ends survive the import', async () => {
    const cwd = workspace('      - {tool: lm-eval, task: mmlu_abstract_algebra, metric: acc, scale: 100}\n', { 'evals/mmlu.json': join(EVIDENCE, 'lm-eval-results-mmlu.json') });
    writeFileSync(join(cwd, EV), `\uFEFF${read(cwd).replace(/\n/g, '\r\n')}`);
    await run(cwd, ['evals/mmlu.json']);
    const after = read(cwd);
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after).toContain('    value: 34\r\n');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('aipm import: lm-evaluation-harness', () => {
  const file = join(EVIDENCE, 'lm-eval-results-mmlu.json');
  it('writes value × scale, n, stderr × scale, ci = value ± 1.96·stderr and source; everything else stays byte for byte', async () => {
    const cwd = workspace('      - {tool: lm-eval, task: mmlu_abstract_algebra, metric: acc, scale: 100}\n', { 'evals/mmlu.json': file });
    const before = read(cwd);
    const result = await run(cwd, ['evals/mmlu.json']);
    const after = read(cwd);
    // acc 0.34 × 100 = 34; stderr 0.0476095 × 100 = 4.76095 → 4.761; 1.96 × 4.76095 = 9.33147 → [24.67, 43.33]
    expect(after).toBe(before.replace('    value: 89.4\n    n: 12000\n    ci: [88.8, 90.0]\n', [
      '    value: 34',
      '    n: 100',
      '    ci: [24.67, 43.33]',
      '    stderr: 4.761',
      '    source:',
      '      tool: lm-eval',
      '      file: evals/mmlu.json',
      `      sha256: ${sha(file)}`,
      '      task: mmlu_abstract_algebra',
      '      metric: acc',
      '      filter: none',
      `      imported: ${TODAY}`,
      '',
    ].join('\n')));
    expect(result.stdout).toContain('~ M-TOP1-ACC: 34 (n 100, ci [24.67, 43.33]) ← evals/mmlu.json mmlu_abstract_algebra acc,none');
    expect(result.stdout).toContain('wrote specs/evaluation.yaml');
    // The value now misses its target: the validation after import says so (exit 1, as fix does).
    expect(result.exitCode).toBe(1);

    // A second import of the same file is byte-identical and says so, even on another day.
    const again = await run(cwd, ['evals/mmlu.json'], { today: '2026-12-01' });
    expect(read(cwd)).toBe(after);
    expect(again.stdout).toContain('specs/evaluation.yaml unchanged');
    expect(again.stdout).toContain('= M-TOP1-ACC: 34');
  });

  it('"N/A" stderr is no stderr: a proportion with n gets the Wilson interval; n from sample_len; a filter other than none', async () => {
    // arc_easy acc 0.3 on sample_len 10, stderr "N/A". Wilson (z = 1.96): z²/n = 0.38416, denominator 1.38416,
    // centre (0.3 + 0.19208)/1.38416 = 0.355508, half 1.41602 · √(0.021 + 0.009604) = 0.247719 → [0.10779, 0.60323] × 100.
    const cwd = workspace('      - {tool: lm-eval, task: arc_easy, metric: acc, filter: none, scale: 100}\n', { 'evals/cpu.json': join(EVIDENCE, 'lm-eval-cpu-regression.json') });
    await run(cwd, ['evals/cpu.json']);
    const text = read(cwd);
    expect(text).toContain('    value: 30\n    n: 10\n    ci: [10.78, 60.32]\n    source:\n');
    expect(text).not.toContain('stderr:');
  });

  it('lists what the file holds that no measured_by names, and warns of a measured_by no imported file holds', async () => {
    const cwd = workspace('      - {tool: lm-eval, task: arc_easy, metric: acc, scale: 100}\n      - {tool: lm-eval, task: hellaswag, metric: acc, scale: 100, segment: severe}\n', { 'evals/cpu.json': join(EVIDENCE, 'lm-eval-cpu-regression.json') });
    const { stdout } = await run(cwd, ['evals/cpu.json']);
    expect(stdout).toContain('not mapped: evals/cpu.json lm-eval wikitext word_perplexity,none = 130.4813590639406');
    expect(stdout).toContain('warning: `M-TOP1-ACC` is measured by lm-eval task `hellaswag` metric `acc`, which no imported lm-eval file holds');
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const cwd = workspace('      - {tool: lm-eval, task: mmlu_abstract_algebra, metric: acc, scale: 100}\n', { 'evals/mmlu.json': file });
    const before = read(cwd);
    const { stdout } = await run(cwd, ['evals/mmlu.json'], { dryRun: true });
    expect(read(cwd)).toBe(before);
    expect(stdout).toContain('-    value: 89.4');
    expect(stdout).toContain('+    value: 34');
    expect(stdout).toContain('would write specs/evaluation.yaml (--dry-run: nothing written)');
  });
});

describe('aipm import: Inspect AI', () => {
  // model_graded_fact accuracy 1.0 of 1 completed sample, stderr 0.0 (Inspect could not estimate one):
  // Wilson for 1 of 1: centre (1 + 1.9208)/4.8416 = 0.603271, half 0.404825 · 0.98 = 0.396728 → [0.20654, 1] × 100.
  const expected = (file: string) => `    value: 100\n    n: 1\n    ci: [20.65, 100]\n    source:\n      tool: inspect\n      file: ${file}\n      sha256: ${sha(join(EVIDENCE, file.replace('evals/', 'inspect-log-')))}\n      task: input_task\n      metric: accuracy\n      imported: ${TODAY}\n`;
  it.each(['json', 'eval'])('reads the .%s log: the scorer\'s accuracy, stderr 0 as none, n from completed_samples', async (ext) => {
    const name = `evals/input-task.${ext}`;
    const cwd = workspace('      - {tool: inspect, task: input_task, metric: accuracy, scale: 100}\n', { [name]: join(EVIDENCE, `inspect-log-input-task.${ext}`) });
    await run(cwd, [name]);
    expect(read(cwd)).toContain(expected(name));
  });

  it('--new writes <specs>/<EV-id>.yaml as a draft with the product owner, the model and date from the log', async () => {
    const cwd = workspace('      - {tool: inspect, task: popularity, metric: match/accuracy, scale: 100}\n', { 'evals/formats.eval': join(EVIDENCE, 'inspect-log-formats.eval') });
    const result = await run(cwd, ['evals/formats.eval'], { into: undefined, new: 'EV-POP-1', dataset: 'DS-CLAIM-PHOTOS' });
    const text = read(cwd, 'specs/EV-POP-1.yaml');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.aipm\/schemas\/evaluation\.json\nkind: evaluation\n/);
    expect(text).toContain('owner: "Maya Patel"\nstatus: draft\n');
    expect(text).toContain('id: EV-POP-1\nmodel: "ollama/llama3.1"\ndate: 2024-10-15\ndataset: DS-CLAIM-PHOTOS\nresults:\n  - metric: M-TOP1-ACC\n    value: 0\n    n: 1\n    ci: [0, 79.35]\n');
    expect(text).toContain('decision: iterate\n');
    expect(result.stdout).toContain('wrote specs/EV-POP-1.yaml');
  });

  it('refuses a log whose run did not finish unless --allow-incomplete, saying why', async () => {
    const log = JSON.parse(readFileSync(join(EVIDENCE, 'inspect-log-input-task.json'), 'utf8'));
    for (const status of ['error', 'cancelled']) {
      const cwd = workspace('      - {tool: inspect, task: input_task, metric: accuracy, scale: 100}\n', { 'evals/log.json': JSON.stringify({ ...log, status }) });
      const before = read(cwd);
      await expect(run(cwd, ['evals/log.json'])).rejects.toMatchObject({ msg: 'import.incomplete', params: { file: 'evals/log.json', status } });
      expect(read(cwd)).toBe(before);
      await run(cwd, ['evals/log.json'], { allowIncomplete: true });
      expect(read(cwd)).toContain('    value: 100\n');
    }
  });
});

describe('aipm import: promptfoo and model cards (from their documented formats)', () => {
  // promptfoo eval -o out.json: results.prompts[].provider and metrics.test{Pass,Fail,Error}Count, results.stats.
  const promptfoo = (pass: number, fail: number, error: number) => JSON.stringify({
    evalId: 'eval-x',
    results: { version: 3, timestamp: '2026-11-18T09:00:00.000Z', prompts: [{ raw: 'p', label: 'p', provider: 'openai:gpt-5', metrics: { score: 1, testPassCount: pass, testFailCount: fail, testErrorCount: error } }], results: [], stats: { successes: pass, failures: fail, errors: error } },
    config: {}, metadata: { promptfooVersion: '0.118.10' },
  });
  it('pass-rate = successes / (successes + failures + errors), per provider and overall (*)', async () => {
    // 45 of 50: Wilson (z = 1.96): z²/n = 0.076832, denominator 1.076832, centre (0.9 + 0.038416)/1.076832 = 0.871455,
    // half 1.820153 · √(0.0018 + 0.00038416) = 0.268958… → [0.786395, 0.956525] × 100 → [78.64, 95.65].
    const cwd = workspace('      - {tool: promptfoo, task: "openai:gpt-5", metric: pass-rate, scale: 100}\n', { 'evals/pf.json': promptfoo(45, 4, 1) });
    await run(cwd, ['evals/pf.json']);
    expect(read(cwd)).toContain('    value: 90\n    n: 50\n    ci: [78.64, 95.65]\n    source:\n      tool: promptfoo\n      file: evals/pf.json\n');
    expect(read(cwd)).toContain('      task: "openai:gpt-5"\n      metric: pass-rate\n');
  });
  it('a file with zero tests is refused, naming it', async () => {
    const cwd = workspace('      - {tool: promptfoo, task: "*", metric: pass-rate, scale: 100}\n', { 'evals/pf.json': promptfoo(0, 0, 0) });
    await expect(run(cwd, ['evals/pf.json'])).rejects.toMatchObject({ msg: 'import.noTests', params: { file: 'evals/pf.json' } });
  });
  it('reads model-index from a model card\'s front matter into a segment', async () => {
    const card = ['---', 'license: mit', 'model-index:', '- name: severity-convnext-v2', '  results:', '  - task: {type: image-classification}', '    dataset: {name: ClaimPhotos-severe, type: claims}', '    metrics:', '    - {type: accuracy, value: 93.6, name: Accuracy, verified: false}', '---', '', '# Model card', ''].join('\n');
    const cwd = workspace('      - {tool: model-index, task: ClaimPhotos-severe, metric: accuracy, segment: severe}\n', { 'evals/README.md': card });
    const before = read(cwd);
    await run(cwd, ['evals/README.md']);
    const after = read(cwd);
    expect(after).toContain(`      - {name: severe, value: 93.6, source: {tool: model-index, file: evals/README.md, sha256: ${sha(join(cwd, 'evals/README.md'))}, task: ClaimPhotos-severe, metric: accuracy, imported: ${TODAY}}}\n`);
    expect(after.replace(/      - \{name: severe, [^\n]*\n/, '')).toBe(before.replace(/      - \{name: severe, [^\n]*\n/, ''));
    expect(after).not.toContain('n: 2100}');
  });
});

/** A ZIP of the given entries (stored deflated), built by hand for hostile cases. */
function zip(entries: { name: string; data: Buffer; claimSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = deflateRawSync(e.data);
    const size = e.claimSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(e.data), 14); local.writeUInt32LE(body.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(e.data), 16); central.writeUInt32LE(body.length, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10); end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe('aipm import: bad input is exit 2 naming the file, and nothing is written', () => {
  const lm = (results: string, n = '{"t": {"effective": 10}}') => `{"results": {"t": {${results}}}, "n-samples": ${n}}`;
  const cases: [string, Record<string, string | Buffer>, string, RegExp | string][] = [
    ['a file in no known format', { 'evals/x.json': '{"hello": 1}' }, 'import.unknownFormat', 'evals/x.json'],
    ['malformed JSON', { 'evals/x.json': '{"results": {' }, 'import.malformed', 'evals/x.json'],
    ['a NaN value (as Python writes it)', { 'evals/x.json': lm('"acc,none": NaN, "acc_stderr,none": 0.1') }, 'import.notNumber', 'results.t["acc,none"]'],
    ['an infinite stderr', { 'evals/x.json': lm('"acc,none": 0.5, "acc_stderr,none": Infinity') }, 'import.notNumber', 'results.t["acc_stderr,none"]'],
    ['a non-numeric value', { 'evals/x.json': lm('"acc,none": "0.5"') }, 'import.notNumber', 'results.t["acc,none"]'],
    ['a negative n', { 'evals/x.json': lm('"acc,none": 0.5', '{"t": {"effective": -3}}') }, 'import.negativeN', 'n-samples.t'],
    ['a path-traversing entry name in .eval', { 'evals/x.eval': zip([{ name: '../../header.json', data: Buffer.from('{}') }, { name: 'header.json', data: readFileSync(join(EVIDENCE, 'inspect-log-input-task.json')) }]) }, 'import.unknownFormat', 'evals/x.eval'],
    ['a ZIP bomb (header.json claims 2 GB)', { 'evals/x.eval': zip([{ name: 'header.json', data: Buffer.alloc(1000, 32), claimSize: 2_000_000_000 }]) }, 'import.tooLarge', 'evals/x.eval'],
    ['a ZIP entry larger than it says', { 'evals/x.eval': zip([{ name: 'header.json', data: Buffer.from(`{"eval": {"task": "t"}, "pad": "${' '.repeat(5000)}"}`), claimSize: 100 }]) }, 'import.unknownFormat', 'evals/x.eval'],
    ['a ZIP without header.json', { 'evals/x.eval': zip([{ name: 'other.json', data: Buffer.from('{}') }]) }, 'import.unknownFormat', 'evals/x.eval'],
  ];
  it.each(cases)('%s', async (_name, evidence, msg, detail) => {
    const cwd = workspace('      - {tool: lm-eval, task: t, metric: acc, scale: 100}\n');
    for (const [name, data] of Object.entries(evidence)) {
      mkdirSync(dirname(join(cwd, name)), { recursive: true });
      writeFileSync(join(cwd, name), data);
    }
    const before = read(cwd);
    const error = await run(cwd, Object.keys(evidence)).then(() => undefined, (e: unknown) => e as { msg: string; params: Record<string, unknown> });
    expect(error).toMatchObject({ msg });
    expect(JSON.stringify(error!.params)).toContain(JSON.stringify(detail).slice(1, -1));
    if (msg === 'import.unknownFormat') expect(String(error!.params.formats)).toMatch(/lm-evaluation-harness.*Inspect AI.*promptfoo.*model-index/);
    expect(read(cwd)).toBe(before);
    expect(existsSync(join(cwd, '..', 'header.json'))).toBe(false);
  });

  it('the same task in two files', async () => {
    const cwd = workspace('      - {tool: lm-eval, task: mmlu_abstract_algebra, metric: acc, scale: 100}\n', { 'evals/a.json': join(EVIDENCE, 'lm-eval-results-mmlu.json'), 'evals/b.json': join(EVIDENCE, 'lm-eval-results-mmlu.json') });
    await expect(run(cwd, ['evals/a.json', 'evals/b.json'])).rejects.toMatchObject({ msg: 'import.duplicateTask', params: { file: 'evals/b.json', other: 'evals/a.json', task: 'mmlu_abstract_algebra' } });
  });

  it('--into an unknown evaluation, neither --into nor --new, --new on an id in use', async () => {
    const cwd = workspace('      - {tool: lm-eval, task: mmlu_abstract_algebra, metric: acc, scale: 100}\n', { 'evals/a.json': join(EVIDENCE, 'lm-eval-results-mmlu.json') });
    await expect(run(cwd, ['evals/a.json'], { into: 'EV-SEVERITY-V2' })).rejects.toMatchObject({ msg: 'import.unknownEvaluation', params: { suggestion: 'EV-SEVERITY-V1' } });
    await expect(run(cwd, ['evals/a.json'], { into: undefined })).rejects.toMatchObject({ msg: 'import.intoOrNew' });
    await expect(run(cwd, ['evals/a.json'], { into: undefined, new: 'EV-SEVERITY-V1', dataset: 'DS-CLAIM-PHOTOS' })).rejects.toMatchObject({ msg: 'error.idTaken' });
  });
});

describe('a large Inspect JSON log (results after samples) is scanned, not held whole', () => {
  it('the scanner keeps only the top-level parts asked for, whatever the chunking', async () => {
    const { TopLevelScanner } = await import('../src/workspace/json-scan.js');
    const text = '{"version": 2, "samples": [{"a": "}\\"{", "b": [1, {"c": "]"}]}], "status": "success", "results": {"x": [1, 2, {"y": "z"}]}, "n": 5}';
    for (const size of [1, 3, 7, text.length]) {
      const scanner = new TopLevelScanner({ keep: new Set(['status', 'results', 'n']), maxValueChars: 1000 });
      for (let i = 0; i < text.length; i += size) scanner.push(text.slice(i, i + size));
      const result = scanner.finish();
      expect(result.ok && Object.fromEntries([...result.values].map(([k, v]) => [k, JSON.parse(v)]))).toEqual({ status: 'success', results: { x: [1, 2, { y: 'z' }] }, n: 5 });
    }
    const bad = new TopLevelScanner({ keep: new Set(['a']), maxValueChars: 1000 });
    bad.push('{"a": [1, 2}');
    expect(bad.finish()).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('imports a 40 MB log whose results come after its samples', async () => {
    const log = JSON.parse(readFileSync(join(EVIDENCE, 'inspect-log-input-task.json'), 'utf8'));
    const { results, ...rest } = log;
    const sample = JSON.stringify({ id: 1, input: 'x'.repeat(1000), messages: [{ role: 'user', content: '{"not": "results"}' }] });
    const samples = `[${Array.from({ length: 40_000 }, () => sample).join(',')}]`;
    const text = `${JSON.stringify({ ...rest, samples: 0 }).replace('"samples":0', `"samples":${samples}`).slice(0, -1)},"results":${JSON.stringify(results)}}`;
    expect(text.length).toBeGreaterThan(40_000_000);
    const cwd = workspace('      - {tool: inspect, task: input_task, metric: accuracy, scale: 100}\n', { 'evals/big.json': text });
    await run(cwd, ['evals/big.json']);
    expect(read(cwd)).toContain('    value: 100\n    n: 1\n    ci: [20.65, 100]\n');
  });
});
