import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../src/commands/render.js';
import { GENERATED_MARK } from '../src/render/index.js';
import { lintMarkdown } from './clients.js';
import { EN_EXAMPLE, ROOT, ZH_EXAMPLE, call, readTree, writeWorkspace } from './helpers.js';

const EN = { LANG: 'en_US.UTF-8', LC_ALL: '' };
const ZH = { LANG: 'zh_CN.UTF-8', LC_ALL: '' };

/** A repository with two products (en in claims/, zh in eta/), their documents not yet rendered, and what `more` adds. */
function monorepo(more: Record<string, string> = {}): string {
  const files: Record<string, string> = {};
  for (const [example, name] of [[EN_EXAMPLE, 'claims'], [ZH_EXAMPLE, 'eta']] as const) {
    for (const [path, text] of Object.entries(readTree(example))) if (!path.startsWith('docs')) files[`${name}/${path}`] = text;
  }
  return writeWorkspace({ ...files, ...more });
}

/** The link targets of a Markdown page, in order. */
const linksOf = (markdown: string) => [...markdown.matchAll(/(?<!\\)\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

describe('render --all', () => {
  it('renders every product as render does in its folder, then the portfolio page in the current folder, linked to each packet', async () => {
    const root = monorepo();
    const r = await call(render, { cwd: root, all: true, packet: true, today: '2027-01-15' }, EN);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'claims: rendered 10 documents into docs/aipm: 10 written, 0 unchanged, 0 removed',
      'eta: 已将 10 个文档渲染到 docs/aipm：写入 10 个，未变 0 个，删除 0 个',
      'wrote the portfolio of 2 products to aipm-portfolio.md',
      '',
    ]);
    const page = readFileSync(join(root, 'aipm-portfolio.md'), 'utf8');
    expect(page.split('\n')).toEqual([
      GENERATED_MARK,
      '',
      '# Portfolio',
      '',
      'As of 2027-01-15.',
      '',
      '| Product | Errors | Warnings | Next milestone | Due | Failing | Rollout |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| [ClaimLens photo triage (claim-triage)](claims/docs/aipm/packet.md) | 0 | 2 | MS-MODEL-V1 | 2026-12-04 overdue | — | starts 2027-01-18 |',
      '| [外卖送达时间预估 (delivery-eta)](eta/docs/aipm/packet.md) | 0 | 3 | MS-MODEL | 2026-12-04 overdue | M-ETA-MAE | 2/4 20% 三城市, to 2027-01-17 |',
      '',
      '2 products: 0 errors, 5 warnings, 1 failing metric',
      '',
    ]);
    expect(lintMarkdown('aipm-portfolio.md', page)).toEqual([]);
    for (const link of linksOf(page)) expect(existsSync(join(root, decodeURIComponent(link))), link).toBe(true);
    // Each product's packet is the one render writes in its folder.
    const alone = writeWorkspace(readTree(join(root, 'claims')));
    rmSync(join(alone, 'docs'), { recursive: true, force: true });
    await call(render, { cwd: alone, packet: true, today: '2027-01-15' });
    expect(readFileSync(join(root, 'claims/docs/aipm/packet.md'), 'utf8')).toBe(readFileSync(join(alone, 'docs/aipm/packet.md'), 'utf8'));
  });

  it('speaks the environment\'s language (--lang, else LANG); without --today the date is the newest `updated` of all products', async () => {
    const root = monorepo();
    const zh = await call(render, { cwd: root, all: true }, ZH);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('已将 2 个产品的产品组合写入 aipm-portfolio.md');
    const page = readFileSync(join(root, 'aipm-portfolio.md'), 'utf8');
    expect(page).toContain('# 产品组合');
    expect(page).toContain('| 产品 | 错误 | 警告 | 下一里程碑 | 截止 | 未达标指标 | 放量 |');
    // Without --packet each product links to its documents' folder.
    expect(linksOf(page)).toEqual(['claims/docs/aipm/', 'eta/docs/aipm/']);
    const newest = [...Object.values(readTree(join(root, 'claims/specs'))), ...Object.values(readTree(join(root, 'eta/specs')))].map((t) => /^updated: (\S+)/m.exec(t)?.[1] ?? '').sort().at(-1);
    expect(page).toContain(`截至 ${newest}。`);
    const en = await call(render, { cwd: root, all: true, lang: 'en' }, ZH);
    expect(en.stdout).toContain('wrote the portfolio of 2 products to aipm-portfolio.md');
  });

  it('--check writes nothing and lists what is stale in every product and the page (exit 1); after render, exit 0', async () => {
    const root = monorepo();
    const before = await call(render, { cwd: root, all: true, packet: true, check: true, today: '2027-01-15' }, EN);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('claims:\n  missing   docs/aipm/compliance.md\n');
    expect(before.stdout).toContain('  missing   docs/aipm/solution.md\n  docs/aipm is out of date: run `aipm render --packet` and commit the result\neta:\n');
    expect(before.stdout).toContain('missing   aipm-portfolio.md\naipm-portfolio.md is out of date: run `aipm render --all --packet` and commit the result');
    expect(existsSync(join(root, 'aipm-portfolio.md'))).toBe(false);
    await call(render, { cwd: root, all: true, packet: true, today: '2027-01-15' }, EN);
    const after = await call(render, { cwd: root, all: true, packet: true, check: true, today: '2027-01-15' }, EN);
    expect(after.code).toBe(0);
    expect(after.stdout.trimEnd().split('\n').at(-1)).toBe('aipm-portfolio.md is up to date (2 products)');
    // A product changes: its documents and the page (its row) are stale.
    const evaluation = join(root, 'claims/specs/evaluation.yaml');
    writeFileSync(evaluation, readFileSync(evaluation, 'utf8').replace('    value: 89.4', '    value: 86.0'));
    const stale = await call(render, { cwd: root, all: true, packet: true, check: true, today: '2027-01-15', force: true }, EN);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('claims:\n  changed   docs/aipm/evaluation.md\n');
    expect(stale.stdout).toContain('changed   aipm-portfolio.md');
  });

  it('--out puts the page in another folder, its links leading back; --out outside the folder or without --all is exit 2', async () => {
    const root = monorepo();
    const r = await call(render, { cwd: root, all: true, packet: true, out: 'site/reviews', today: '2027-01-15' }, EN);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote the portfolio of 2 products to site/reviews/aipm-portfolio.md');
    const page = readFileSync(join(root, 'site/reviews/aipm-portfolio.md'), 'utf8');
    expect(linksOf(page)).toEqual(['../../claims/docs/aipm/packet.md', '../../eta/docs/aipm/packet.md']);
    for (const link of linksOf(page)) expect(existsSync(resolve(root, 'site/reviews', link)), link).toBe(true);
    expect(existsSync(join(root, 'aipm-portfolio.md'))).toBe(false);
    const outside = await call(render, { cwd: join(root, 'claims'), all: true, out: '../elsewhere' }, EN);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('--out ../elsewhere');
    // Not in a product's documents folder, where that product's render removes what it did not render.
    const inside = await call(render, { cwd: root, all: true, out: 'claims/docs/aipm' }, EN);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('the portfolio page claims/docs/aipm/aipm-portfolio.md would be in claims/docs/aipm, the documents folder of claims/aipm.yaml');
    expect(existsSync(join(root, 'claims/docs/aipm/aipm-portfolio.md'))).toBe(false);
    const alone = await call(render, { cwd: join(root, 'claims'), out: 'site' }, EN);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--out site names the folder of the portfolio page: use it with --all');
  });

  it('never overwrites a page the user wrote without --force', async () => {
    const root = monorepo({ 'aipm-portfolio.md': '# Our own notes\n' });
    const r = await call(render, { cwd: root, all: true }, EN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('aipm-portfolio.md exists and was not written by aipm');
    expect(readFileSync(join(root, 'aipm-portfolio.md'), 'utf8')).toBe('# Our own notes\n');
    expect((await call(render, { cwd: root, all: true, force: true }, EN)).code).toBe(0);
    expect(readFileSync(join(root, 'aipm-portfolio.md'), 'utf8')).toMatch(/^<!-- generated by aipm -->\n/);
  });

  it('a product whose aipm.yaml is broken: said (exit 2), a row on the page; the others still render', async () => {
    const root = monorepo({ 'broken/aipm.yaml': 'version: 1\nproduct: {id: broken, name: B, owner: o}\nlnag: en\n' });
    const r = await call(render, { cwd: root, all: true, packet: true, today: '2027-01-15' }, EN);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('broken:\n  aipm.yaml is not valid:\n  aipm.yaml:3:1 unknown key `lnag`');
    expect(existsSync(join(root, 'claims/docs/aipm/packet.md'))).toBe(true);
    expect(existsSync(join(root, 'eta/docs/aipm/packet.md'))).toBe(true);
    const page = readFileSync(join(root, 'aipm-portfolio.md'), 'utf8');
    expect(page).toContain('| broken/aipm.yaml: not checked: aipm.yaml is not valid: aipm.yaml:3:1 unknown key `lnag`; did you mean `lang`? | — | — | — | — | — | — |');
    expect(page).toContain('3 products: 0 errors, 5 warnings, 1 failing metric; 1 product could not be read');
    expect(lintMarkdown('aipm-portfolio.md', page)).toEqual([]);
  });

  it('escapes a hostile product name and folder on the page: the table holds, no HTML, no control character, the link still leads there', async () => {
    const hostile = 'Evil | <script>alert(1)</script> ](javascript:x) *bold* \u001b[2J\u202e`code`';
    const folder = 'a (b) [c] #d';
    const files: Record<string, string> = {};
    for (const [path, text] of Object.entries(readTree(EN_EXAMPLE))) if (!path.startsWith('docs')) files[`${folder}/${path}`] = path === 'aipm.yaml' ? text.replace('name: ClaimLens photo triage', `name: ${JSON.stringify(hostile)}`) : text;
    const root = writeWorkspace(files);
    const r = await call(render, { cwd: root, all: true, packet: true, today: '2027-01-15' }, EN);
    expect(r.code).toBe(0);
    const page = readFileSync(join(root, 'aipm-portfolio.md'), 'utf8');
    expect(lintMarkdown('aipm-portfolio.md', page)).toEqual([]);
    const row = page.split('\n').find((l) => l.includes('claim-triage'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(9);
    expect(page).not.toMatch(/(?<!\\)<script/);
    expect(page).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(page).not.toMatch(/(?<!\\)\]\(javascript/);
    const [link] = linksOf(page);
    expect(existsSync(join(root, decodeURIComponent(link!)))).toBe(true);
  });

  it('the example monorepo\'s committed page and packets are current (the page in English, as --lang en writes it on any machine)', async () => {
    const r = await call(render, { cwd: join(ROOT, 'examples', 'monorepo'), all: true, packet: true, check: true, lang: 'en' }, ZH);
    expect(r.stdout).toContain('aipm-portfolio.md is up to date (2 products)');
    expect(r.code).toBe(0);
    expect(lintMarkdown('aipm-portfolio.md', readFileSync(join(ROOT, 'examples', 'monorepo', 'aipm-portfolio.md'), 'utf8'))).toEqual([]);
  });

  it('--shard k/n renders the share\'s products and leaves the page, which speaks for all, to a run without --shard', async () => {
    const root = monorepo();
    const r = await call(render, { cwd: root, all: true, shard: '2/2' }, EN);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^eta: 已将 \d+ 个文档渲染到 docs\/aipm/);
    expect(r.stdout).toContain('aipm-portfolio.md is not written with --shard: it speaks for every product');
    expect(existsSync(join(root, 'claims/docs'))).toBe(false);
    expect(existsSync(join(root, 'aipm-portfolio.md'))).toBe(false);
    expect((await call(render, { cwd: root, shard: '1/2' }, EN)).code).toBe(2);
    // At the repository's root without --all, render names the products below and points to --all.
    mkdirSync(join(root, '.git'));
    const hint = await call(render, { cwd: root }, EN);
    expect(hint.code).toBe(2);
    expect(hint.stderr).toContain('2 products below it (claims, eta): add `--cwd claims` to work on one; `validate`, `status` and `render` also take `--all`');
  });
});
