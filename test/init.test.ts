import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { init } from '../src/commands/init.js';
import { newSpec, nextId } from '../src/commands/new.js';
import { schema } from '../src/commands/schema.js';
import { render } from '../src/commands/render.js';
import { validate } from '../src/commands/validate.js';
import { KIND_NAMES } from '../src/kinds/index.js';
import { PRODUCT_TYPES } from '../src/model/config.js';
import { UserError } from '../src/errors.js';
import { t } from '../src/i18n/index.js';
import { EN_EXAMPLE, ROOT, TODAY, ZH_EXAMPLE, readTree, writeWorkspace } from './helpers.js';
import { lintMarkdown, mermaidBlocks, parseMermaid } from './clients.js';

const env = { AIPM_TODAY: TODAY, USER: 'tester' } as NodeJS.ProcessEnv;
const tmp = () => mkdtempSync(join(tmpdir(), 'aipm-init-'));

function ajvFor(dir: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validators = Object.fromEntries([...KIND_NAMES, 'organisation'].map((k) => [k, ajv.compile(JSON.parse(readFileSync(join(dir, '.aipm/schemas', `${k}.json`), 'utf8')))]));
  return (kind: string, text: string) => {
    const v = validators[kind]!;
    const ok = v(parse(text));
    return ok ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

describe('aipm init', () => {
  for (const type of PRODUCT_TYPES) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${type} (${lang}) validates clean, passes its JSON Schemas and renders lint-clean`, async () => {
        const dir = tmp();
        const r = await init({ cwd: dir, yes: true, name: lang === 'zh' ? '智能助手' : 'Smart Helper', lang, type, owner: '李娜 "Lina"', env });
        expect(r.exitCode).toBe(0);
        const v = await validate({ cwd: dir, strict: true, env, format: 'json' });
        const findings = JSON.parse(v.stdout).findings as { rule: string; severity: string; file: string }[];
        // The blank starter is a plan still to write: its files with no items yet say so, and nothing else is found.
        if (type === 'blank') {
          expect(findings.length).toBeGreaterThan(0);
          expect([...new Set(findings.map((f) => `${f.rule} ${f.severity}`))]).toEqual(['placeholder warning']);
          // The example prose in the solution (the task, its input and output, the approach) is marked for replacing too.
          expect(findings.filter((f) => f.file === 'specs/solution.yaml').length).toBeGreaterThanOrEqual(4);
        }
        // A starter that ships where regulation items apply starts with one open check per item: those say they are open, and nothing else is found.
        else if (existsSync(join(dir, 'specs/compliance.yaml'))) {
          expect(findings.length).toBeGreaterThan(0);
          expect([...new Set(findings.map((f) => `${f.rule} ${f.severity}`))]).toEqual(['regulation-coverage warning']);
        }
        else expect(findings).toEqual([]);
        const check = ajvFor(dir);
        for (const [path, text] of Object.entries(readTree(join(dir, 'specs')))) {
          expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../.aipm/schemas/${path.replace('.yaml', '')}.json`);
          expect(check(path.replace('.yaml', ''), text), path).toEqual([]);
        }
        expect((await render({ cwd: dir, packet: true })).exitCode).toBe(0);
        const docs = readTree(join(dir, 'docs/aipm'));
        for (const [name, text] of Object.entries(docs)) expect(lintMarkdown(name, text)).toEqual([]);
        for (const block of mermaidBlocks(docs['packet.md']!)) await parseMermaid(block);
      });
    }
  }

  it('derives the product id from the name, or from the folder when the name has no ASCII letters', async () => {
    const dir = tmp();
    await init({ cwd: dir, dir: 'smart-cs', yes: true, name: '智能客服', lang: 'zh', env });
    expect(readFileSync(join(dir, 'smart-cs/aipm.yaml'), 'utf8')).toContain('  id: smart-cs\n  name: "智能客服"\n');
    await init({ cwd: dir, dir: 'b', yes: true, name: 'Order Helper 2', env });
    expect(readFileSync(join(dir, 'b/aipm.yaml'), 'utf8')).toContain('  id: order-helper-2\n');
  });

  it('re-running changes nothing and exits 2 naming the files; --force overwrites', async () => {
    const dir = tmp();
    await init({ cwd: dir, yes: true, type: 'recommendation', lang: 'en', owner: 'A', env });
    writeFileSync(join(dir, 'specs/metrics.yaml'), 'my edits\n');
    const before = readTree(dir);
    await expect(init({ cwd: dir, yes: true, type: 'blank', env })).rejects.toMatchObject({ msg: 'error.exists', params: { files: expect.stringContaining('specs/metrics.yaml') } });
    expect(readTree(dir)).toEqual(before);
    await init({ cwd: dir, yes: true, type: 'blank', lang: 'en', owner: 'A', force: true, env });
    expect(readFileSync(join(dir, 'specs/metrics.yaml'), 'utf8')).toContain('\nmetrics:\n# Example metrics');
  });

  it('bad flags are user errors', async () => {
    await expect(init({ cwd: tmp(), yes: true, type: 'chatbot', env })).rejects.toMatchObject({ msg: 'error.badType' });
    await expect(init({ cwd: tmp(), yes: true, lang: 'fr', env })).rejects.toMatchObject({ msg: 'error.badLang' });
    await expect(init({ cwd: tmp(), yes: true, id: 'Bad Id', env })).rejects.toMatchObject({ msg: 'error.badProductId' });
  });
});

