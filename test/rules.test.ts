import { describe, expect, it } from 'vitest';
import { check, edit, exampleSpecs, lineOf, EN_EXAMPLE, ZH_EXAMPLE } from './helpers.js';
import type { Finding } from '../src/model/types.js';

const en = exampleSpecs(EN_EXAMPLE);
const zh = exampleSpecs(ZH_EXAMPLE);

function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

describe('quantified-target', () => {
  it('fires on a vague acceptance criterion, at the criterion', () => {
    const files = edit(en, 'specs/milestones.yaml', 'Severe-as-minor rate <= 1%]', 'Much better severe recall]');
    const findings = check(files);
    expect(findings).toEqual([expect.objectContaining({ rule: 'quantified-target', severity: 'error', line: lineOf(files['specs/milestones.yaml']!, 'Much better') })]);
    expect(findings[0]!.message).toBe('"Much better severe recall" leans on the vague word "better" with no number to hold it to');
  });

  it('fires on a vague rollout exit criterion (zh substring)', () => {
    const files = edit(zh, 'specs/launch-plan.yaml', '[M-ETA-MAE <= 6 分钟, 无 P1 故障]', '[误差明显降低]');
    const findings = check(files, { lang: 'zh' });
    expect(findings).toEqual([expect.objectContaining({ rule: 'quantified-target', line: lineOf(files['specs/launch-plan.yaml']!, '误差明显降低') })]);
    expect(findings[0]!.message).toContain('明显');
  });

  it('stays quiet when a number, a Chinese quantity with a unit, or a metric id with an operator holds the word', () => {
    for (const text of ['Improve accuracy to 90%', '效率提升两倍', '等待时间减少三成', '响应时间降低一半天', 'improve M-TOP1-ACC >= target']) {
      expect(check(edit(en, 'specs/milestones.yaml', 'Severe-as-minor rate <= 1%]', `${text}]`)), text).toEqual([]);
    }
  });

  it('matches en words as whole words only, ignoring case', () => {
    expect(check(edit(en, 'specs/milestones.yaml', 'Severe-as-minor rate <= 1%]', 'Reviewed by the Betterment team]'))).toEqual([]);
    expect(rulesOf(check(edit(en, 'specs/milestones.yaml', 'Severe-as-minor rate <= 1%]', 'IMPROVED recall]')))).toEqual(['quantified-target']);
  });

  it('flags the extra vague_words from aipm.yaml', () => {
    const files = edit(en, 'specs/milestones.yaml', 'Severe-as-minor rate <= 1%]', 'Robust recall]');
    expect(check(files)).toEqual([]);
    expect(rulesOf(check(files, { vagueWords: ['robust'] }))).toEqual(['quantified-target']);
  });
});

const rulesOf = (f: Finding[]) => f.map((x) => x.rule);

describe('target-has-metric', () => {
  it('fires on a P0/P1 feature without targets', () => {
    const files = edit(en, 'specs/requirements.yaml', /    targets:\n      - metric: BM-CYCLE-TIME\n        target: "<= 24 hours"\n/, '');
    const findings = check(files);
    expect(findings).toEqual([expect.objectContaining({ rule: 'target-has-metric', line: lineOf(files['specs/requirements.yaml']!, 'id: REQ-FAST-TRACK'), col: 5 })]);
  });

  it('stays quiet for other types and lower priorities', () => {
    // REQ-AUDIT-LOG is a P1 of type compliance with no targets in the example.
    expect(only(check(en), 'target-has-metric')).toEqual([]);
    const p2 = edit(edit(en, 'specs/requirements.yaml', /    targets:\n      - metric: BM-CYCLE-TIME\n        target: "<= 24 hours"\n/, ''), 'specs/requirements.yaml', '    priority: P1\n    owner: Tom Becker\n    status: proposed', '    priority: P2\n    owner: Tom Becker\n    status: proposed');
    expect(check(p2)).toEqual([]);
  });
});

describe('model-metric-supports-business', () => {
  it('fires on a model metric with no supports, as a warning', () => {
    const files = edit(en, 'specs/metrics.yaml', '    supports: [BM-CYCLE-TIME]\n', '');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'model-metric-supports-business', severity: 'warning', line: lineOf(files['specs/metrics.yaml']!, 'id: M-TOP1-ACC') })]);
  });
  it('stays quiet for other layers', () => {
    const files = edit(edit(en, 'specs/metrics.yaml', '    supports: [BM-CYCLE-TIME]\n', ''), 'specs/metrics.yaml', 'layer: model', 'layer: system');
    expect(only(check(files), 'model-metric-supports-business')).toEqual([]);
  });
});

