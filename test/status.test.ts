import { describe, expect, it } from 'vitest';
import { textWidth } from '../src/text-width.js';
import { status } from '../src/commands/status.js';
import { EN_EXAMPLE, ROOT, ZH_EXAMPLE, call, edit, readTree, writeWorkspace } from './helpers.js';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The two example products side by side (as examples/ held them before it held a monorepo too). */
function twoExamples(): string {
  const files: Record<string, string> = {};
  for (const example of [EN_EXAMPLE, ZH_EXAMPLE]) {
    for (const [path, text] of Object.entries(readTree(example))) if (!path.startsWith('docs')) files[`${basename(example)}/${path}`] = text;
  }
  return writeWorkspace(files);
}

describe('aipm status', () => {
  it('the zh example on its own date: every section, within 80 columns', async () => {
    const r = await call(status, { cwd: ZH_EXAMPLE, today: '2026-11-23' });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(80);
    expect(lines[0]).toBe('外卖送达时间预估 (delivery-eta) · 2026-11-23');
    expect(lines).toContain('  ▶  MS-MODEL        in-progress  2026-11-17 → 2026-12-04  缓冲 0/5 天');
    expect(lines).toContain('  ✗    · 雨天           8.6   <= 8 分钟');
    expect(lines).toContain('  high/medium  RISK-RAIN      暴雨天订单模式与训练数据差异大，误差可能翻倍');
    expect(lines).toContain('  open  C-FAIRNESS  新开城市和郊区用户的预估是否系统性偏乐观？');
    expect(lines.indexOf('里程碑')).toBeLessThan(lines.indexOf('指标（最新评估）'));
  });

  it('the en example later: the slipped milestone first in attention, buffer used, overdue decisions first', async () => {
    const r = await call(status, { cwd: EN_EXAMPLE, today: '2026-12-18' });
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(80);
    expect(lines.find((l) => l.includes('MS-MODEL-V1'))).toMatch(/^ {2}! {2}MS-MODEL-V1 +in-progress +2026-11-11 → 2026-12-04 +buffer 5\/5 d overdue/);
    const json = JSON.parse((await call(status, { cwd: EN_EXAMPLE, today: '2026-12-18', format: 'json' })).stdout);
    expect(json.milestones.find((m: { id: string }) => m.id === 'MS-MODEL-V1')).toMatchObject({ overdue: true, bufferUsed: 5, bufferDays: 5, bufferEnd: '2026-12-09' });
    expect(json.decisions[0]).toMatchObject({ overdue: true });
    expect(json.metrics.find((m: { id: string }) => m.id === 'M-TOP1-ACC')).toMatchObject({ value: 89.4, target: '>= 88%', verdict: 'pass', evaluation: 'EV-SEVERITY-V1' });
  });

  it('--all: the portfolio, one row a product (errors, warnings, next milestone and its date, failing metrics, rollout), in the environment\'s language', async () => {
    const examples = twoExamples();
    const r = await call(status, { cwd: examples, all: true, today: '2026-11-23', width: 200 }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'Product       Errors  Warnings  Next milestone  Due         Failing    Rollout',
      'claim-triage  0       0         MS-MODEL-V1     2026-12-04  —          starts 2027-01-18',
      'delivery-eta  0       0         MS-MODEL        2026-12-04  M-ETA-MAE  starts 2027-01-11',
      '',
      '2 products: 0 errors, 0 warnings, 1 failing metric',
      '',
    ]);
    // --lang, else LANG; never the first product's language. Later: both overdue, the zh one in its second stage.
    const zh = await call(status, { cwd: examples, all: true, today: '2027-01-15', lang: 'zh', width: 200 }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(zh.stdout.split('\n')).toEqual([
      '产品          错误  警告  下一里程碑   截止             未达标指标  放量',
      'claim-triage  0     2     MS-MODEL-V1  2026-12-04 逾期  —           2027-01-18 开始',
      'delivery-eta  0     3     MS-MODEL     2026-12-04 逾期  M-ETA-MAE   2/4 20% 三城市，至 2027-01-17',
      '',
      '2 个产品：0 个错误，5 个警告，未达标指标 1',
      '',
    ]);
    expect((await call(status, { cwd: examples, all: true, today: '2027-01-15' }, { LANG: 'zh_CN.UTF-8', LC_ALL: '' })).stdout).toMatch(/^产品 /);
    const json = JSON.parse((await call(status, { cwd: examples, all: true, today: '2027-01-15', format: 'json' })).stdout);
    expect(json.products[1]).toEqual({
      folder: 'zh-delivery-eta', product: 'delivery-eta', name: '外卖送达时间预估', errors: 0, warnings: 3,
      nextMilestone: { id: 'MS-MODEL', name: '模型 v1 训练', due: '2026-12-04', overdue: true },
      failingMetrics: ['M-ETA-MAE'],
      rollout: { state: 'stage', index: 2, of: 4, stage: '三城市', traffic: 20, since: '2027-01-14', until: '2027-01-17' },
    });
  });

  it('--all in the example monorepo reports its portfolio in both languages, as docs/commands.md shows it', async () => {
    const monorepo = join(ROOT, 'examples', 'monorepo');
    const page = readFileSync(join(ROOT, 'docs', 'commands.md'), 'utf8');
    const shown = /\$ aipm status --all --today 2027-01-15 --width 110 .*\n([\s\S]*?)\n```/.exec(page)![1]!;
    const en = await call(status, { cwd: monorepo, all: true, today: '2027-01-15', width: 110 }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(en.stdout.trimEnd()).toBe(shown);
    const zh = await call(status, { cwd: monorepo, all: true, today: '2027-01-15', width: 110 }, { LANG: 'zh_CN.UTF-8', LC_ALL: '' });
    expect(zh.stdout.trimEnd().split('\n')).toEqual([
      '产品    错误  警告  下一里程碑   截止             未达标指标  放量',
      'claims  0     2     MS-MODEL-V1  2026-12-04 逾期  —           2027-01-18 开始',
      'eta     0     3     MS-MODEL     2026-12-04 逾期  M-ETA-MAE   2/4 20% 三城市，至 2027-01-17',
      '',
      '2 个产品：0 个错误，5 个警告，未达标指标 1',
    ]);
  });

  it('--all --shard k/n: the share\'s products only, listed in --format json; an empty share is exit 0 and an empty list', async () => {
    const examples = twoExamples();
    const second = await call(status, { cwd: examples, all: true, today: '2026-11-23', shard: '2/2', width: 200 }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(second.stdout.split('\n').slice(1, 2)).toEqual([expect.stringMatching(/^delivery-eta /)]);
    expect(second.stdout).toContain('1 product: 0 errors, 0 warnings, 1 failing metric');
    const json = JSON.parse((await call(status, { cwd: examples, all: true, shard: '1/2', format: 'json' })).stdout);
    expect(json.products.map((p: { product: string }) => p.product)).toEqual(['claim-triage']);
    const empty = await call(status, { cwd: examples, all: true, shard: '3/3', format: 'json' });
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout).products).toEqual([]);
  });

  it('--all in a monorepo where one product\'s aipm.yaml is broken: its row says why (exit 2), the others are still reported', async () => {
    const files: Record<string, string> = {};
    for (const [example, name] of [[EN_EXAMPLE, 'claims'], [ZH_EXAMPLE, 'eta']] as const) {
      for (const [path, text] of Object.entries(readTree(example))) if (!path.startsWith('docs')) files[`${name}/${path}`] = text;
    }
    files['broken/aipm.yaml'] = 'version: 1\nproduct: {id: broken, name: B, owner: o}\nlnag: en\n';
    const root = writeWorkspace(files);
    const r = await call(status, { cwd: root, all: true, today: '2026-11-23', width: 120 }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('broken        not checked: aipm.yaml is not valid: broken/aipm.yaml:3:1 unknown key `lnag`; did you mean `lang`?');
    expect(lines[2]).toMatch(/^claim-triage  0 +0 +MS-MODEL-V1 /);
    expect(lines[3]).toMatch(/^delivery-eta  0 +0 +MS-MODEL /);
    expect(lines.at(-2)).toBe('3 products: 0 errors, 0 warnings, 1 failing metric; 1 product could not be read');
    const json = JSON.parse((await call(status, { cwd: root, all: true, today: '2026-11-23', format: 'json' })).stdout);
    expect(json.products[0]).toEqual({ folder: 'broken', config: 'broken/aipm.yaml', error: expect.stringContaining('unknown key `lnag`; did you mean `lang`?') });
    expect(json.products.slice(1).map((p: { product: string }) => p.product)).toEqual(['claim-triage', 'delivery-eta']);
  });

  it('fits the terminal: --width, else the terminal\'s columns, else 80; the overdue date shows when there is room', async () => {
    const later = { cwd: EN_EXAMPLE, today: '2026-12-18' };
    const model = (stdout: string) => stdout.split('\n').find((l) => l.includes('MS-MODEL-V1'))!;
    for (const width of [60, 80, 200]) {
      const r = await call(status, { ...later, width: String(width) });
      for (const line of r.stdout.trimEnd().split('\n')) expect(textWidth(line), line).toBeLessThanOrEqual(width);
    }
    expect(model((await call(status, { ...later, width: '200' })).stdout)).toMatch(/overdue since 2026-12-09$/);
    expect(model((await call(status, later)).stdout)).toMatch(/…$/);
    // A 200-column terminal gets 200 columns; --width wins over it; a pipe (no columns) gets 80.
    expect(model((await call(status, { ...later, columns: 200 })).stdout)).toMatch(/overdue since 2026-12-09$/);
    expect(textWidth(model((await call(status, { ...later, columns: 200, width: '60' })).stdout))).toBeLessThanOrEqual(60);
  });

  it('--all fits the terminal too: at 60, 80 and 200 columns every line fits; the counts and the due date give way last', async () => {
    const examples = twoExamples();
    for (const width of [60, 80, 200]) {
      const r = await call(status, { cwd: examples, all: true, today: '2027-01-15', width: String(width) }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
      const lines = r.stdout.trimEnd().split('\n');
      for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(width);
      expect(lines[2]).toMatch(/ 0 +3 +\S+ +2026-12-04 overdue /);
    }
    const wide = await call(status, { cwd: examples, all: true, today: '2027-01-15', columns: 200 }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(wide.stdout).toContain('2/4 20% 三城市, to 2027-01-17');
    const pipe = await call(status, { cwd: examples, all: true, today: '2027-01-15' }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(pipe.stdout).not.toContain('2/4 20% 三城市, to 2027-01-17');
  });

  it('a width that is not one is exit 2, naming the range', async () => {
    for (const width of ['wide', '10', '80.5', '5000']) {
      const r = await call(status, { cwd: EN_EXAMPLE, width });
      expect(r.code, width).toBe(2);
      expect(r.stderr).toContain(`--width ${width} is not a width: give a whole number of columns from 40 to 1000`);
    }
  });

  it('--all counts in the plural form: "1 failing metric", "2 failing metrics", "1 product"', async () => {
    const files: Record<string, string> = {};
    for (const [path, text] of Object.entries(readTree(EN_EXAMPLE))) if (!path.startsWith('docs')) files[`claims/${path}`] = text;
    const one = writeWorkspace(edit(files, 'claims/specs/evaluation.yaml', '    value: 89.4', '    value: 86.0'));
    expect((await call(status, { cwd: one, all: true, today: '2026-11-23', width: 200 })).stdout).toMatch(/\n1 product: 1 error, 0 warnings, 1 failing metric\n$/);
    const two = writeWorkspace(edit(edit(files, 'claims/specs/evaluation.yaml', '    value: 89.4', '    value: 86.0'), 'claims/specs/evaluation.yaml', /(metric: M-SEVERE-MISS\n\s+value: )[\d.]+/, '$13.5'));
    expect((await call(status, { cwd: two, all: true, today: '2026-11-23', width: 200 })).stdout).toMatch(/\n1 product: \d+ errors?, \d+ warnings?, 2 failing metrics\n$/);
    expect((await call(status, { cwd: two, all: true, today: '2026-11-23', width: 200, lang: 'zh' })).stdout).toMatch(/\n1 个产品：\d+ 个错误，\d+ 个警告，未达标指标 2\n$/);
  });
});
