import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain } from '../src/commands/explain.js';
import { render } from '../src/commands/render.js';
import { validate } from '../src/commands/validate.js';
import { EN_EXAMPLE, ROOT, ZH_EXAMPLE, call, lineOf, readTree, writeWorkspace } from './helpers.js';

// What validate, render and explain print and exit with, run in-process as the CLI runs them
// (the argv wiring and what a run loads are in cli.e2e.test.ts).

function brokenWorkspace(): string {
  const files = readTree(EN_EXAMPLE);
  files['specs/requirements.yaml'] = files['specs/requirements.yaml']!.replace('    priority: P0', '    prioritty: P0');
  files['specs/review.yaml'] = files['specs/review.yaml']!.replace('    follow_up: 2026-11-30\n', '');
  return writeWorkspace(files);
}

describe('aipm validate', () => {
  it('both examples validate clean, strict', async () => {
    for (const example of [ZH_EXAMPLE, EN_EXAMPLE]) {
      const r = await call(validate, { cwd: example, strict: true });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect((await call(validate, { cwd: ZH_EXAMPLE })).stdout).toBe('9 个文件，没有发现问题\n');
    expect((await call(validate, { cwd: EN_EXAMPLE })).stdout).toBe('no problems in 9 files\n');
  });

  it('reports findings with file:line:col, the source line and a caret, exit 1', async () => {
    const dir = brokenWorkspace();
    const r = await call(validate, { cwd: dir });
    const line = lineOf(readFileSync(join(dir, 'specs/requirements.yaml'), 'utf8'), 'prioritty');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`specs/requirements.yaml:${line}:5 error unknown key \`prioritty\`; did you mean \`priority\`? (schema)\n`);
    expect(r.stdout).toContain(`${String(line).padStart(5)} |     prioritty: P0\n`);
    expect(r.stdout).toContain('      |     ^^^^^^^^^\n');
    expect(r.stdout).toContain('(decision-owned)');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('2 errors, 0 warnings in 9 files');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('--format json prints the public shape', async () => {
    const r = await call(validate, { cwd: brokenWorkspace(), format: 'json' });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ files: 9, errors: 2, warnings: 0 });
    expect(out.findings.map((f: { rule: string }) => f.rule)).toEqual(['schema', 'decision-owned']);
    expect(out.findings[0]).toMatchObject({ file: 'specs/requirements.yaml', severity: 'error', col: 5 });
  });

  it('paths limit the report to those files; the workspace still resolves references', async () => {
    const dir = brokenWorkspace();
    const r = await call(validate, { cwd: dir, paths: ['specs/review.yaml'], format: 'json' });
    const out = JSON.parse(r.stdout);
    expect(out.summary.files).toBe(1);
    expect(out.findings.map((f: { rule: string }) => f.rule)).toEqual(['decision-owned']);
  });

  it('--strict fails on warnings; --today moves the clock', async () => {
    expect((await call(validate, { cwd: EN_EXAMPLE, today: '2027-03-01' })).code).toBe(0);
    const strict = await call(validate, { cwd: EN_EXAMPLE, strict: true, today: '2027-03-01' });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('(milestone-slipped)');
    expect((await call(validate, { cwd: EN_EXAMPLE }, { AIPM_TODAY: '2027-03-01' })).stdout).toContain('milestone-slipped');
  });

  it('-o writes the report to a file and prints nothing', async () => {
    const dir = brokenWorkspace();
    const r = await call(validate, { cwd: dir, format: 'json', output: 'out/report.json' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')).summary.errors).toBe(2);
  });

  it('--all checks every aipm.yaml below the folder', async () => {
    const r = await call(validate, { cwd: join(ROOT, 'examples'), all: true, format: 'json' });
    expect(r.code).toBe(0);
    // The two examples and the monorepo's two products.
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 36, errors: 0, warnings: 0 });
  });

  it('a bad date, a bad aipm.yaml, or no workspace are exit 2 with one clear message and no stack trace', async () => {
    const today = await call(validate, { cwd: EN_EXAMPLE, today: '2026-02-30' });
    expect([today.code, today.stderr]).toEqual([2, 'aipm: --today must be a real date YYYY-MM-DD, got `2026-02-30`\n']);
    const bad = writeWorkspace({ 'aipm.yaml': 'version: 1\nproduct: {id: x, name: X, owner: o}\nlnag: en\n' });
    const config = await call(validate, { cwd: bad });
    expect(config.code).toBe(2);
    expect(config.stderr).toBe('aipm: aipm.yaml is not valid:\naipm.yaml:3:1 unknown key `lnag`; did you mean `lang`?\n');
    const json = await call(validate, { cwd: bad, format: 'json' });
    expect(JSON.parse(json.stdout)).toMatchObject({ fatal: { code: 2, message: expect.stringContaining('lnag') } });
    // Where the first problem stands is data, not only text inside the message.
    expect(JSON.parse(json.stdout).fatal).toMatchObject({ file: 'aipm.yaml', line: 3, col: 1 });
    const outside = writeWorkspace({ 'aipm.yaml': 'version: 1\nproduct: {id: x, name: X, owner: o}\nspecs: ../elsewhere\n' });
    expect(JSON.parse((await call(validate, { cwd: outside, format: 'json' })).stdout).fatal).toMatchObject({ code: 2, file: 'aipm.yaml', line: 3, col: 8 });
    // A fault that is not about a file's content has no position.
    expect(JSON.parse((await call(validate, { cwd: EN_EXAMPLE, format: 'json', paths: ['missing.yaml'] })).stdout).fatal).not.toHaveProperty('line');
    const none = await call(validate, { cwd: writeWorkspace({ '.git/HEAD': '' }) });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^aipm: no aipm.yaml found in .* Run `aipm init` to create one.\n$/);
    for (const r of [today, config, none]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('aipm render', () => {
  it('the committed documents and packets of both examples are current', async () => {
    for (const example of [ZH_EXAMPLE, EN_EXAMPLE]) {
      const r = await call(render, { cwd: example, packet: true, check: true });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect((await call(render, { cwd: EN_EXAMPLE, packet: true, check: true })).stdout).toBe('docs/aipm is up to date (10 documents)\n');
  });

  it('renders a workspace and reports what it wrote', async () => {
    const files = readTree(EN_EXAMPLE);
    for (const k of Object.keys(files)) if (k.startsWith('docs/')) delete files[k];
    const dir = writeWorkspace(files);
    const r = await call(render, { cwd: dir, packet: true });
    expect([r.code, r.stdout]).toEqual([0, 'rendered 10 documents into docs/aipm: 10 written, 0 unchanged, 0 removed\n']);
    expect(readFileSync(join(dir, 'docs/aipm/packet.md'), 'utf8')).toBe(readFileSync(join(EN_EXAMPLE, 'docs/aipm/packet.md'), 'utf8'));
    const stale = await call(render, { cwd: writeWorkspace(files), check: true });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('missing   docs/aipm/requirements.md');
  });
});

describe('aipm explain', () => {
  it('lists the rules and explains one, in the workspace language', async () => {
    const list = await call(explain, { cwd: EN_EXAMPLE });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('  milestone-buffer                warn   Uncertain milestones carry a buffer');
    const one = await call(explain, { cwd: ZH_EXAMPLE, rule: 'milestone-buffer' });
    expect(one.stdout).toContain('milestone-buffer — 不确定的里程碑要有弹性缓冲');
    expect(one.stdout).toContain('默认级别: warn');
    expect((await call(explain, { cwd: ZH_EXAMPLE, rule: 'milestone-buffer', lang: 'en' })).stdout).toContain('How to fix');
  });
  it('an unknown rule is exit 2 with a suggestion', async () => {
    const r = await call(explain, { cwd: EN_EXAMPLE, rule: 'milestone-bufer' });
    expect([r.code, r.stderr]).toEqual([2, 'aipm: unknown rule `milestone-bufer`; did you mean `milestone-buffer`? (`aipm explain` lists the rules)\n']);
  });
});
