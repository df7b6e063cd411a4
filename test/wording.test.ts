import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fix } from '../src/commands/fix.js';
import { init } from '../src/commands/init.js';
import { newSpec } from '../src/commands/new.js';
import { count } from '../src/i18n/index.js';
import { check } from './helpers.js';

async function blank(lang: 'en' | 'zh'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'aipm-wording-'));
  const r = await init({ cwd: dir, yes: true, type: 'blank', lang, name: 'X', owner: 'o', interactive: false });
  expect(r.exitCode).toBe(0);
  return dir;
}

describe('counts and wording read right in both languages', () => {
  it('counts take the plural form of their language', () => {
    expect([0, 1, 2].map((n) => count('en', 'file', n))).toEqual(['0 files', '1 file', '2 files']);
    expect([1, 2].map((n) => count('en', 'line', n))).toEqual(['1 line', '2 lines']);
    expect([1, 2].map((n) => count('zh', 'reference', n))).toEqual(['1 处引用', '2 处引用']);
  });

  it('fix --dry-run says what it would fix, and a tab on one line is "1 line"', async () => {
    const dir = await blank('en');
    const file = join(dir, 'specs/requirements.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/\ntitle: /, '\ntitle：'));
    const dry = await fix({ cwd: dir, dryRun: true, today: '2026-11-23' });
    expect(dry.stdout).toMatch(/^would fix specs\/requirements\.yaml:\d+:\d+ the colon after `title` is a full-width `：`/m);
    expect(dry.stdout).not.toMatch(/^fixed /m);
    expect(readFileSync(file, 'utf8')).toContain('title：');
    const done = await fix({ cwd: dir, today: '2026-11-23' });
    expect(done.stdout).toMatch(/^fixed specs\/requirements\.yaml/m);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('fix keeps the safe fixes of a file that still does not parse, and reports the rest', async () => {
    const dir = await blank('zh');
    const file = join(dir, 'specs/requirements.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.replace(/\ntitle: /, '\ntitle：')}x-broken: "open\n`);
    const r = await fix({ cwd: dir, today: '2026-11-23' });
    expect(r.stdout).toContain('已修复 specs/requirements.yaml 中可以安全修复的部分');
    expect(r.stdout).toMatch(/带引号的值缺少右引号/);
    expect(readFileSync(file, 'utf8')).toBe(`${text}x-broken: "open\n`);
  });

  it('ids must start with an ASCII letter, said so in zh', () => {
    const findings = check({ 'specs/m.yaml': 'kind: metrics\nversion: 1\ntitle: t\nowner: o\nstatus: draft\nupdated: 2026-01-01\nmetrics:\n  - {id: 指标1, name: n, owner: o, definition: d, unit: "%", layer: model, target: ">= 1"}\n' }, { lang: 'zh' });
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('id 以英文字母开头')]);
  });

  it('aipm new suggests `aipm new <kind>` only for kinds the workspace has no file of', async () => {
    const dir = await blank('en');
    const r = await newSpec({ cwd: dir, kind: 'evaluation', env: { AIPM_TODAY: '2026-11-23' } });
    expect(r.stdout).not.toContain('aipm new metrics');
    expect(r.stdout).toMatch(/add them to specs\/data-feasibility\.yaml, specs\/metrics\.yaml, or change the ids/);
  });
});