describe('aipm schema', () => {
  it('writes one schema per kind that ajv compiles; the examples\' specs pass them and a misspelled key fails', async () => {
    const dir = tmp();
    const r = await schema({ cwd: dir, env });
    // One per kind, and the organisation file's.
    expect(r.stdout).toContain('10 JSON Schemas in .aipm/schemas (10 written)');
    const check = ajvFor(dir);
    for (const example of [EN_EXAMPLE, ZH_EXAMPLE]) {
      for (const [path, text] of Object.entries(readTree(join(example, 'specs')))) expect(check(path.replace('.yaml', ''), text), path).toEqual([]);
    }
    const org = readFileSync(join(ROOT, 'examples', 'monorepo', 'org.yaml'), 'utf8');
    expect(check('organisation', org)).toEqual([]);
    expect(check('organisation', org.replace('required:', 'requried:'))).toContain(' must NOT have additional properties');
    const metrics = readFileSync(join(EN_EXAMPLE, 'specs/metrics.yaml'), 'utf8');
    expect(check('metrics', metrics.replace('    definition: Median', '    defintion: Median'))).toContain('/metrics/0 must NOT have additional properties');
    expect(check('metrics', metrics.replace('    definition: Median', '    x-note: fine\n    definition: Median'))).toEqual([]);
    expect(check('metrics', metrics.replace('target: ">= 88%"', 'target: high'))).not.toEqual([]);
  });

  it('--check reports missing or stale files; files aipm did not write are kept unless --force', async () => {
    const dir = tmp();
    expect((await schema({ cwd: dir, check: true, env })).exitCode).toBe(1);
    await schema({ cwd: dir, env });
    expect((await schema({ cwd: dir, check: true, env })).exitCode).toBe(0);
    writeFileSync(join(dir, '.aipm/schemas/review.json'), '{}\n');
    expect((await schema({ cwd: dir, check: true, env })).stdout).toContain('.aipm/schemas/review.json');
    await expect(schema({ cwd: dir, env })).rejects.toMatchObject({ msg: 'error.exists' });
    await schema({ cwd: dir, env, force: true });
    expect((await schema({ cwd: dir, check: true, env })).exitCode).toBe(0);
  });

  it('the examples\' committed schemas are current', async () => {
    for (const example of [EN_EXAMPLE, ZH_EXAMPLE]) expect((await schema({ cwd: example, check: true, env })).exitCode).toBe(0);
  });
});

describe('aipm new', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`every kind (${lang}) gets a skeleton that passes the schema, with the next free id`, async () => {
      const dir = tmp();
      await init({ cwd: dir, yes: true, type: 'customer-service', lang, owner: 'O', env });
      const check = ajvFor(dir);
      for (const kind of KIND_NAMES) {
        const r = await newSpec({ cwd: dir, kind, env });
        expect(r.exitCode).toBe(0);
        const file = kind === 'launch-plan' || kind === 'compliance' || kind === 'review' || kind === 'evaluation' ? `specs/${kind}.yaml` : `specs/${kind}-2.yaml`;
        const text = readFileSync(join(dir, file), 'utf8');
        expect(check(kind, text), file).toEqual([]);
      }
      const v = JSON.parse((await validate({ cwd: dir, format: 'json', env })).stdout);
      // Skeletons are drafts: no errors, and every reference points at an id the workspace has.
      expect(v.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
      expect(readFileSync(join(dir, 'specs/requirements-2.yaml'), 'utf8')).toContain('  - id: REQ-1\n');
      expect(readFileSync(join(dir, 'specs/metrics-2.yaml'), 'utf8')).toContain('  - id: M-1\n');
    });
  }

  it('counts up from the highest id in use, and honours --id, --title, --file and --force', async () => {
    expect(nextId('REQ-', ['REQ-1', 'REQ-7', 'REQ-X', 'M-9'])).toBe('REQ-8');
    const dir = writeWorkspace({ 'aipm.yaml': 'version: 1\nproduct: {id: p, name: P, owner: O}\nlang: en\n' });
    await newSpec({ cwd: dir, kind: 'review', env });
    await newSpec({ cwd: dir, kind: 'review', env });
    expect(readFileSync(join(dir, 'specs/review-2.yaml'), 'utf8')).toContain('  - id: D-2\n');
    await newSpec({ cwd: dir, kind: 'compliance', id: 'C-PIPL', title: 'PIPL review', file: 'specs/legal/pipl.yaml', env });
    const text = readFileSync(join(dir, 'specs/legal/pipl.yaml'), 'utf8');
    expect(text).toContain('# yaml-language-server: $schema=../../.aipm/schemas/compliance.json\n');
    expect(text).toContain('title: "PIPL review"');
    expect(text).toContain('  - id: C-PIPL\n');
    await expect(newSpec({ cwd: dir, kind: 'compliance', file: 'specs/legal/pipl.yaml', env })).rejects.toMatchObject({ msg: 'error.exists' });
    await newSpec({ cwd: dir, kind: 'compliance', file: 'specs/legal/pipl.yaml', force: true, id: 'C-2', env });
    expect(readFileSync(join(dir, 'specs/legal/pipl.yaml'), 'utf8')).toContain('  - id: C-2\n');
    await expect(newSpec({ cwd: dir, kind: 'compliance', id: 'C-2', env })).rejects.toMatchObject({ msg: 'error.idTaken' });
    const badKind = await newSpec({ cwd: dir, kind: 'reveiw', env }).catch((e: UserError) => e);
    expect(badKind).toMatchObject({ msg: 'error.badKind' });
    expect(t('en', (badKind as UserError).msg, (badKind as UserError).params)).toContain('unknown kind `reveiw`; did you mean `review`?');
  });
});
