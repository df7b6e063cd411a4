import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../src/yaml/fast.js';
import { parseYaml } from '../src/yaml/parse.js';
import { ROOT } from './helpers.js';

// The fast path must give exactly what the full parser gives, or give up: it may never accept a
// text the full parser has a problem with, nor read one differently.

const RUNS = Number(process.env.AIPM_PROPERTY_RUNS ?? 400);

/** What `parseYaml` did before the fast path: the full parser, every check. */
function full(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, version: '1.2', schema: 'core', merge: false, uniqueKeys: false, prettyErrors: false, strict: true });
  return { doc, lineCounter };
}

/** The property: accepted ⇒ the full parser agrees, with no problem at all. */
function agrees(text: string): boolean {
  const fast = parseFast(text);
  if (!fast) return true;
  const { doc } = full(text);
  expect(doc.errors, text).toEqual([]);
  expect(doc.warnings, text).toEqual([]);
  const slow = parseYaml(text, { fast: false });
  expect(slow.problems, text).toEqual([]);
  expect(fast.value, text).toStrictEqual(doc.toJS());
  expect(slow.value, text).toStrictEqual(fast.value);
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

const realFiles = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'scaffolds'))];

describe('the fast YAML path', () => {
  it('reads every example and starter, exactly as the full parser does', () => {
    expect(realFiles.length).toBeGreaterThan(30);
    for (const file of realFiles) {
      const text = readFileSync(file, 'utf8');
      if (file.includes('scaffolds') && !/^kind:/m.test(text)) continue;
      agrees(text);
      // The documents aipm writes itself all take the fast path.
      if (file.includes('examples')) expect(parseFast(text), file).toBeDefined();
    }
  });

  it('gives the same positions: line starts match the parser\'s own, CRLF included', () => {
    for (const file of realFiles.slice(0, 10)) {
      for (const text of [readFileSync(file, 'utf8'), readFileSync(file, 'utf8').replace(/\n/g, '\r\n')]) {
        const fast = parseYaml(text);
        const { lineCounter } = full(text);
        expect(fast.lineCounter.lineStarts).toEqual(lineCounter.lineStarts);
        expect(fast.doc.toJS()).toStrictEqual(fast.value);
      }
    }
  });

  it('agrees with the full parser on documents yaml writes in every style', () => {
    const tricky = fc.constantFrom('', ' ', 'null', 'Null', '~', 'true', 'False', 'yes', 'no', '0x1F', '0o17', '017', '1e3', '.5', '5.', '-.inf', '.NaN', '+12', '-0', '1_000', 'a: b', 'a #b', 'a#b', '#x', '- x', '-x', '[x', '{x', 'x]', '"q"', "it's", '中文 目标', 'C#', 'a:b', 'http://x.y/z?a=1', '>= 88%', '<= 72 hours', 'x: ', ': x', '? x', '@x', '`x', '%x', '&a', '*a', '!t', '|', '>', 'a\nb', 'tab\there', 'back\\slash', 'é', '\u00a0', '\\u0041');
    const everyday = fc.constantFrom('ok', 'Top-1 accuracy', '>= 88%', '<= 72 hours', 'Maya Patel', '2026-11-23', '中文 目标', 'C#', 'a:b', 'http://x.y/z?a=1', 'P0', 'draft');
    const key = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('id', 'name', 'x-note', 'a.b', 'k_1', 'M-TOP1-ACC', 'target', 'value') }, { weight: 1, arbitrary: fc.constantFrom('True', 'null', '1', 'with space', '__proto__', '<<', 'a:b', '中文', '"q"') });
    const leaf = fc.oneof({ weight: 6, arbitrary: everyday }, { weight: 3, arbitrary: fc.integer() }, { weight: 2, arbitrary: fc.double({ noNaN: false }) }, { weight: 1, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: tricky }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    })).node;
    const everydayDoc = fc.dictionary(key, fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.array(fc.dictionary(key, leaf, { maxKeys: 3 }), { maxLength: 3 })), { minKeys: 1, maxKeys: 6 });
    const options = fc.record({
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      flowCollectionPadding: fc.boolean(),
      // Mostly what people write (plain, block), sometimes quoted keys and values or flow all the way.
      defaultStringType: fc.constantFrom('PLAIN', 'PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'>,
      collectionStyle: fc.constantFrom('any', 'any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
      lineWidth: fc.constantFrom(0, 20, 80),
    });
    const documents = fc.tuple(fc.oneof(everydayDoc, fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 })), options);
    fc.assert(
      fc.property(documents, ([doc, opts]) => agrees(stringify(doc, opts))),
      { numRuns: RUNS },
    );
    // The generator reaches the fast path often enough for this test to mean something. Measured on
    // a fixed sample, so the figure does not depend on the run's random seed (it did: 39 of 400 once).
    const sample = fc.sample(documents, { numRuns: 400, seed: 20261206 });
    const accepted = sample.filter(([doc, opts]) => parseFast(stringify(doc, opts))).length;
    expect(accepted).toBeGreaterThan(sample.length / 10);
  });

  it('never accepts a mistake: examples broken one keystroke at a time agree or go to the full parser', () => {
    const texts = realFiles.filter((f) => f.includes('examples')).map((f) => readFileSync(f, 'utf8'));
    const keystroke = fc.constantFrom(' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '\n', '\n  ', '\t', '&a ', '*a', '!', '|', '>', '?', '%', '---\n', '...', 'x', '\\', '\r', '\u0000', '\uFEFF');
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.nat(), fc.nat({ max: 3 }), keystroke, (text, at, remove, insert) => {
        const i = at % (text.length + 1);
        return agrees(text.slice(0, i) + insert + text.slice(i + remove));
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('resolves plain scalars as the core schema does', () => {
    for (const s of ['~', 'null', 'NULL', 'nULL', 'true', 'TRUE', 'tRUE', '0o17', '0o8', '0x1f', '0X1F', '017', '+017', '-12', '1.', '.1', '1.5e3', '1e-3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'nan', '1_0', '0b1', '12:30', '2026-11-23', '100abc', '10.5', '1E3', '1e', '12 34', '9.', '90%', '5x', '0_1', '00.5', '-5', '+.5']) {
      agrees(`a: ${s}\nb: [${s}]\nc: {d: ${s}}\n`);
      expect(parseFast(`a: ${s}\n`)?.value.a, s).toStrictEqual(full(`a: ${s}\n`).doc.toJS().a);
    }
  });
});
