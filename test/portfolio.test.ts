import { describe, expect, it } from 'vitest';
import { portfolioRow, type PortfolioRow } from '../src/model/portfolio.js';
import { checkSpecs } from '../src/rules/run.js';
import { parseYaml } from '../src/yaml/parse.js';
import { EN_EXAMPLE, ZH_EXAMPLE, edit, exampleSpecs } from './helpers.js';

/** The row of a product made of these spec files, on a date. */
function rowOf(files: Record<string, string>, today: string, lang: 'zh' | 'en' = 'en'): PortfolioRow {
  const specs = Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, text]) => ({ file, parsed: parseYaml(text) }));
  const { model, findings } = checkSpecs(specs, { lang, today });
  return portfolioRow({ id: 'p', name: 'P' }, model, findings, today);
}

const zh = exampleSpecs(ZH_EXAMPLE);
const en = exampleSpecs(EN_EXAMPLE);
const without = (files: Record<string, string>, file: string) => Object.fromEntries(Object.entries(files).filter(([f]) => f !== file));
/** The zh example's launch plan with its last stage lasting 30 days (so the rollout can end). */
const endingPlan = edit(zh, 'specs/launch-plan.yaml', /(traffic: 100\n)/, '$1    days: 30\n');

describe('the portfolio row: the next milestone', () => {
  it.each([
    ['the earliest-due milestone not done', zh, '2026-11-23', { id: 'MS-MODEL', name: expect.any(String), due: '2026-12-04', overdue: false }],
    ['overdue once its buffer has passed', zh, '2026-12-20', { id: 'MS-MODEL', due: '2026-12-04', overdue: true }],
    ['a done milestone is skipped though due first', edit(zh, 'specs/milestones.yaml', /(id: MS-MODEL\n[\s\S]*?)status: in-progress/, '$1status: done\n    done_on: 2026-12-01'), '2026-11-23', { id: 'MS-EVAL', due: '2026-12-18' }],
    ['ties on due go by id', edit(en, 'specs/milestones.yaml', 'due: 2026-12-22', 'due: 2026-12-04'), '2026-11-23', { id: 'MS-EVAL', due: '2026-12-04' }],
  ])('%s', (_, files, today, next) => {
    expect(rowOf(files, today).next).toMatchObject(next);
  });

  it('none when there are no milestones', () => {
    const row = rowOf(without(zh, 'specs/milestones.yaml'), '2026-11-23');
    expect(row).not.toHaveProperty('next');
    expect(row.rollout).toEqual({ state: 'unscheduled' });
  });
});

describe('the portfolio row: the rollout stage follows the launch milestone\'s start and each stage\'s days', () => {
  // zh: MS-LAUNCH starts 2027-01-11; stages of 3, 4 and 7 days, then 全量 (100%) with no end.
  it.each([
    ['before the launch milestone starts', zh, '2027-01-10', { state: 'before', starts: '2027-01-11' }],
    ['its first day is the first stage', zh, '2027-01-11', { state: 'stage', index: 1, of: 4, stage: '单城市灰度', traffic: 5, since: '2027-01-11', until: '2027-01-13' }],
    ['the last day of the first stage', zh, '2027-01-13', { state: 'stage', index: 1, until: '2027-01-13' }],
    ['3 days on, the second', zh, '2027-01-14', { state: 'stage', index: 2, of: 4, stage: '三城市', traffic: 20, since: '2027-01-14', until: '2027-01-17' }],
    ['the third', zh, '2027-01-24', { state: 'stage', index: 3, traffic: 50, since: '2027-01-18', until: '2027-01-24' }],
    ['a last stage without days lasts', zh, '2028-06-01', { state: 'stage', index: 4, of: 4, stage: '全量', traffic: 100, since: '2027-01-25' }],
    ['the last day of a last stage with days', endingPlan, '2027-02-23', { state: 'stage', index: 4, until: '2027-02-23' }],
    ['a done plan: every stage has run its days', endingPlan, '2027-02-24', { state: 'done', since: '2027-02-24' }],
    ['no launch plan', without(zh, 'specs/launch-plan.yaml'), '2027-01-11', { state: 'none' }],
    ['a launch plan but no launch milestone', edit(zh, 'specs/milestones.yaml', 'stage: launch', 'stage: integration'), '2027-01-11', { state: 'unscheduled' }],
  ])('%s', (_, files, today, rollout) => {
    const row = rowOf(files, today);
    expect(row.rollout).toMatchObject(rollout);
    // A stage that lasts has no end to show.
    if (!('until' in rollout)) expect(row.rollout).not.toHaveProperty('until');
  });
});

describe('the portfolio row: findings and failing metrics', () => {
  it('counts unsuppressed errors and warnings as validate does, and names the failing metrics', () => {
    expect(rowOf(zh, '2026-11-23', 'zh')).toMatchObject({ product: { id: 'p', name: 'P' }, errors: 0, warnings: 0, failing: ['M-ETA-MAE'] });
    expect(rowOf(en, '2026-11-23')).toMatchObject({ errors: 0, failing: [] });
    // A result that misses its target fails its metric; a milestone past its buffer warns (milestone-slipped is a warning here).
    const worse = edit(en, 'specs/evaluation.yaml', '    value: 89.4', '    value: 86.0');
    expect(rowOf(worse, '2026-11-23').failing).toEqual(['M-TOP1-ACC']);
    const row = rowOf(edit(en, 'specs/metrics.yaml', 'target: "<= 800 ms"', 'target: "fast"'), '2026-11-23');
    expect(row.errors).toBeGreaterThan(0);
  });
});