describe('guardrail-present', () => {
  it('fires once when there are model metrics but no guardrail', () => {
    const files = edit(en, 'specs/metrics.yaml', 'layer: guardrail', 'layer: system');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'guardrail-present', severity: 'warning', line: lineOf(files['specs/metrics.yaml']!, 'id: M-TOP1-ACC') })]);
  });
  it('stays quiet with no model metric at all', () => {
    let files = edit(en, 'specs/metrics.yaml', 'layer: guardrail', 'layer: system');
    files = edit(files, 'specs/metrics.yaml', 'layer: model', 'layer: system');
    expect(only(check(files), 'guardrail-present')).toEqual([]);
  });
});

describe('red-line-has-action', () => {
  it('fires on a red line with no action, at the red line', () => {
    const files = edit(en, 'specs/metrics.yaml', /\n      action: Route the claim.*/, '');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'red-line-has-action', line: lineOf(files['specs/metrics.yaml']!, 'target: "<= 3000 ms"') })]);
  });
  it('stays quiet when the action is there', () => expect(only(check(en), 'red-line-has-action')).toEqual([]));
});

describe('data-before-commitment', () => {
  it('fires on a committed requirement over a no-go dataset, at the dependency', () => {
    const files = edit(en, 'specs/data-feasibility.yaml', /verdict: go\n    gaps/, 'verdict: no-go\n    gaps');
    const findings = check(files);
    expect(findings).toEqual([expect.objectContaining({ rule: 'data-before-commitment', severity: 'error', line: lineOf(files['specs/requirements.yaml']!, 'DS-NIGHT-PHOTOS]'), col: 33 })]);
    expect(findings[0]!.message).toBe('requirement `REQ-DAMAGE-CLASS` is in-progress but depends on dataset `DS-NIGHT-PHOTOS` whose verdict is no-go');
  });
  it('warns for a conditional dataset', () => {
    const files = edit(en, 'specs/data-feasibility.yaml', /verdict: go\n    gaps/, 'verdict: conditional\n    gaps');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'data-before-commitment', severity: 'warning' })]);
  });
  it('fires on a committed requirement whose feasibility is cannot', () => {
    const files = edit(en, 'specs/requirements.yaml', 'feasibility: {verdict: can, note: 3 years', 'feasibility: {verdict: cannot, note: 3 years');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'data-before-commitment', line: lineOf(files['specs/requirements.yaml']!, 'verdict: cannot') })]);
  });
  it('stays quiet for proposed requirements (the zh example has a proposed one over a no-go dataset)', () => {
    expect(only(check(zh), 'data-before-commitment')).toEqual([]);
    const files = edit(zh, 'specs/requirements.yaml', '    status: proposed\n    type: exploration', '    status: accepted\n    type: exploration');
    expect(rulesOf(check(files))).toEqual(['data-before-commitment']);
  });
});

describe('labeling-error-bound', () => {
  it('fires when labeling is required without max_error_rate', () => {
    const files = edit(en, 'specs/data-feasibility.yaml', /\n      max_error_rate: 0.05/, '');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'labeling-error-bound', severity: 'warning', line: lineOf(files['specs/data-feasibility.yaml']!, 'labeling:', files['specs/data-feasibility.yaml']!.indexOf('DS-NIGHT-PHOTOS')) + 1 })]);
  });
  it('stays quiet when labeling is not required', () => {
    const files = edit(edit(en, 'specs/data-feasibility.yaml', /\n      max_error_rate: 0.05/, ''), 'specs/data-feasibility.yaml', /labeling:\n      required: true\n    verdict/, 'labeling:\n      required: false\n    verdict');
    expect(check(files)).toEqual([]);
  });
});

describe('personal-data-compliance', () => {
  it('fires when anonymized is unanswered', () => {
    const files = edit(en, 'specs/data-feasibility.yaml', '      anonymized: true\n', '');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'personal-data-compliance', message: 'dataset `DS-CLAIM-PHOTOS` holds personal data but does not say whether it is anonymized' })]);
  });
  it('fires when there is neither consent nor a legal basis', () => {
    const files = edit(en, 'specs/data-feasibility.yaml', /\n      basis: Performance.*/, '');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'personal-data-compliance', line: lineOf(files['specs/data-feasibility.yaml']!, 'personal_data: true') })]);
  });
  it('stays quiet with consent and no basis', () => {
    const files = edit(edit(en, 'specs/data-feasibility.yaml', /\n      basis: Performance.*/, ''), 'specs/data-feasibility.yaml', 'consent: false', 'consent: true');
    expect(check(files)).toEqual([]);
  });
});

