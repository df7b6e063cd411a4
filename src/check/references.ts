import { ID_PATTERN, readTarget, relativeProblem, unitMatches } from '../kinds/common.js';
import { itemLabel, kinds, type KindDef, type PathPattern } from '../kinds/index.js';
import { nearest } from '../suggest.js';
import { firstById } from '../model/queries.js';
import type { CheckedFile, Entry, Model, Problem } from '../model/types.js';
import type { Path } from '../yaml/positions.js';

/** Every place in `root` a path pattern matches (`*`: any list index, `{key}`: any map key). */
export function walkPattern(root: unknown, pattern: PathPattern): { path: Path; value: unknown; key?: boolean }[] {
  const found: { path: Path; value: unknown; key?: boolean }[] = [];
  // A plain loop, not a generator: this runs for every reference field of every file.
  const walk = (node: unknown, depth: number, at: Path) => {
    if (depth === pattern.length) {
      found.push({ path: at, value: node });
      return;
    }
    const head = pattern[depth]!;
    if (head === '*') {
      if (Array.isArray(node)) for (let i = 0; i < node.length; i++) walk(node[i], depth + 1, [...at, i]);
    } else if (head === '{key}') {
      if (node && typeof node === 'object' && !Array.isArray(node)) for (const k of Object.keys(node)) found.push({ path: [...at, k], value: k, key: true });
    } else if (node && typeof node === 'object' && Object.hasOwn(node, head as PropertyKey)) {
      walk((node as Record<string, unknown>)[head as string], depth + 1, [...at, head]);
    }
  };
  walk(root, 0, []);
  return found;
}

/** References resolve to an id of the right kind; units on targets that name a metric match it. */
export function checkReferences(model: Pick<Model, 'files' | 'ids' | 'items'>): Problem[] {
  const { files, ids } = model;
  const metrics = firstById(model.items.metric);
  const problems: Problem[] = [];
  // Suggestions for unknown ids: candidates per expected kind, and each unknown id looked up once.
  const candidates = new Map<string, string[]>();
  const suggestions = new Map<string, string | undefined>();
  const suggest = (value: string, to: string) => {
    const key = `${to}\0${value}`;
    if (!suggestions.has(key)) {
      if (!candidates.has(to)) candidates.set(to, [...ids.values()].filter((d) => to === 'any' || d.kind === to).map((d) => d.id));
      suggestions.set(key, nearest(value, candidates.get(to)!));
    }
    return suggestions.get(key);
  };
  // A near miss points at the item it probably meant (an id recovered from a broken file has no place to point at).
  const meant = (suggestion: string | undefined): Pick<Problem, 'related'> => {
    const def = suggestion === undefined ? undefined : ids.get(suggestion);
    return def?.kind ? { related: [{ file: def.file, path: def.path, msg: 'related.meant', params: { id: def.id } }] } : {};
  };
  for (const file of files) {
    if (!file.kind || file.broken) continue;
    const def: KindDef = kinds[file.kind];
    for (const ref of def.refs) {
      for (const { path, value, key } of walkPattern(file.raw, ref.at)) {
        // Not an id at all: the schema stage already said so.
        if (typeof value !== 'string' || !ID_PATTERN.test(value)) continue;
        const target = ids.get(value);
        if (!target) {
          const suggestion = suggest(value, ref.to);
          problems.push({ rule: 'reference', file, path, ...(key ? { key } : {}), msg: 'reference.unknown', params: { id: value, expected: itemLabel(ref.to), ...(suggestion ? { suggestion } : {}) }, ...meant(suggestion) });
        } else if (ref.to !== 'any' && target.kind && target.kind !== ref.to) {
          problems.push({ rule: 'reference', file, path, ...(key ? { key } : {}), msg: 'reference.wrongKind', params: { id: value, expected: itemLabel(ref.to), actual: itemLabel(target.kind) } });
        } else if (ref.sameFile && target.file !== file) {
          const own = [...ids.values()].filter((d) => d.file === file && d.kind === ref.to).map((d) => d.id);
          const suggestion = nearest(value, own);
          problems.push({ rule: 'reference', file, path, msg: 'reference.notInFile', params: { id: value, expected: itemLabel(ref.to), ...(suggestion ? { suggestion } : {}) }, ...meant(suggestion) });
        }
      }
    }
    problems.push(...checkMetricDetails(file, metrics));
  }
  return problems;
}

/** Targets written against another file's metric use its unit (and, relative, its baseline); result segments are segments it defines. */
function checkMetricDetails(file: CheckedFile, metrics: ReadonlyMap<string, Entry<'metric'>>): Problem[] {
  const problems: Problem[] = [];
  const targetPlaces: PathPattern[] = [
    ['requirements', '*', 'targets', '*'],
    ['rollback', 'triggers', '*'],
  ];
  for (const pattern of targetPlaces) {
    for (const { path, value } of walkPattern(file.raw, pattern)) {
      const { metric: id, target: written } = (value ?? {}) as { metric?: unknown; target?: unknown };
      const metric = typeof id === 'string' ? metrics.get(id) : undefined;
      const t = readTarget(written);
      const problem = metric && t?.relative ? relativeProblem(t.relative, metric.value) : undefined;
      if (metric && problem) {
        problems.push({ rule: 'schema', file, path: [...path, 'target'], msg: problem === 'noBaseline' ? 'schema.noBaselineRef' : 'schema.ppNotPercentRef', params: { metric: metric.id, unit: metric.value.unit } });
      } else if (metric && t && !t.relative && !unitMatches(t, metric.value.unit)) {
        problems.push({ rule: 'schema', file, path: [...path, 'target'], msg: 'schema.unitRef', params: { unit: t.unit, expected: metric.value.unit, metric: metric.id } });
      }
    }
  }
  // A segment named beside a metric must be one the metric defines.
  const segmentPlaces: PathPattern[] = file.kind === 'evaluation' ? [['results', '*']] : file.kind === 'solution' ? [['limits', '*']] : [];
  for (const pattern of segmentPlaces) {
    for (const { path, value } of walkPattern(file.raw, pattern)) {
      const { metric: id, segments, segment } = (value ?? {}) as { metric?: unknown; segments?: unknown; segment?: unknown };
      const metric = typeof id === 'string' ? metrics.get(id) : undefined;
      if (!metric) continue;
      const names = (metric.value.segments ?? []).map((s) => s.name);
      const named: [Path, unknown][] = Array.isArray(segments)
        ? segments.map((s, i) => [[...path, 'segments', i, 'name'], (s as { name?: unknown } | null)?.name])
        : [[[...path, 'segment'], segment]];
      for (const [at, name] of named) {
        if (typeof name !== 'string' || names.includes(name)) continue;
        const suggestion = nearest(name, names);
        const related = suggestion === undefined ? [] : [{ file: metric.file, path: [...metric.path, 'segments', names.indexOf(suggestion), 'name'], msg: 'related.segment' as const, params: { metric: metric.id, name: suggestion } }];
        problems.push({ rule: 'reference', file, path: at, msg: 'reference.segment', params: { metric: metric.id, name, ...(suggestion ? { suggestion } : {}) }, ...(related.length ? { related } : {}) });
      }
    }
  }
  return problems;
}
