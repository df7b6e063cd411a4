import { describe, expect, it } from 'vitest';
import { check, edit, exampleSpecs, EN_EXAMPLE } from '../helpers.js';

// How the runner applies every rule: drafts, superseded files, aipm.yaml settings, suppressions.
const en = exampleSpecs(EN_EXAMPLE);

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
