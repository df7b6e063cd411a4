import type * as z from 'zod/mini';
import { t, type Lang, type MessageId, type Params } from '../i18n/index.js';
import { isKindName, KIND_NAMES, kinds } from '../kinds/index.js';
import { arrayElement, issuesAt, objectShape, parseLenient } from '../kinds/zod-issues.js';
import type { Finding } from '../model/types.js';
import { nearest } from '../suggest.js';
import { parseYaml } from '../yaml/parse.js';
import { locate, spanOf, type Path } from '../yaml/positions.js';
import { catalogueSchema, type Catalogue } from './schema.js';

export interface LoadedCatalogue {
  /** The catalogue, when its file has no problem at all: a catalogue with a mistake answers nothing. */
  catalogue?: Catalogue;
  findings: Finding[];
}

interface Problem {
  rule: 'yaml-syntax' | 'schema' | 'duplicate-id';
  path: Path;
  key?: boolean;
  msg: MessageId;
  params?: Params;
}

/**
 * A catalogue file's text → the catalogue, or findings at its lines: YAML syntax, the schema
 * (unknown markets and capabilities with the nearest name, bad dates, a missing `source`), an item
 * id used twice, `where` naming a kind or field that aipm has not, `from_existing` not after `from`.
 * Pure; `file` is the path shown in findings.
 */
export function parseCatalogue(text: string, file: string, lang: Lang): LoadedCatalogue {
  const parsed = parseYaml(text);
  if (parsed.problems.length > 0) {
    return {
      findings: parsed.problems.map((p) => ({
        rule: 'yaml-syntax',
        severity: 'error',
        file,
        ...spanOf(parsed.lineCounter, p.range[0], p.range[1]),
        message: t(lang, `yaml.${p.msg}`, p.params),
      })),
    };
  }
  const raw = parsed.value;
  const problems: Problem[] = [];
  if (!isMapping(raw)) {
    problems.push({ rule: 'schema', path: [], msg: 'catalogue.notMapping' });
  } else {
    const schema = catalogueSchema();
    const result = parseLenient(schema, raw);
    if (!result.ok) problems.push(...issuesAt(result.issues, schema, raw).map((i): Problem => ({ rule: 'schema', ...i })));
    problems.push(...acrossItems(raw, (path) => locate(parsed, path).line));
    if (result.ok && problems.length === 0) return { catalogue: result.data, findings: [] };
  }
  const findings = problems.map((p): Finding => ({
    rule: p.rule,
    severity: 'error',
    file,
    ...locate(parsed, p.path, p.key ? { key: true } : {}),
    message: t(lang, p.msg, p.params),
  }));
  return { findings: findings.sort((a, b) => a.line - b.line || a.col - b.col) };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** What the schema cannot see item by item: ids used twice, `where` into aipm's kinds, the order of the dates. */
function acrossItems(raw: Record<string, unknown>, lineOf: (path: Path) => number): Problem[] {
  const items = Array.isArray(raw.items) ? raw.items : [];
  const problems: Problem[] = [];
  const firstAt = new Map<string, number>();
  items.forEach((item: unknown, i) => {
    if (!isMapping(item)) return;
    if (typeof item.id === 'string') {
      const first = firstAt.get(item.id);
      if (first === undefined) firstAt.set(item.id, i);
      else problems.push({ rule: 'duplicate-id', path: ['items', i, 'id'], msg: 'catalogue.duplicateItem', params: { id: item.id, line: lineOf(['items', first, 'id']) } });
    }
    if (Array.isArray(item.where)) {
      item.where.forEach((place: unknown, j) => {
        const problem = typeof place === 'string' ? whereProblem(place) : undefined;
        if (problem) problems.push({ rule: 'schema', path: ['items', i, 'where', j], ...problem });
      });
    }
    if (typeof item.from === 'string' && typeof item.from_existing === 'string' && item.from_existing <= item.from) {
      problems.push({ rule: 'schema', path: ['items', i, 'from_existing'], msg: 'catalogue.fromExisting', params: { value: item.from_existing, from: item.from } });
    }
  });
  return problems;
}

/** `launch-plan.notice`, `metrics.segments`: a kind, then a field of it or of the items of its lists. */
function whereProblem(place: string): Pick<Problem, 'msg' | 'params'> | undefined {
  const [kind, ...fields] = place.split('.');
  if (!kind || fields.length === 0) return undefined; // the schema's pattern already says so
  if (!isKindName(kind)) {
    const suggestion = nearest(kind, KIND_NAMES);
    return { msg: 'catalogue.whereKind', params: { value: kind, ...(suggestion ? { suggestion } : {}) } };
  }
  let level: Record<string, z.ZodMiniType>[] = [objectShape(kinds[kind].schema) ?? {}];
  for (const field of fields) {
    // A field of this mapping, or of the items of one of its lists.
    const holders = level.flatMap((shape) => [shape, ...Object.values(shape).flatMap((s) => shapesOf(arrayElement(s)))]);
    const found = holders.filter((h) => Object.hasOwn(h, field)).map((h) => h[field]!);
    if (found.length === 0) {
      const suggestion = nearest(field, [...new Set(holders.flatMap((h) => Object.keys(h)))]);
      return { msg: 'catalogue.whereField', params: { kind, field, ...(suggestion ? { suggestion } : {}) } };
    }
    level = found.flatMap((s) => [...shapesOf(s), ...shapesOf(arrayElement(s))]);
  }
  return undefined;
}

function shapesOf(schema: z.ZodMiniType | undefined): Record<string, z.ZodMiniType>[] {
  const shape = schema && objectShape(schema);
  return shape ? [shape] : [];
}
