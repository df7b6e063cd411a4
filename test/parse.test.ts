import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/yaml/parse.js';
import { check } from './helpers.js';

const ENVELOPE = 'kind: compliance\nversion: 1\ntitle: t\nowner: o\nstatus: draft\nupdated: 2026-01-01\n';

function syntaxFindings(text: string) {
  return check({ 'specs/a.yaml': text }).filter((f) => f.rule === 'yaml-syntax');
}

describe('hostile YAML gives a finding at its line, never a throw or a hang', () => {
  it('duplicate keys, also keys equal as strings', () => {
    const f = syntaxFindings(`${ENVELOPE}checks: []\n1: a\n"1": b\n`);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 9, col: 1 });
    expect(f[0]!.message).toContain('duplicate key `1` (first at line 8)');
  });

  it('duplicate keys among 40 000 keys are found at the duplicate (our own linear check)', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const parsed = parseYaml(`${keys}\nk7: again\n`);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ msg: 'duplicateKey', params: { key: 'k7', line: 8 } });
  });

  it('several documents in one file', () => {
    const f = syntaxFindings(`${ENVELOPE}checks: []\n---\nkind: metrics\n`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('one YAML document');
    expect(f[0]!.line).toBe(8);
  });

  it('an empty file and a comment-only file', () => {
    for (const text of ['', '# nothing here\n']) {
      const f = syntaxFindings(text);
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ line: 1, col: 1 });
      expect(f[0]!.message).toContain('empty');
    }
  });

  it('tabs used as indentation', () => {
    const f = syntaxFindings(`${ENVELOPE}checks:\n\t- id: C-1\n`);
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]!.line).toBe(8);
  });

  it('an alias bomb is stopped by the alias limit', () => {
    const bomb = [
      'a: &a [x,x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    ].join('\n');
    const f = syntaxFindings(bomb);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('alias bomb');
    expect(f[0]!.line).toBe(2);
  });

  it('a %YAML 1.1 directive is refused (it would turn `no` into false)', () => {
    const f = syntaxFindings(`%YAML 1.1\n---\n${ENVELOPE}checks: []\n`);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('%YAML 1.1');
    expect(f[0]!.line).toBe(1);
  });

  it('tags outside the core schema', () => {
    const f = syntaxFindings(`${ENVELOPE}checks: []\nx-a: !include other.yaml\nx-b: !!binary aGVsbG8=\n`);
    expect(f.map((x) => [x.line, x.message])).toEqual([
      [8, expect.stringContaining('`!include`')],
      [9, expect.stringContaining('`!!binary`')],
    ]);
  });

  it('yes, no and dates stay strings (YAML 1.2 core schema)', () => {
    const parsed = parseYaml('a: yes\nb: no\nc: 2026-11-20\nd: on\n');
    expect(parsed.value).toEqual({ a: 'yes', b: 'no', c: '2026-11-20', d: 'on' });
  });

  it('a __proto__ key is a plain key that never touches a prototype', () => {
    const findings = check({ 'specs/a.yaml': `${ENVELOPE}checks: []\n__proto__: {polluted: true}\n` });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'schema', line: 8, col: 1 });
    expect(findings[0]!.message).toContain('unknown key `__proto__`');
  });

  it('ids shaped like paths are schema errors at the id', () => {
    const text = `${ENVELOPE}checks:\n  - id: ../../etc/passwd\n    area: other\n    question: q\n    status: open\n`;
    const findings = check({ 'specs/a.yaml': text });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'schema', line: 8, col: 9 });
    expect(findings[0]!.message).toContain('not a valid id');
  });

  it('a file too large is refused without parsing', () => {
    const parsed = parseYaml(`x: "${'a'.repeat(6 * 1024 * 1024)}"`);
    expect(parsed.problems[0]!.msg).toBe('tooLarge');
  });

  it('a non-mapping document is one schema finding', () => {
    const findings = check({ 'specs/a.yaml': '- just\n- a list\n' });
    expect(findings).toEqual([expect.objectContaining({ rule: 'schema', line: 1, col: 1 })]);
  });
});
