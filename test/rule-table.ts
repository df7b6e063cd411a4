import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../src/model/types.js';
import type { CheckOptions } from '../src/rules/run.js';
import type { Rule } from '../src/rules/types.js';
import { check } from './helpers.js';

export type Files = Record<string, string>;

/** A finding a rejected input must produce: at least its line; the rest when given. */
export interface Expected {
  line: number;
  col?: number;
  message?: string | RegExp;
  severity?: Severity;
  file?: string;
  /** Default: the rule under test. */
  rule?: string;
  suppressed?: { reason: string };
  /** The finding's related places, exactly (line, column and message at least). */
  related?: { file?: string; line: number; col: number; message: string | RegExp }[];
}

export interface Case {
  name: string;
  /** The workspace's spec files, path → text (an example with one edit, or written out). */
  files: Files;
  options?: Partial<CheckOptions>;
}

export interface Accepted extends Case {
  /** Other rules may speak here; only the rule under test must stay quiet. Default: the whole check is clean. */
  othersMaySpeak?: boolean;
}

export interface Rejected extends Case {
  /** Every finding the check reports, suppressed ones included, in order: no more, no fewer. */
  findings: Expected[] | ((files: Files) => Expected[]);
}

function matcher(rule: string, e: Expected) {
  const { message, related, ...rest } = e;
  const text = (m: string | RegExp) => (typeof m === 'string' ? m : expect.stringMatching(m));
  return expect.objectContaining({
    rule,
    ...rest,
    ...(message === undefined ? {} : { message: text(message) }),
    ...(related === undefined ? {} : { related: related.map((r) => expect.objectContaining({ ...r, message: text(r.message) })) }),
  });
}

/**
 * A rule's table, in the style of stylelint's `testRule`: inputs it must accept, and inputs it must
 * reject with exactly the findings given (line, column, message, severity).
 */
export function testRule(rule: Rule, table: { accept: Accepted[]; reject: Rejected[] }): void {
  const id = rule.meta.id;
  describe(id, () => {
    for (const c of table.accept) {
      it(`accepts: ${c.name}`, () => {
        const findings = check(c.files, c.options);
        if (c.othersMaySpeak) expect(findings.filter((f: Finding) => f.rule === id)).toEqual([]);
        else expect(findings).toEqual([]);
      });
    }
    for (const c of table.reject) {
      it(`rejects: ${c.name}`, () => {
        const expected = typeof c.findings === 'function' ? c.findings(c.files) : c.findings;
        if (process.env.DISCOVER) console.log(c.name, JSON.stringify(check(c.files, c.options).map((f) => [f.rule, f.file, f.line, f.col, f.severity, f.message])));
        expect(check(c.files, c.options)).toEqual(expected.map((e) => matcher(e.rule ?? id, e)));
      });
    }
  });
}
