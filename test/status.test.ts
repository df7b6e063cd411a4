import { describe, expect, it } from 'vitest';
import { textWidth } from '../src/text-width.js';
import { status } from '../src/commands/status.js';
import { EN_EXAMPLE, ZH_EXAMPLE, ROOT, call, edit, readTree, writeWorkspace } from './helpers.js';
import { join } from 'node:path';

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

  it('--all: one line per product, in the environment\'s language (--lang, else LANG); --shard takes a share', async () => {
    const r = await call(status, { cwd: join(ROOT, 'examples'), all: true, today: '2026-11-23', width: 200 }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^claim-triage: 1\/5 milestones done, 0 overdue, 0 failing metrics, /),
      // examples/monorepo/claims-en and eta-zh
      expect.stringMatching(/^claims: 1\/5 milestones done, 0 overdue, 0 failing metrics, /),
      'eta: 1/5 milestones done, 0 overdue, 1 failing metric, 3 open decisions, 2 open risks',
      'delivery-eta: 1/5 milestones done, 0 overdue, 1 failing metric, 3 open decisions, 2 open risks',
    ]);
    const zh = await call(status, { cwd: join(ROOT, 'examples'), all: true, today: '2026-11-23', lang: 'zh', width: 200 }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(zh.stdout.trimEnd().split('\n')[3]).toBe('delivery-eta: 里程碑完成 1/5，逾期 0，未达标指标 1，未完成决策 3，未关闭风险 2');
    const second = await call(status, { cwd: join(ROOT, 'examples'), all: true, today: '2026-11-23', shard: '2/2' }, { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(second.stdout).toMatch(/^claims: [^\n]*\ndelivery-eta: /);
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

  it('a width that is not one is exit 2, naming the range', async () => {
    for (const width of ['wide', '10', '80.5', '5000']) {
      const r = await call(status, { cwd: EN_EXAMPLE, width });
      expect(r.code, width).toBe(2);
      expect(r.stderr).toContain(`--width ${width} is not a width: give a whole number of columns from 40 to 1000`);
    }
  });

  it('--all counts in the plural form: "1 failing metric", "2 open decisions"', async () => {
    const files: Record<string, string> = {};
    for (const [path, text] of Object.entries(readTree(EN_EXAMPLE))) if (!path.startsWith('docs')) files[`claims/${path}`] = text;
    const root = writeWorkspace(edit(files, 'claims/specs/evaluation.yaml', '    value: 89.4', '    value: 86.0'));
    const r = await call(status, { cwd: root, all: true, today: '2026-11-23', width: 200 });
    expect(r.stdout).toMatch(/^claim-triage: 1\/5 milestones done, 0 overdue, 1 failing metric, \d+ open decisions, \d+ open risks?\n$/);
  });
});
