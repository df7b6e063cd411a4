import { describe, expect, it } from 'vitest';
import { reporters } from '../src/report/index.js';
import { excerpt } from '../src/report/stylish.js';
import type { ValidateResult } from '../src/report/types.js';

const result: ValidateResult = {
  version: '0.1.0',
  lang: 'en',
  summary: { files: 2, errors: 1, warnings: 1 },
  findings: [
    { rule: 'schema', severity: 'error', file: 'specs/a.yaml', line: 3, col: 5, endLine: 3, endCol: 14, message: 'unknown key `prioritty`' },
    { rule: 'milestone-buffer', severity: 'warning', file: 'specs/b.yaml', line: 2, col: 9, endLine: 4, endCol: 1, message: 'no buffer' },
    { rule: 'decision-owned', severity: 'error', file: 'specs/b.yaml', line: 9, col: 3, endLine: 9, endCol: 9, message: 'x', suppressed: { reason: 'because' } },
  ],
  sources: { 'specs/a.yaml': { 3: '    prioritty: P0' }, 'specs/b.yaml': { 2: '  - id: MS-1', 9: '  - id: D-1' } },
};

describe('stylish', () => {
  it('prints file:line:col severity message (rule), the line and a caret; skips suppressed findings', () => {
    expect(reporters.stylish(result, { color: false })).toBe(
      [
        'specs/a.yaml:3:5 error unknown key `prioritty` (schema)',
        '    3 |     prioritty: P0',
        '      |     ^^^^^^^^^',
        '',
        'specs/b.yaml:2:9 warning no buffer (milestone-buffer)',
        '    2 |   - id: MS-1',
        '      |         ^^^^',
        '',
        '1 error, 1 warning in 2 files (1 suppressed)',
        '',
      ].join('\n'),
    );
  });

  it('has no escape codes without colour, and has them with colour', () => {
    expect(reporters.stylish(result, { color: false })).not.toMatch(/\x1b\[/);
    expect(reporters.stylish(result, { color: true })).toMatch(/\x1b\[/);
  });

  it('puts the caret under wide characters by display width', () => {
    const [line, caret] = excerpt('  - {name: 雨天, value: 8.6}', { line: 1, col: 23, endLine: 1, endCol: 26 });
    expect(line).toBe('  - {name: 雨天, value: 8.6}');
    // 22 characters before the value, two of them wide: 24 columns.
    expect(caret).toBe(`${' '.repeat(24)}^^^`);
  });
});

describe('json', () => {
  it('prints version, summary and every finding (suppressed ones marked)', () => {
    const parsed = JSON.parse(reporters.json(result, { color: false }));
    expect(Object.keys(parsed)).toEqual(['version', 'summary', 'findings']);
    expect(parsed.summary).toEqual({ files: 2, errors: 1, warnings: 1 });
    expect(parsed.findings).toHaveLength(3);
    expect(parsed.findings[2].suppressed).toEqual({ reason: 'because' });
    expect(Object.keys(parsed.findings[0]).sort()).toEqual(['col', 'endCol', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
  });
});
