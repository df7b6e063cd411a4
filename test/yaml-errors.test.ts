import type { ErrorCode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.js';
import { zh } from '../src/i18n/zh.js';
import { SYNTAX_KEYS, syntaxKeyOf, YAML_ERROR_CODES } from '../src/yaml/errors.js';
import { check } from './helpers.js';

const ENVELOPE = 'kind: compliance\nversion: 1\ntitle: t\nowner: o\nstatus: draft\nupdated: 2026-01-01\n';

/**
 * For each code yaml declares, a file that makes yaml report it first under aipm's parse options,
 * or null where those options never let yaml report it (aipm checks duplicate keys and aliases
 * itself, keys are always strings, and a tag that does not resolve is reported by name).
 * The Record type makes this table name every code.
 */
const SAMPLES: Record<ErrorCode, { text: string; line: number; col: number } | null> = {
  ALIAS_PROPS: { text: 'checks: &x []\nx-a: &y *x\n', line: 8, col: 9 },
  BAD_ALIAS: { text: 'checks: []\nx-a: &x: 1\n', line: 8, col: 8 },
  BAD_DIRECTIVE: { text: '%FOO bar\n---\n', line: 1, col: 1 },
  BAD_DQ_ESCAPE: { text: 'checks: []\nx-a: "C:\\q"\n', line: 8, col: 9 },
  BAD_INDENT: { text: 'checks: []\nx-a:\n    b: 1\n  c: 2\n', line: 10, col: 1 },
  BAD_PROP_ORDER: null,
  BAD_SCALAR_START: { text: 'checks: []\nx-a: @home\n', line: 8, col: 6 },
  BLOCK_AS_IMPLICIT_KEY: { text: 'checks: []\nx-a:\n  b: 1\n  - c\n', line: 10, col: 1 },
  BLOCK_IN_FLOW: null,
  DUPLICATE_KEY: null,
  IMPOSSIBLE: null,
  KEY_OVER_1024_CHARS: { text: `checks: []\nx-a: &k\n  ${'x'.repeat(1030)}: 1\n`, line: 9, col: 3 },
  MISSING_CHAR: { text: 'checks: []\nx-a: "open\n', line: 9, col: 1 },
  MULTILINE_IMPLICIT_KEY: { text: 'checks: []\nx-a b\nc: 1\n', line: 8, col: 1 },
  MULTIPLE_ANCHORS: { text: 'checks: []\nx-a: &x &y 1\n', line: 8, col: 9 },
  MULTIPLE_DOCS: { text: 'checks: []\n---\nkind: metrics\n', line: 8, col: 1 },
  MULTIPLE_TAGS: { text: 'checks: []\nx-a: !!str !!str 1\n', line: 8, col: 12 },
  NON_STRING_KEY: null,
  RESOURCE_EXHAUSTION: null,
  TAB_AS_INDENT: { text: 'checks: []\nx-a:\n\tb: 1\n', line: 9, col: 1 },
  TAG_RESOLVE_FAILED: null,
  UNEXPECTED_TOKEN: { text: 'checks: []\nx-a: [1,,2]\n', line: 8, col: 9 },
  BAD_COLLECTION_TYPE: null,
};

/** Words of the parser's own English that must never reach a user (from its error messages). */
const YAML_ENGLISH = /Implicit keys|implicit map|Unexpected|Missing closing|flow sequence|flow mapping|indicator|must be sufficiently|Nested mappings|Plain value|reserved character|compact mappings|YAML stream|scalar/;

describe('every error the yaml library can report has aipm\'s own message in zh and en', () => {
  it('every code and every known cause has a message of its own in both catalogues', () => {
    const untranslated = SYNTAX_KEYS.filter((key) => !Object.hasOwn(en, `yaml.syntax.${key}`) || !Object.hasOwn(zh, `yaml.syntax.${key}`));
    expect(untranslated).toEqual([]);
    for (const key of SYNTAX_KEYS) {
      const [e, z] = [en[`yaml.syntax.${key}` as keyof typeof en], zh[`yaml.syntax.${key}` as keyof typeof zh]];
      expect(e, key).not.toBe(z);
      // The zh message is Chinese, not the English one copied.
      expect(z, key).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(new Set(YAML_ERROR_CODES).size).toBe(Object.keys(SAMPLES).length);
  });

  it('a code yaml reports with a message aipm has not seen still maps to that code\'s message', () => {
    for (const code of YAML_ERROR_CODES) expect(SYNTAX_KEYS).toContain(syntaxKeyOf({ code, message: 'something new' }));
  });

  for (const [code, sample] of Object.entries(SAMPLES)) {
    if (!sample) continue;
    it(`${code}: one finding at its place, in aipm's words in both languages`, () => {
      for (const lang of ['en', 'zh'] as const) {
        // A directive stands before the document.
        const text = sample.text.startsWith('%') ? sample.text + ENVELOPE : ENVELOPE + sample.text;
        const findings = check({ 'specs/a.yaml': text }, { lang });
        expect(findings, lang).toHaveLength(1);
        expect(findings[0], lang).toMatchObject({ rule: 'yaml-syntax', line: sample.line, col: sample.col });
        expect(findings[0]!.message, lang).not.toMatch(YAML_ENGLISH);
        if (lang === 'zh') expect(findings[0]!.message).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  it('the broad codes are told apart by cause, each with its own fix', () => {
    const cases: [string, RegExp][] = [
      ['x-a: "open\n', /no closing quote/],
      ['x-a: [1, 2\n', /`\[` or `\{` is not closed/],
      ['x-a: [1,,2]\n', /extra `,`/],
      ['x-a: |x\n  t\n', /after `\|` or `>`/],
      ['x-a: 1\n  b: 2\n', /starts a mapping within it/],
    ];
    for (const [text, message] of cases) {
      const findings = check({ 'specs/a.yaml': `${ENVELOPE}checks: []\n${text}` });
      expect(findings.map((f) => f.message), text).toEqual([expect.stringMatching(message)]);
    }
  });
});
