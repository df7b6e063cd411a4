import type { Lang } from '../i18n/index.js';
import { itemLabel, KIND_NAMES, kinds, type KindName, type PathPattern } from './index.js';
import { jsonSchemaOf, type SchemaName } from './json-schema.js';
import { ORGANISATION_TITLE } from './organisation.js';

// docs/kinds.md: the field reference, generated from the same zod schemas validate uses (through
// their JSON Schemas, which carry each field's description in both languages).

type Json = Record<string, unknown>;

/** One field of a kind, as the reference lists it. */
export interface FieldRow {
  /** `metrics[].red_line.target`: list items as `[]`, map values as `{id}`. */
  path: string;
  type: string;
  required: boolean;
  description: Record<Lang, string>;
  /** A value from the example workspaces, as YAML would show it; undefined when none has one. */
  example?: string;
}

const ENVELOPE = ['kind', 'version', 'title', 'owner', 'status', 'updated', 'links'];
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** The type of a JSON Schema node in a few words (`list of id`, `integer 1–5`, `one of: a, b`). */
function typeOf(s: Json): string {
  if (Array.isArray(s.enum)) return `one of: ${(s.enum as unknown[]).map(String).join(', ')}`;
  if (s.const !== undefined) return `\`${String(s.const)}\``;
  if (Array.isArray(s.anyOf)) {
    const options = (s.anyOf as Json[]).filter((o) => o.type !== 'null');
    // A target: the text form or {op, value}.
    if (options.length === 2 && options.some((o) => o.type === 'string') && options.some((o) => (o.properties as Json | undefined)?.op)) {
      return 'target: text (`">= 90%"`, `">= baseline + 5%"`) or `{op, value}`';
    }
    return options.map(typeOf).join(' or ');
  }
  switch (s.type) {
    case 'string':
      if (s.pattern === DATE_PATTERN) return 'date (YYYY-MM-DD)';
      if (typeof s.pattern === 'string' && s.pattern.startsWith('^[A-Za-z]')) return 'id';
      return 'text';
    case 'number':
    case 'integer': {
      // zod writes the safe-integer bounds on every integer: they are no bound a reader needs.
      const bound = (n: unknown) => (typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);
      const low = bound(s.minimum) ?? s.exclusiveMinimum;
      const high = bound(s.maximum);
      const range = low !== undefined && high !== undefined ? ` ${String(low)}–${String(high)}` : s.exclusiveMinimum !== undefined ? ` > ${String(s.exclusiveMinimum)}` : low !== undefined ? ` ≥ ${String(low)}` : '';
      return `${s.type}${range}`;
    }
    case 'boolean':
      return 'true or false';
    case 'array':
      if (Array.isArray(s.items)) return `[${(s.items as Json[]).map(typeOf).join(', ')}]`;
      return `list of ${plural(typeOf((s.items ?? {}) as Json))}`;
    case 'object':
      if (s.additionalProperties && typeof s.additionalProperties === 'object') return `map: id → ${typeOf(s.additionalProperties as Json)}`;
      return 'object';
    default:
      return 'any';
  }
}

const plural = (type: string) => (type === 'object' || type === 'id' ? `${type}s` : type);

/** The object schema a node holds fields of (itself, its list's items, the non-null option). */
function fieldsOf(s: Json): Json | undefined {
  if (s.type === 'object' && s.properties) return s;
  if (s.type === 'array' && s.items && !Array.isArray(s.items)) return fieldsOf(s.items as Json);
  if (Array.isArray(s.anyOf)) {
    const options = (s.anyOf as Json[]).filter((o) => o.type !== 'null');
    if (options.length === 1) return fieldsOf(options[0]!);
  }
  return undefined;
}

const isList = (s: Json): boolean =>
  s.type === 'array' || (Array.isArray(s.anyOf) && (s.anyOf as Json[]).some((o) => o.type === 'array'));

/** The values at a path in a document (`[]` steps into every item of a list). */
function valuesAt(data: unknown, steps: readonly string[]): unknown[] {
  if (steps.length === 0) return [data];
  const [step, ...rest] = steps;
  if (step === '[]') return Array.isArray(data) ? data.flatMap((item) => valuesAt(item, rest)) : [];
  if (data && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, step!)) return valuesAt((data as Json)[step!], rest);
  return [];
}