describe('milestone-buffer', () => {
  it('fires on a model milestone with no buffer, and on buffer_days: 0', () => {
    for (const replacement of ['', '    buffer_days: 0\n']) {
      const files = edit(en, 'specs/milestones.yaml', '    buffer_days: 5\n    depends_on: [MS-LABELS]\n', `${replacement}    depends_on: [MS-LABELS]\n`);
      expect(only(check(files), 'milestone-buffer')).toEqual([expect.objectContaining({ severity: 'warning', line: lineOf(files['specs/milestones.yaml']!, 'id: MS-MODEL-V1') })]);
    }
  });
  it('stays quiet for integration and launch milestones', () => expect(only(check(en), 'milestone-buffer')).toEqual([]));
});

describe('milestone-acceptance', () => {
  it('fires when deliverables or acceptance are missing', () => {
    const files = edit(en, 'specs/milestones.yaml', /    acceptance: \[Audited.*\n/, '');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'milestone-acceptance', message: 'milestone `MS-LABELS` has no acceptance criteria (`acceptance`)' })]);
    const both = edit(edit(en, 'specs/milestones.yaml', /    acceptance: \[Audited.*\n/, ''), 'specs/milestones.yaml', /    deliverables: \[Frozen.*\n/, '    deliverables: []\n');
    expect(check(both)[0]!.message).toBe('milestone `MS-LABELS` has no `deliverables` and no acceptance criteria (`acceptance`)');
  });
  it('stays quiet when both are present', () => expect(only(check(en), 'milestone-acceptance')).toEqual([]));
});

describe('milestone-order', () => {
  it('reports a dependency cycle once', () => {
    const files = edit(en, 'specs/milestones.yaml', 'depends_on: [MS-LABELS]', 'depends_on: [MS-LABELS, MS-EVAL]');
    const cycles = check(files).filter((f) => f.message.includes('cycle'));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toContain('MS-MODEL-V1 → MS-EVAL → MS-MODEL-V1');
  });
  it('fires when a milestone starts on or before a dependency\'s due plus buffer', () => {
    // MS-LABELS: due 2026-11-06, buffer 4 → over on 2026-11-10. Starting that day is too early.
    const files = edit(en, 'specs/milestones.yaml', 'start: 2026-11-11', 'start: 2026-11-10');
    const findings = check(files);
    expect(findings).toEqual([expect.objectContaining({ rule: 'milestone-order', line: lineOf(files['specs/milestones.yaml']!, 'depends_on: [MS-LABELS]') })]);
    expect(findings[0]!.message).toBe('`MS-MODEL-V1` starts on 2026-11-10, before `MS-LABELS` is over (due 2026-11-06 plus 4 buffer days ends 2026-11-10)');
  });
  it('fires when start is after its own due', () => {
    const files = edit(en, 'specs/milestones.yaml', 'due: 2027-02-12', 'due: 2027-01-17');
    expect(only(check(files), 'milestone-order')).toEqual([expect.objectContaining({ line: lineOf(files['specs/milestones.yaml']!, 'start: 2027-01-18') })]);
  });
  it('stays quiet the day after the buffer', () => expect(only(check(en), 'milestone-order')).toEqual([]));
});

describe('milestone-slipped', () => {
  it('fires when today is past due plus buffer and the milestone is still open', () => {
    // MS-MODEL-V1: due 2026-12-04 + 5 buffer days → 2026-12-09.
    const findings = only(check(en, { today: '2026-12-10' }), 'milestone-slipped');
    expect(findings.map((f) => f.message)).toEqual(['`MS-MODEL-V1` is in-progress but its due date plus buffer (2026-12-09) has passed (today is 2026-12-10)']);
    expect(findings[0]!.severity).toBe('warning');
  });
  it('stays quiet on the last buffer day and for done milestones', () => {
    expect(only(check(en, { today: '2026-12-09' }), 'milestone-slipped')).toEqual([]);
    expect(only(check(en, { today: '2027-06-01' }), 'milestone-slipped').map((f) => f.message).join()).not.toContain('MS-LABELS');
  });
});

