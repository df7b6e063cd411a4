import { describe, expect, it } from 'vitest';
import { textWidth } from '../src/text-width.js';
import { status } from '../src/commands/status.js';
import { EN_EXAMPLE, ZH_EXAMPLE, ROOT, call } from './helpers.js';
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

  it('--all: one line per product, in its language', async () => {
    const r = await call(status, { cwd: join(ROOT, 'examples'), all: true, today: '2026-11-23' });
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^claim-triage: 1\/5 milestones done, 0 overdue, 0 failing metrics, /),
      'delivery-eta: 里程碑完成 1/5，逾期 0，未达标指标 1，未完成决策 3，未关闭风险 2',
    ]);
  });
});
