import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_CATALOGUE_IDS, builtinCatalogues, CAPABILITIES, findItem, MARKETS, parseCatalogue } from '../src/catalogues/index.js';
import { isRealDate } from '../src/kinds/common.js';
import { BUILTIN_CHECKS, RULE_IDS } from '../src/rules/index.js';
import { ROOT } from './helpers.js';

/** The item ids SPEC.md's "Regulation catalogues" lists, catalogue by catalogue: public API. */
const SPEC_ITEMS = {
  'eu-ai-act': ['EU-AIA-50-1', 'EU-AIA-50-2', 'EU-AIA-50-3', 'EU-AIA-50-4', 'EU-AIA-50-5', 'EU-AIA-9', 'EU-AIA-10', 'EU-AIA-13', 'EU-AIA-14', 'EU-AIA-15', 'EU-AIA-IV-2G', 'EU-AIA-IV-3', 'EU-AIA-IV-4', 'EU-AIA-IV-9'],
  'cn-genai': ['CN-GAI-7', 'CN-GAI-8', 'CN-LABEL-EXPLICIT', 'CN-LABEL-IMPLICIT', 'CN-LABEL-AGREEMENT', 'CN-FILING', 'CN-ALGO-FILING'],
  'cn-pipl': ['CN-PIPL-24', 'CN-PIPL-55'],
};

/** Where an official text may be read: the EU's Official Journal, China's CAC, NPC and national standards. */
const OFFICIAL_HOSTS = ['eur-lex.europa.eu', 'www.cac.gov.cn', 'www.npc.gov.cn', 'openstd.samr.gov.cn', 'std.samr.gov.cn'];

const rawOf = (id: string) => parse(readFileSync(join(ROOT, 'catalogues', `${id}.yaml`), 'utf8')) as { items: Record<string, unknown>[] };