describe('decision-owned', () => {
  it('fires on a decision without owner or due date', () => {
    const files = edit(en, 'specs/review.yaml', '    owner: Dana Ruiz\n    due: 2026-12-15\n', '');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'decision-owned', line: lineOf(files['specs/review.yaml']!, 'id: D-HUMAN-SEVERE'), message: 'decision `D-HUMAN-SEVERE` has no owner and no due date' })]);
  });
  it('fires on an open question without a follow-up date', () => {
    const files = edit(en, 'specs/review.yaml', '    follow_up: 2026-11-30\n', '');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'decision-owned', line: lineOf(files['specs/review.yaml']!, '- question:') + 0, message: 'open question "Do we tell policyholders that an AI sorted their claim, and where?" has no follow-up date' })]);
  });
  it('stays quiet when everything is owned', () => expect(only(check(en), 'decision-owned')).toEqual([]));
});

describe('evaluation-consistent', () => {
  it('fires when ship stands beside a result that misses its target, at the value', () => {
    const files = edit(en, 'specs/evaluation.yaml', '    value: 89.4', '    value: 86.0');
    const findings = check(files);
    expect(findings).toEqual([expect.objectContaining({ rule: 'evaluation-consistent', line: lineOf(files['specs/evaluation.yaml']!, 'value: 86.0'), col: 12 })]);
    expect(findings[0]!.message).toBe('evaluation `EV-SEVERITY-V1` says ship, but `M-TOP1-ACC` is 86, missing its target >= 88%');
  });
  it('fires when a segment misses, and when a segment target has no result', () => {
    const miss = check(edit(en, 'specs/evaluation.yaml', '{name: low-light, value: 81.5}', '{name: low-light, value: 79.9}'));
    expect(miss.map((f) => f.message)).toEqual(['evaluation `EV-SEVERITY-V1` says ship, but `M-TOP1-ACC` on segment `low-light` is 79.9, missing its target >= 80%']);
    const absent = check(edit(en, 'specs/evaluation.yaml', /\n      - \{name: low-light, value: 81.5\}/, ''));
    expect(absent.map((f) => f.message)).toEqual(['evaluation `EV-SEVERITY-V1` says ship, but reports no value for segment `low-light` of `M-TOP1-ACC` (target >= 80%)']);
  });
  it('stays quiet when the decision is iterate (the zh example misses a segment and iterates)', () => {
    expect(only(check(zh), 'evaluation-consistent')).toEqual([]);
    expect(rulesOf(check(edit(zh, 'specs/evaluation.yaml', 'decision: iterate', 'decision: ship')))).toEqual(['evaluation-consistent']);
  });
  it('judges only the latest evaluation of a model', () => {
    // An older evaluation of the same model said ship at 80.0: history, not a live claim.
    const older = en['specs/evaluation.yaml']!
      .replace('id: EV-SEVERITY-V1', 'id: EV-SEVERITY-V0')
      .replace('date: 2026-11-20', 'date: 2026-11-01')
      .replaceAll('id: EXP-', 'id: OLD-EXP-')
      .replace('    value: 89.4', '    value: 80.0');
    const files = { ...en, 'specs/evaluation-old.yaml': older };
    expect(check(files)).toEqual([]);
    // Make the older one the latest, and it is judged.
    const newer = { ...files, 'specs/evaluation-old.yaml': older.replace('date: 2026-11-01', 'date: 2026-11-30') };
    expect(only(check(newer), 'evaluation-consistent').map((f) => f.file)).toEqual(['specs/evaluation-old.yaml']);
  });
});

describe('launch-safety', () => {
  it('fires on traffic that does not grow, leaves 0-100, or starts at 100%', () => {
    const shrink = edit(en, 'specs/launch-plan.yaml', 'traffic: 40', 'traffic: 5');
    expect(check(shrink)).toEqual([expect.objectContaining({ rule: 'launch-safety', line: lineOf(shrink['specs/launch-plan.yaml']!, 'traffic: 5'), message: 'traffic 5% does not grow from the previous stage (10%)' })]);
    const over = edit(en, 'specs/launch-plan.yaml', 'traffic: 100', 'traffic: 120');
    expect(check(over).map((f) => f.message)).toEqual(['traffic 120% is outside 0-100']);
    const full = edit(en, 'specs/launch-plan.yaml', 'traffic: 0', 'traffic: 100');
    expect(check(full).map((f) => f.message)).toContain('the first rollout stage already takes 100% of traffic');
  });
  it('warns instead for a one-step launch with strategy full and a reason', () => {
    const plan = [
      'kind: launch-plan', 'version: 1', 'title: t', 'owner: o', 'status: in-review', 'updated: 2026-11-01',
      'strategy: full', 'reason: internal tool for 12 adjusters', 'rollout:', '  - {stage: all, traffic: 100}',
      'rollback: {triggers: [{metric: M-SEVERE-MISS, target: "> 2%"}]}', 'fallbacks: [{when: down, action: manual triage}]', '',
    ].join('\n');
    const findings = check({ ...en, 'specs/launch-plan.yaml': plan });
    expect(findings).toEqual([expect.objectContaining({ rule: 'launch-safety', severity: 'warning', line: 10 })]);
  });
  it('fires with no rollback trigger or no fallback, and on an empty rollout', () => {
    const files = edit(edit(en, 'specs/launch-plan.yaml', /rollback:\n  triggers:\n.*\n.*\n/, 'rollback:\n'), 'specs/launch-plan.yaml', /fallbacks:\n.*\n.*\n.*\n.*\n/, '');
    expect(check(files).map((f) => f.message).sort()).toEqual(['no fallback: say what users get when the AI fails', 'no rollback trigger: name the metric conditions that start a rollback']);
    const empty = check(edit(en, 'specs/launch-plan.yaml', /rollout:\n[\s\S]*?rollback:/, 'rollout: []\nrollback:'));
    expect(empty.map((f) => f.message)).toEqual(['the rollout has no stages']);
  });
  it('stays quiet on a gradual plan from 0% shadow to 100%', () => expect(only(check(en), 'launch-safety')).toEqual([]));
});

