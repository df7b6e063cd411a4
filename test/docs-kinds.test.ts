import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isKindName, KIND_NAMES } from '../src/kinds/index.js';
import { jsonSchemaOf, type SchemaName } from '../src/kinds/json-schema.js';
import { fieldRows, kindsReference } from '../src/kinds/reference.js';
import { schema } from '../src/commands/schema.js';
import { lintMarkdown } from './clients.js';
import { EN_EXAMPLE, exampleSpecs, ROOT, writeWorkspace, ZH_EXAMPLE } from './helpers.js';

/** The example workspaces' documents, by kind: the reference takes its examples from them. */
function examples(): Map<SchemaName, unknown[]> {
  const byKind = new Map<SchemaName, unknown[]>([['organisation', [parse(readFileSync(join(ROOT, 'examples', 'monorepo', 'org.yaml'), 'utf8'))]]]);
  for (const example of [EN_EXAMPLE, ZH_EXAMPLE]) {
    for (const text of Object.values(exampleSpecs(example))) {
      const data = parse(text) as { kind?: unknown };
      if (isKindName(data?.kind)) byKind.set(data.kind, [...(byKind.get(data.kind) ?? []), data]);
    }
  }
  // The organisation file's metrics have the metrics kind's fields: their examples too.
  byKind.set('organisation', [...byKind.get('organisation')!, ...byKind.get('metrics')!]);
  return byKind;
}

const PAGE = join(ROOT, 'docs', 'kinds.md');
const CJK = /[\u4e00-\u9fff]/u;

describe('docs/kinds.md, the field reference', () => {
  it('is the one generated from the kinds\' schemas (npm run docs rewrites it)', () => {
    const page = kindsReference(examples());
    if (process.env.UPDATE_DOCS) writeFileSync(PAGE, page);
    expect(readFileSync(PAGE, 'utf8'), 'docs/kinds.md is stale: run `npm run docs`').toBe(page);
    expect(lintMarkdown('docs/kinds.md', page)).toEqual([]);
  });

  it('describes every field of every kind in both languages, with its type and an example', () => {
    const docs = examples();
    for (const kind of [...KIND_NAMES, 'organisation' as const]) {
      for (const row of fieldRows(kind, docs.get(kind))) {
        const where = `${kind} ${row.path}`;
        expect(row.description.en, where).toMatch(/\w/);
        expect(row.description.zh, where).toMatch(CJK);
        expect(row.description.zh, where).not.toBe(row.description.en);
        expect(row.type, where).not.toBe('any');
        expect(row.example, where).toBeDefined();
      }
    }
  });

  it('explains baseline: the value before the change, the reference of a relative target', () => {
    const baseline = fieldRows('metrics').find((r) => r.path === 'metrics[].baseline')!;
    expect(baseline).toMatchObject({ type: 'number', required: false });
    expect(baseline.description.en).toMatch(/current value, before the change.*relative target/);
    expect(baseline.description.zh).toMatch(/改动之前.*相对目标/);
  });

  it('reads types, requiredness and examples from the schema and the examples', () => {
    const rows = new Map(fieldRows('metrics', examples().get('metrics')).map((r) => [r.path, r]));
    expect(rows.get('metrics[].id')).toMatchObject({ type: 'id', required: true });
    expect(rows.get('metrics[].layer')).toMatchObject({ type: 'one of: business, model, system, guardrail, feedback', required: true });
    expect(rows.get('metrics[].red_line.target')).toMatchObject({ required: true });
    expect(rows.get('metrics[].red_line')).toMatchObject({ type: 'object', required: false });
    expect(rows.get('metrics[].min_samples')).toMatchObject({ type: 'integer ≥ 1' });
    expect(rows.get('updated')).toMatchObject({ type: 'date (YYYY-MM-DD)', required: true });
    expect(rows.get('metrics[].unit')!.example).toMatch(/\S/);
    const solution = new Map(fieldRows('solution').map((r) => [r.path, r]));
    expect(solution.get('approaches[].estimates')).toMatchObject({ type: 'map: id → number' });
  });
});

describe('the JSON Schemas carry the descriptions in the language asked for', () => {
  /** Every `description` in a schema, by where it stands. */
  function descriptions(node: unknown, at = '', out = new Map<string, string>()): Map<string, string> {
    if (Array.isArray(node)) node.forEach((n, i) => descriptions(n, `${at}/${i}`, out));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'description' && typeof v === 'string') out.set(at, v);
        else descriptions(v, `${at}/${k}`, out);
      }
    }
    return out;
  }

  it.each([...KIND_NAMES, 'organisation' as const])('%s: the same places described in zh and en, no internal keys left, ajv compiles both', (kind) => {
    const en = jsonSchemaOf(kind, 'en');
    const zh = jsonSchemaOf(kind, 'zh');
    const [den, dzh] = [descriptions(en), descriptions(zh)];
    expect([...dzh.keys()]).toEqual([...den.keys()]);
    for (const [at, text] of dzh) {
      expect(text, at).toMatch(CJK);
      expect(den.get(at), at).toMatch(/[a-z]{2}/i);
    }
    expect(JSON.stringify(zh)).not.toContain('x-aipm');
    const ajv = new Ajv({ strict: true, strictTypes: false, strictTuples: false, allowMatchingProperties: true });
    expect(() => ajv.compile(en)).not.toThrow();
    expect(() => ajv.compile(zh)).not.toThrow();
  });
});

describe('aipm schema --lang', () => {
  const participants = (dir: string) =>
    (JSON.parse(readFileSync(join(dir, 'schemas', 'review.json'), 'utf8')) as { properties: { participants: { description: string } } }).properties.participants.description;

  it('writes the descriptions in the language asked for, and --check holds the files to it', async () => {
    const dir = writeWorkspace({});
    await schema({ cwd: dir, out: 'schemas', lang: 'zh', env: {} });
    expect(participants(dir)).toBe('参会人');
    expect((await schema({ cwd: dir, out: 'schemas', lang: 'zh', check: true, env: {} })).exitCode).toBe(0);
    const stale = await schema({ cwd: dir, out: 'schemas', lang: 'en', check: true, env: {} });
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toContain('aipm schema --out schemas --lang en');
    await schema({ cwd: dir, out: 'schemas', lang: 'en', env: {} });
    expect(participants(dir)).toBe('Who took part');
  });

  it('follows the workspace\'s lang by default, and refuses a language it does not have', async () => {
    // The examples keep their schemas in their own language: zh for the zh example.
    expect((await schema({ cwd: ZH_EXAMPLE, check: true, env: {} })).exitCode).toBe(0);
    expect((await schema({ cwd: EN_EXAMPLE, check: true, env: {} })).exitCode).toBe(0);
    const zhSchema = JSON.parse(readFileSync(join(ZH_EXAMPLE, '.aipm', 'schemas', 'review.json'), 'utf8')) as { properties: { date: { description: string } } };
    expect(zhSchema.properties.date.description).toBe('评审会日期，YYYY-MM-DD');
    await expect(schema({ cwd: writeWorkspace({}), lang: 'fr', env: {} })).rejects.toMatchObject({ msg: 'error.badLang' });
  });
});