/** A value as one short line of YAML flow style. */
function flow(value: unknown): string {
  if (typeof value === 'string') {
    // Plain when YAML reads it back as this text: not a number, boolean or null, no flow or comment characters.
    const plain = /^[\p{L}\p{N}_][^:#,[\]{}"'\n]*$/u.test(value) && !/^(true|false|null|~)$/i.test(value) && !Number.isFinite(Number(value));
    return plain ? value : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${flow(v)}`).join(', ')}}`;
  return String(value);
}

function shorten(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A reference's place as the field paths show it: `approaches[].estimates{key}`. */
function pathText(at: PathPattern): string {
  return at.map((s, i) => (s === '*' ? '[]' : s === '{key}' ? '{key}' : i === 0 ? String(s) : `.${String(s)}`)).join('');
}

/** Every field of a kind, depth first, in schema order. `docs` are example documents of the kind. */
export function fieldRows(kind: SchemaName, docs: readonly unknown[] = []): FieldRow[] {
  const en = jsonSchemaOf(kind, 'en');
  const zh = jsonSchemaOf(kind, 'zh');
  const rows: FieldRow[] = [];
  /** Adds the rows of an object's fields; returns an example of the object built from its fields' examples. */
  const walk = (nodeEn: Json, nodeZh: Json, path: string[]): Json => {
    const props = nodeEn.properties as Record<string, Json>;
    const propsZh = nodeZh.properties as Record<string, Json>;
    const required = new Set((nodeEn.required as string[] | undefined) ?? []);
    const built: Json = {};
    for (const [name, field] of Object.entries(props)) {
      const fieldZh = propsZh[name]!;
      const steps = [...path, name];
      const found = docs.flatMap((d) => valuesAt(d, steps)).find((v) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0));
      const row: FieldRow = {
        path: pathText(steps.map((s) => (s === '[]' ? '*' : s))),
        type: typeOf(field),
        required: required.has(name),
        description: { en: String(field.description ?? ''), zh: String(fieldZh.description ?? '') },
      };
      rows.push(row);
      const inner = fieldsOf(field);
      // An object nobody wrote in the examples is shown with its fields' examples.
      const fromFields = inner ? walk(inner, fieldsOf(fieldZh)!, isList(field) ? [...steps, '[]'] : steps) : undefined;
      const example = found ?? (field.examples as unknown[] | undefined)?.[0] ?? field.default ?? (Array.isArray(field.enum) ? field.enum[0] : undefined)
        ?? (fromFields && Object.keys(fromFields).length > 0 ? (isList(field) ? [fromFields] : fromFields) : undefined);
      if (example !== undefined) {
        row.example = shorten(flow(example));
        built[name] = example;
      }
    }
    return built;
  };
  walk(en, zh, []);
  return rows;
}

/** A table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');

function table(rows: readonly FieldRow[]): string[] {
  return [
    '| field | type | required | description | 说明 | example |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.path}\` | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${cell(r.description.en)} | ${cell(r.description.zh)} | ${r.example === undefined ? '' : `\`${r.example.replace(/\|/g, '\\|').replace(/`/g, "'")}\``} |`),
  ];
}

/**
 * docs/kinds.md. `examples` are documents of each kind from the example workspaces: the first
 * value found for a field is its example.
 */
export function kindsReference(examples: ReadonlyMap<SchemaName, readonly unknown[]>): string {
  const out: string[] = [
    '<!-- Generated from the kinds\' zod schemas (src/kinds/reference.ts): do not edit; run `npm run docs`. -->',
    '',
    '# Spec file kinds: the field reference',
    '',
    'Every spec file is one YAML document of one kind. This page lists, for each kind, every field:',
    'its type, whether it is required, what it means (in English and Chinese: `aipm schema` writes the',
    'same descriptions into the JSON Schemas editors read, in the workspace\'s language) and an example',
    'from the example workspaces. A field inside a list is written `list[].field`. Keys starting with',
    '`x-` are extensions, kept and ignored, at any depth; any other unknown key is an error.',
    '',
    `Kinds: ${KIND_NAMES.map((k) => `[${k}](#${k})`).join(', ')}; and the [organisation file](#organisation-file) a product's \`extends:\` names.`,
    '',
    '## Every file',
    '',
    'Each file starts with the same fields, then the body of its kind.',
    '',
    ...table(fieldRows('metrics', examples.get('metrics')).filter((r) => ENVELOPE.includes(r.path))
      .map((r) => (r.path === 'kind' ? { ...r, type: 'the name of a kind (below)' } : r))),
  ];
  for (const kind of KIND_NAMES) {
    const def = kinds[kind];
    out.push('', `## ${kind}`, '', `${def.title.en} · ${def.title.zh}`, '');
    const items = Object.entries(def.items);
    if (items.length > 0) {
      out.push(`Items with ids: ${items.map(([item, d]) => `${d.label.en} (${d.list ? `\`${d.list}[]\`` : 'the file itself'}${d.prefix ? `, ids \`${d.prefix}…\` by convention` : ''})`).join('; ')}.`, '');
    }
    if (def.refs.length > 0) {
      const refs = def.refs.map((r) => `\`${pathText(r.at)}\` → ${r.to === 'any' ? 'any id' : itemLabel(r.to).en}${r.sameFile ? ' of this file' : ''}`);
      out.push(`References: ${refs.join(', ')}.`, '');
    }
    out.push(...table(fieldRows(kind, examples.get(kind)).filter((r) => !ENVELOPE.includes(r.path))));
  }
  out.push(
    '',
    '## organisation file',
    '',
    `${ORGANISATION_TITLE.en} · ${ORGANISATION_TITLE.zh}: no envelope, no \`kind\`; named by \`extends:\` in a product's \`aipm.yaml\`.`,
    'Its `metrics[]` have the fields of a metrics file\'s items (above). See [organisation.md](organisation.md).',
    '',
    ...table(fieldRows('organisation', examples.get('organisation')).filter((r) => !r.path.startsWith('metrics[].'))),
  );
  return `${out.join('\n')}\n`;
}