describe('the built-in catalogues', () => {
  const catalogues = builtinCatalogues();

  it('are the three SPEC.md names, each with exactly its item ids, in that order', () => {
    expect(catalogues.map((c) => c.id)).toEqual([...BUILTIN_CATALOGUE_IDS]);
    expect(Object.fromEntries(catalogues.map((c) => [c.id, c.items.map((i) => i.id)]))).toEqual(SPEC_ITEMS);
  });

  it('are shipped in the package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('catalogues');
  });

  it('give every item both titles, both evidence texts, a real date and an official source', () => {
    for (const catalogue of catalogues) {
      expect(isRealDate(catalogue.as_of), catalogue.id).toBe(true);
      expect(catalogue.title.zh && catalogue.title.en).toBeTruthy();
      for (const item of catalogue.items) {
        expect([item.title.zh, item.title.en, item.evidence.zh, item.evidence.en].every((s) => s.trim().length > 3), item.id).toBe(true);
        expect(/[\u4e00-\u9fff]/.test(item.title.zh) && /[\u4e00-\u9fff]/.test(item.evidence.zh), `${item.id} zh is Chinese`).toBe(true);
        expect(isRealDate(item.from), item.id).toBe(true);
        if (item.from_existing) expect(item.from_existing > item.from, item.id).toBe(true);
        for (const source of [item.source, ...(item.also ?? [])]) {
          const url = new URL(source.url);
          expect(OFFICIAL_HOSTS, `${item.id} ${source.url}`).toContain(url.hostname);
          expect(source.act.trim() && source.article.trim()).toBeTruthy();
        }
        expect(item.where, item.id).toContain('compliance.checks');
      }
    }
  });

  it('name only capabilities and markets of the one list (read from the files, not through the schema)', () => {
    for (const id of BUILTIN_CATALOGUE_IDS) {
      for (const item of rawOf(id).items) {
        const applies = item.applies as { markets: string[]; capabilities?: string[]; all?: string[] };
        for (const c of [...(applies.capabilities ?? []), ...(applies.all ?? [])]) expect(CAPABILITIES, `${item.id}`).toContain(c);
        for (const m of applies.markets) expect(MARKETS, `${item.id}`).toContain(m);
      }
    }
  });

  it('use ids no rule or other item has: an id names one thing', () => {
    const ids = catalogues.flatMap((c) => c.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect([...RULE_IDS, ...BUILTIN_CHECKS]).not.toContain(id);
  });

  it('carry the dates of the texts: Art. 50 from 2026-08-02, the labelling measures from 2025-09-01, PIPL from 2021-11-01', () => {
    const from = (id: string) => findItem(catalogues, id)!.item.from;
    expect(['EU-AIA-50-1', 'EU-AIA-50-3', 'EU-AIA-50-4', 'EU-AIA-50-5'].map(from)).toEqual(Array(4).fill('2026-08-02'));
    expect(findItem(catalogues, 'EU-AIA-50-2')!.item).toMatchObject({ from: '2026-08-02', from_existing: '2026-12-02', verify: true });
    for (const id of SPEC_ITEMS['eu-ai-act'].slice(5)) expect(findItem(catalogues, id)!.item, id).toMatchObject({ from: '2027-12-02', applies: { markets: ['EU'], 'high-risk': true }, verify: true });
    expect(['CN-LABEL-EXPLICIT', 'CN-LABEL-IMPLICIT', 'CN-LABEL-AGREEMENT'].map(from)).toEqual(Array(3).fill('2025-09-01'));
    expect(SPEC_ITEMS['cn-pipl'].map(from)).toEqual(['2021-11-01', '2021-11-01']);
  });

  it('are listed in docs/regulations.md: each catalogue with its as_of, and every item marked verify: true', () => {
    const page = readFileSync(join(ROOT, 'docs', 'regulations.md'), 'utf8');
    expect(page).toMatch(/not legal advice/);
    for (const catalogue of catalogues) {
      expect(page, catalogue.id).toMatch(new RegExp(`${catalogue.id}.*${catalogue.as_of}`));
      for (const item of catalogue.items) {
        if (item.verify) expect(page, item.id).toContain(`\`${item.id}\``);
      }
    }
    const listed = [...page.matchAll(/^\| `([A-Z][A-Z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(catalogues.flatMap((c) => c.items.filter((i) => i.verify).map((i) => i.id)).sort());
  });
});

describe('a catalogue file with a mistake gives findings at its lines, never a crash', () => {
  const good = readFileSync(join(ROOT, 'catalogues', 'cn-pipl.yaml'), 'utf8');
  const load = (text: string, lang: 'zh' | 'en' = 'en') => parseCatalogue(text, 'policies/ai.yaml', lang);
  const findingsOf = (text: string, lang: 'zh' | 'en' = 'en') => load(text, lang).findings.map((f) => `${f.line}:${f.col} ${f.rule} ${f.message}`);
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('loads a good one', () => {
    expect(load(good)).toMatchObject({ catalogue: { id: 'cn-pipl', version: 1 }, findings: [] });
  });

  it('an item id used twice, at the second, naming the first line', () => {
    const text = good.replace('id: CN-PIPL-55', 'id: CN-PIPL-24');
    expect(load(text).catalogue).toBeUndefined();
    expect(findingsOf(text)).toEqual([`${lineOf(text, 'id: CN-PIPL-24\n    title:\n      zh: 处理')}:9 duplicate-id the item id \`CN-PIPL-24\` is used twice in this catalogue (first at line ${lineOf(text, 'id: CN-PIPL-24')}): give each item its own id`]);
  });

  it('a date that is no date, and a missing source', () => {
    const text = good.replace('from: 2021-11-01', 'from: 2021-02-30').replace(/ {4}source:\n(?: {6}.*\n){3}(?= {2}- id: CN-PIPL-55)/, '');
    expect(findingsOf(text)).toEqual([
      `${lineOf(text, '- id: CN-PIPL-24') }:5 schema missing required field \`source\``,
      `${lineOf(text, 'from: 2021-02-30')}:11 schema \`2021-02-30\` is not a real date in the form YYYY-MM-DD`,
    ]);
  });

  it('an unknown capability or market, with the nearest name, in the workspace language', () => {
    const text = good.replace('capabilities: [automated-decision, recommendation]', 'capabilities: [automated-decision, recomendation]').replace('markets: [CN]', 'markets: [cn]');
    const found = findingsOf(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(new RegExp(`^${lineOf(text, '[cn]')}:\\d+ schema must be one of: CN \\| EU \\| US \\| global; did you mean \`CN\`\\?$`));
    expect(found[1]).toMatch(/schema must be one of: chatbot \| .*; did you mean `recommendation`\?$/);
    expect(findingsOf(text, 'zh')[1]).toMatch(/是不是想写 `recommendation`/);
  });

  it('`where` naming a kind or a field aipm has not, with the nearest; `from_existing` before `from`', () => {
    const text = good.replace('where: [metrics.segments, solution.limits', 'where: [metric.segments, solution.limites').replace('from: 2021-11-01', 'from: 2021-11-01\n    from_existing: 2021-01-01');
    expect(findingsOf(text).map((f) => f.replace(/^\d+:\d+ /, ''))).toEqual([
      'schema `from_existing` (2021-01-01) must come after `from` (2021-11-01): it is the later date for products already on the market',
      'schema `where` names an aipm kind and its field, like `launch-plan.notice`; `metric` is not a kind; did you mean `metrics`?',
      'schema the solution kind has no field `limites`; did you mean `limits`?',
    ]);
  });

  it('hostile or broken text: YAML errors, not a mapping, empty, a list of nonsense', () => {
    for (const text of ['', 'items: [', '- a\n- b\n', 'id: x\nitems: 3\n', '!!js/function "x"\n', 'a: &a [*a]\n', `items:\n${'  - {id: X}\n'.repeat(500)}`]) {
      const r = load(text);
      expect(r.catalogue, text.slice(0, 20)).toBeUndefined();
      expect(r.findings.length, text.slice(0, 20)).toBeGreaterThan(0);
      for (const f of r.findings) expect(f.line).toBeGreaterThanOrEqual(1);
    }
  });
});
