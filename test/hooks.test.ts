import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { preCommit } from '../src/commands/pre-commit.js';
import { render } from '../src/commands/render.js';
import { call, EN_EXAMPLE, readTree, ROOT, writeWorkspace } from './helpers.js';

// The pre-commit hooks: their declaration, and the command they run (`aipm pre-commit`), on a
// repository of two products. Installing them with pre-commit itself is in pre-commit.e2e.test.ts.

/** The English example under `folder`, its specs kept in `specsDir`. */
function product(folder: string, specsDir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(readTree(EN_EXAMPLE)).flatMap(([path, text]): [string, string][] => {
    if (path.startsWith('docs/')) return [];
    if (path === 'aipm.yaml') return [[`${folder}/aipm.yaml`, text.replace('specs: specs', `specs: ${specsDir}`).replace('id: claim-triage', `id: ${folder.split('/').at(-1)}`)]];
    return [[`${folder}/${path.replace(/^specs\//, `${specsDir}/`)}`, text]];
  }));
}

/** A repository: `products/clean` keeps its specs in `plan/`, `products/broken` has a misspelt field. */
function monorepo(): string {
  const broken = product('products/broken', 'specs');
  broken['products/broken/specs/requirements.yaml'] = broken['products/broken/specs/requirements.yaml']!.replace('    priority: P0', '    prioritty: P0');
  const dir = writeWorkspace({
    ...product('products/clean', 'plan'),
    ...broken,
    'products/clean/notes/ideas.yaml': 'not: a spec\n',
    '.github/workflows/ci.yml': 'on: push\n',
  });
  mkdirSync(join(dir, '.git'));
  return dir;
}

describe('aipm pre-commit: the products of the files it is given', () => {
  const dir = monorepo();
  const hook = (check: 'validate' | 'render', files: string[]) => call(preCommit, { cwd: dir, check, files });

  it('checks a product whose specs folder is not specs/, from a file in it or its aipm.yaml', async () => {
    for (const file of ['products/clean/plan/metrics.yaml', 'products/clean/aipm.yaml']) {
      const r = await hook('validate', [file]);
      // Only the clean product's nine files, named: the broken one would fail.
      expect(r, file).toEqual({ code: 0, stdout: 'products/clean/aipm.yaml: no problems in 9 files\n\nno problems in 9 files\n', stderr: '' });
    }
  });

  it('passes over files of no product: another tool\'s YAML, a file beside the specs', async () => {
    expect(await hook('validate', ['.github/workflows/ci.yml', 'products/clean/notes/ideas.yaml', 'README.md'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('fails on the broken product with the finding at its line, from the repository root, each product once', async () => {
    const r = await hook('validate', ['products/broken/specs/metrics.yaml', 'products/broken/specs/requirements.yaml', 'products/clean/plan/metrics.yaml']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^products\/broken\/specs\/requirements\.yaml:12:5 /m);
    expect(r.stdout.match(/products\/broken\/aipm\.yaml|products\/broken\b.*\n/g)?.length).toBeGreaterThan(0);
    expect(r.stdout.match(/^.*products\/clean.*$/gm)).toHaveLength(1);
  });

  it('reports a product whose aipm.yaml is bad (exit 2), from any file in its folder', async () => {
    const bad = writeWorkspace({ ...product('p', 'specs'), 'p/aipm.yaml': 'version: 1\nproduct: [\n' });
    mkdirSync(join(bad, '.git'));
    const r = await call(preCommit, { cwd: bad, check: 'validate', files: ['p/specs/metrics.yaml'] });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/p\/aipm\.yaml/);
  });

  it('an organisation file brings the products that extend it; a broken one is reported on them', async () => {
    const org = writeWorkspace({ ...readTree(join(ROOT, 'examples', 'monorepo')), 'notes.yaml': 'a: 1\n' });
    mkdirSync(join(org, '.git'));
    const run = (files: string[]) => call(preCommit, { cwd: org, check: 'validate', files });
    const r = await run(['org.yaml']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^claims-en\/aipm\.yaml: /m);
    expect(r.stdout).toMatch(/^eta-zh\/aipm\.yaml: /m);
    expect(await run(['notes.yaml'])).toMatchObject({ code: 0, stdout: '' });
    writeFileSync(join(org, 'org.yaml'), 'version: [\n');
    expect((await run(['org.yaml'])).code).toBe(2);
  });

  it('render: fails while a product\'s documents are not rendered, passes once they are', async () => {
    const r = await hook('render', ['products/clean/plan/metrics.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^products\/clean\/\n/);
    await call(render, { cwd: join(dir, 'products', 'clean'), packet: true });
    expect(await hook('render', ['products/clean/docs/aipm/metrics.md'])).toMatchObject({ code: 0, stdout: 'products/clean/\ndocs/aipm is up to date (10 documents)\n' });
    // validate does not look at the rendered documents.
    expect(await hook('validate', ['products/clean/docs/aipm/metrics.md'])).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('the pre-commit hooks\' declaration', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; pass_filenames?: boolean; files: string; require_serial?: boolean }[];
  const byId = new Map(hooks.map((h) => [h.id, h]));

  it('passes every staged YAML file to aipm, which decides what belongs to a product', () => {
    const validate = byId.get('aipm-validate')!;
    expect(validate).toMatchObject({ entry: 'aipm pre-commit validate', language: 'node', require_serial: true });
    expect(validate.pass_filenames ?? true).toBe(true);
    const files = new RegExp(validate.files);
    for (const path of ['aipm.yaml', 'products/a/aipm.yaml', 'plan/x.yml', 'a/b/c/d.yaml']) expect(files.test(path), path).toBe(true);
    for (const path of ['README.md', 'src/index.ts', 'yaml']) expect(files.test(path), path).toBe(false);
  });

  it('the render check also runs on the rendered Markdown and the templates', () => {
    const renderCheck = byId.get('aipm-render-check')!;
    expect(renderCheck).toMatchObject({ entry: 'aipm pre-commit render', require_serial: true });
    const files = new RegExp(renderCheck.files);
    for (const path of ['docs/aipm/metrics.md', 'specs/metrics.yaml', 'templates/spec.hbs']) expect(files.test(path), path).toBe(true);
  });

  it('at the root of many products, a render check of them all and the portfolio page', () => {
    expect(byId.get('aipm-render-check-all')).toMatchObject({ entry: 'aipm render --all --packet --check', pass_filenames: false });
  });
});
