import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUILTIN_CHECKS, RULE_IDS } from '../src/rules/index.js';
import { check, exampleSpecs, EN_EXAMPLE, ZH_EXAMPLE } from './helpers.js';
import { en } from '../src/i18n/en.js';

/** Every `{name}` placeholder the catalogues use: none may be left unfilled in a message. */
const PLACEHOLDERS = [...new Set(Object.values(en).flatMap((m) => m.match(/\{\w+\}/g) ?? []))];

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
