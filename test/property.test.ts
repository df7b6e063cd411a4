import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUILTIN_CHECKS, RULE_IDS, rules } from '../src/rules/index.js';
import { check, exampleSpecs, EN_EXAMPLE, ZH_EXAMPLE } from './helpers.js';
import { en } from '../src/i18n/en.js';

/** Every `{name}` placeholder the catalogue and the rules' own messages use: none may be left unfilled in a message. */
const TEMPLATES = [...Object.values(en), ...rules.flatMap((r) => Object.values(r.messages as Record<string, { en: string; zh: string }>).flatMap((m) => [m.en, m.zh]))];
const PLACEHOLDERS = [...new Set(TEMPLATES.flatMap((m) => m.match(/\{\w+\}/g) ?? []))];

/** 300 by default; set AIPM_PROPERTY_RUNS for a longer hunt. */
const RUNS = Number(process.env.AIPM_PROPERTY_RUNS ?? 300);
const KNOWN_RULES = new Set<string>([...BUILTIN_CHECKS, ...RULE_IDS]);
const workspaces = [exampleSpecs(EN_EXAMPLE), exampleSpecs(ZH_EXAMPLE)];

/** Pieces that stress YAML and the schema: structure characters, ids, numbers, dates, words. */
const fragment = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(':', '- ', '\n', '  ', '\t', '{', '}', '[', ']', '&a ', '*a', '!!binary ', '---\n', '#', '"', "'", '|', '>', '%YAML 1.1\n'),
  fc.constantFrom('id: M-TOP1-ACC', 'id: REQ-X', 'target: 90', 'target: ">= 90"', 'status: draft', 'status: superseded', '2026-02-30', 'P0', 'x-a: 1', '__proto__: 1', 'kind: metrics'),
);

const editArb = fc.record({
  ws: fc.nat(workspaces.length - 1),
  file: fc.nat(),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(30),
  insert: fc.array(fragment, { maxLength: 4 }).map((parts) => parts.join('')),
});

describe('any edit of a valid workspace', () => {
  it('gives findings at valid positions, or a clean result, never a throw', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 3 }), (edits) => {
        const files = { ...workspaces[edits[0]!.ws]! };
        const names = Object.keys(files).sort();
        for (const e of edits) {
          const name = names[e.file % names.length]!;
          const text = files[name]!;
          const at = Math.floor(e.at * text.length);
          files[name] = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        const findings = check(files);
        for (const f of findings) {
          const lines = files[f.file]!.split('\n').length;
          expect(KNOWN_RULES.has(f.rule), f.rule).toBe(true);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines);
          expect(f.col).toBeGreaterThanOrEqual(1);
          expect(f.endLine).toBeGreaterThanOrEqual(f.line);
          expect(f.message.length).toBeGreaterThan(0);
          // User text may hold anything; what it does not hold must not appear unfilled.
          const written = Object.values(files).join('\n');
          for (const p of PLACEHOLDERS) if (!written.includes(p)) expect(f.message).not.toContain(p);
          if (!written.includes('[object Object]')) expect(f.message).not.toContain('[object Object]');
        }
      }),
      { numRuns: RUNS },
    );
  }, RUNS * 200);
});

/** A target or trigger as written in YAML, from an operator and a whole number. */
const condition = fc.record({ op: fc.constantFrom('>=', '<=', '>', '<', '=='), value: fc.integer({ min: -5, max: 5 }) });

describe('threshold-consistency on rollback triggers', () => {
  const meets = (v: number, c: { op: string; value: number }) =>
    ({ '>=': v >= c.value, '<=': v <= c.value, '>': v > c.value, '<': v < c.value, '==': v === c.value })[c.op]!;

  it('flags a trigger exactly when it fires on some value that meets the target (== targets skipped)', () => {
    fc.assert(
      fc.property(condition, condition, (target, trigger) => {
        const files = {
          'specs/metrics.yaml': ['kind: metrics', 'version: 1', 'title: t', 'owner: o', 'status: approved', 'updated: 2026-11-01', 'metrics:',
            // pp (points) can be negative: every threshold here is one some value can reach.
            `  - {id: M-X, name: x, owner: o, definition: d, unit: pp, layer: system, target: "${target.op} ${target.value}"}`, ''].join('\n'),
          'specs/launch-plan.yaml': ['kind: launch-plan', 'version: 1', 'title: t', 'owner: o', 'status: approved', 'updated: 2026-11-01', 'rollout: []',
            `rollback: {triggers: [{metric: M-X, target: "${trigger.op} ${trigger.value}"}]}`, ''].join('\n'),
        };
        const flagged = check(files).some((f) => f.rule === 'threshold-consistency' && f.message.startsWith('rollback trigger'));
        // Direct evaluation: between and around two whole-number thresholds, halves are enough witnesses.
        const witnesses = [target.value, trigger.value, -1e9, 1e9].flatMap((v) => [v - 0.5, v, v + 0.5]);
        const firesWhileHealthy = witnesses.some((v) => meets(v, target) && meets(v, trigger));
        expect(flagged).toBe(target.op !== '==' && firesWhileHealthy);
      }),
      { numRuns: RUNS },
    );
  });
});