describe('launch-compliance', () => {
  it('errors on an approved plan beside a failing check, warns beside an open one', () => {
    const fail = edit(en, 'specs/compliance.yaml', /status: pass\n    evidence: Per-brand/, 'status: fail\n    evidence: Per-brand');
    expect(check(fail)).toEqual([expect.objectContaining({ rule: 'launch-compliance', severity: 'error', file: 'specs/launch-plan.yaml', line: 6, message: 'the launch plan is approved while compliance check `C-BRAND-BIAS` fails' })]);
    const open = edit(en, 'specs/compliance.yaml', /status: pass\n    evidence: Per-brand/, 'status: open\n    evidence: Per-brand');
    expect(check(open)).toEqual([expect.objectContaining({ rule: 'launch-compliance', severity: 'warning' })]);
  });
  it('stays quiet while the plan is not approved (the zh plan is in review beside an open check)', () => {
    expect(only(check(zh), 'launch-compliance')).toEqual([]);
  });
});

describe('severity, drafts, superseded files, settings and suppressions', () => {
  const broken = edit(en, 'specs/review.yaml', '    owner: Dana Ruiz\n    due: 2026-12-15\n', '');

  it('rule findings in a draft are at most warnings', () => {
    const files = edit(broken, 'specs/review.yaml', 'status: approved', 'status: draft');
    expect(check(files)).toEqual([expect.objectContaining({ rule: 'decision-owned', severity: 'warning' })]);
  });

  it('rules skip superseded files, whose ids still resolve', () => {
    const files = edit(broken, 'specs/review.yaml', 'status: approved', 'status: superseded');
    expect(check(files)).toEqual([]);
  });

  it('aipm.yaml rules: can turn a rule off or change its severity', () => {
    expect(check(broken, { rules: { 'decision-owned': 'off' } })).toEqual([]);
    expect(check(broken, { rules: { 'decision-owned': 'warn' } })).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('# aipm-ignore with a reason suppresses the finding on the next line', () => {
    const files = edit(broken, 'specs/review.yaml', '  - id: D-HUMAN-SEVERE', '  # aipm-ignore decision-owned: owned by the claims board, date set at the board meeting\n  - id: D-HUMAN-SEVERE');
    const findings = check(files);
    expect(findings).toEqual([expect.objectContaining({ rule: 'decision-owned', suppressed: { reason: 'owned by the claims board, date set at the board meeting' } })]);
  });

  it('# aipm-ignore without a reason, or naming an unknown rule, does not suppress and says why', () => {
    const noReason = check(edit(broken, 'specs/review.yaml', '  - id: D-HUMAN-SEVERE', '  # aipm-ignore decision-owned\n  - id: D-HUMAN-SEVERE'));
    expect(noReason.map((f) => [f.rule, f.suppressed])).toEqual([['schema', undefined], ['decision-owned', undefined]]);
    expect(noReason[0]!.message).toBe('`# aipm-ignore decision-owned` needs a reason: `# aipm-ignore decision-owned: <why>`');
    const unknown = check(edit(en, 'specs/review.yaml', '  - id: D-HUMAN-SEVERE', '  # aipm-ignore decision-ownd: x\n  - id: D-HUMAN-SEVERE'));
    expect(unknown.map((f) => f.message)).toEqual(['`# aipm-ignore` names an unknown rule `decision-ownd`; did you mean `decision-owned`?']);
  });
});
