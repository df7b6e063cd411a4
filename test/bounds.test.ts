import { afterEach, describe, expect, it, vi } from 'vitest';
import { stylish } from '../src/report/stylish.js';
import { resultOf } from '../src/report/result.js';
import { yamlLib } from '../src/yaml/lib.js';
import { MAX_ALIAS_COUNT, parseYaml } from '../src/yaml/parse.js';
import { check } from './helpers.js';

// Nothing a pull request writes makes aipm's work grow faster than the file: these count the work
// done (alias resolutions, scans of a source line), never the time taken. bench/run.mjs times the
// same inputs.

/** Counts calls of yaml's alias resolution (which walks the anchors before the alias each time). */
function countResolutions(): { calls: () => number; restore: () => void } {
  const proto = yamlLib().Alias.prototype;
  const resolve = proto.resolve;
  let calls = 0;
  proto.resolve = function (this: typeof proto, ...args: Parameters<typeof resolve>) {
    calls++;
    return resolve.apply(this, args);
  };
  return { calls: () => calls, restore: () => void (proto.resolve = resolve) };
}

const REVIEW = ['kind: review', 'version: 1', 'title: t', 'owner: o', 'status: draft', 'updated: 2026-11-01', 'date: 2026-11-01', 'participants: [a]'];

describe('aliases', () => {
  let counter: ReturnType<typeof countResolutions> | undefined;
  afterEach(() => counter?.restore());

  it('20,000 aliases of one anchor (80 KB): refused at the first alias past the bound, none resolved', () => {
    counter = countResolutions();
    const text = `kind: review\nx-a: &x 1\nx-b:\n${'  - *x\n'.repeat(20_000)}`;
    const parsed = parseYaml(text);
    expect(parsed.problems).toEqual([{ msg: 'tooManyAliases', params: { max: MAX_ALIAS_COUNT }, range: [expect.any(Number), expect.any(Number)] }]);
    // The finding stands at alias number 1001, on line 4 + 1000.
    expect(text.slice(0, parsed.problems[0]!.range[0]).split('\n').length).toBe(4 + MAX_ALIAS_COUNT);
    expect(counter.calls()).toBe(0);
    const findings = check({ 'specs/bomb.yaml': text });
    expect(findings).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 1004, message: `more than ${MAX_ALIAS_COUNT} aliases in one file: aipm stops reading at this one (a planning document needs a handful). Write the values out` })]);
  });

  it('a few aliases are read as before, each resolved once', () => {
    counter = countResolutions();
    const parsed = parseYaml('kind: review\nx-a: &x {a: 1}\nx-b: [*x, *x, *x]\nx-c: *x\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ kind: 'review', 'x-a': { a: 1 }, 'x-b': [{ a: 1 }, { a: 1 }, { a: 1 }], 'x-c': { a: 1 } });
    expect(counter.calls()).toBe(4);
  });

  it('a thousand aliases of a large value: refused for the size they would grow to, not expanded', () => {
    const text = `kind: review\nx-a: &x "${'y'.repeat(2000)}"\nx-b: [${Array(MAX_ALIAS_COUNT).fill('*x').join(', ')}]\n`;
    expect(parseYaml(text).problems).toEqual([expect.objectContaining({ msg: 'aliases' })]);
  });
});

describe('a flow mapping of 10,000 unknown keys (the bench times 40,000)', () => {
  it('gives each key its finding, and the stylish report checks the one long source line once', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}: 1`).join(', ');
    const text = [...REVIEW, 'decisions:', `  - {id: D-1, decision: x, owner: o, due: 2026-12-01, ${keys}}`, ''].join('\n');
    const findings = check({ 'specs/review.yaml': text });
    expect(findings).toHaveLength(10_000);
    expect(findings[9_999]).toMatchObject({ line: 10, message: 'unknown key `k9999`' });
    // Every regular expression run over the long line (a test, a match, a replace) counts as a scan of it.
    const line = text.split('\n')[9]!;
    let scans = 0;
    const exec = RegExp.prototype.exec;
    const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, input: string) {
      if (input === line) scans++;
      return exec.call(this, input);
    });
    const out = stylish(resultOf(findings, ['specs/review.yaml'], [{ file: 'specs/review.yaml', parsed: parseYaml(text) }], 'en'), { color: false });
    expect(out.split('\n').filter((l) => l.startsWith('specs/review.yaml:10:'))).toHaveLength(10_000);
    spy.mockRestore();
    expect(scans).toBe(1);
  });
});
