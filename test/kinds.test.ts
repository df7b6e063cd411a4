import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../src/i18n/index.js';
import { defineKind, ITEM_KINDS, itemLabel, KIND_NAMES, kinds, type KindDecl } from '../src/kinds/index.js';
import { hasView } from '../src/render/views/index.js';
import { PRODUCT_TYPES } from '../src/model/config.js';
import { ROOT } from './helpers.js';

const fileExists = (...parts: string[]) => existsSync(join(ROOT, ...parts));

/**
 * What a declared kind still lacks: each line names the file or field to add. A kind is declared
 * once (src/kinds/<kind>.ts); what lives elsewhere is found by the names the declaration gives.
 */
function incompleteness(decl: KindDecl & { init?: boolean }, knownItems: readonly string[]): string[] {
  const out: string[] = [];
  for (const lang of LANGS) {
    if (!decl.title[lang]?.trim()) out.push(`title.${lang} is empty`);
    if (!fileExists('scaffolds', 'new', lang, decl.skeleton)) out.push(`no skeleton scaffolds/new/${lang}/${decl.skeleton} for \`aipm new\``);
    if (decl.init) {
      for (const type of PRODUCT_TYPES) {
        if (!fileExists('scaffolds', type, lang, `${decl.name}.yaml`)) out.push(`no starter scaffolds/${type}/${lang}/${decl.name}.yaml for \`aipm init\``);
      }
    }
    for (const [item, { label }] of Object.entries(decl.items)) {
      if (!label[lang]?.trim()) out.push(`item ${item} has no ${lang} label`);
    }
  }
  if (!fileExists('templates', `${decl.template}.hbs`)) out.push(`no template templates/${decl.template}.hbs`);
  if (!hasView(decl.name) && decl.template !== 'document') out.push(`no view registered for ${decl.name} in src/render/views/index.ts: register one, or declare template 'document' (the generic view: every field)`);
  if (hasView(decl.name) && decl.template === 'document') out.push(`${decl.name} has a view of its own but the template 'document', which lays out only the generic view: give it a template of its own`);
  const fields = Object.keys(decl.schema.shape);
  for (const [item, { list }] of Object.entries(decl.items)) {
    if (list !== undefined && !fields.includes(list)) out.push(`item ${item} lives in list \`${list}\`, which the schema does not have`);
  }
  for (const ref of decl.refs) {
    if (ref.to !== 'any' && !knownItems.includes(ref.to)) out.push(`a reference at ${ref.at.join('.')} names item kind ${ref.to}, which no kind declares`);
    if (!fields.includes(String(ref.at[0]))) out.push(`a reference at ${ref.at.join('.')} starts at a field the schema does not have`);
  }
  return out;
}

describe('every declared kind is complete', () => {
  it.each(KIND_NAMES)('%s has its skeletons, starters, template, view, titles and item labels', (name) => {
    expect(incompleteness(kinds[name], ITEM_KINDS)).toEqual([]);
  });

  it('an incomplete declaration is named, file by file', async () => {
    const z = await import('zod/mini');
    const schema = z.strictObject({ kind: z.literal('wishes'), wishes: z.array(z.string()) });
    const wishes = defineKind({
      name: 'wishes',
      title: { zh: '愿望', en: '' },
      get schema() {
        return schema;
      },
      items: { wish: { list: 'wishlist', label: { zh: '愿望', en: 'wish' }, prefix: 'W-' } },
      refs: [{ at: ['wishes', '*'], to: 'dream' }],
      template: 'wishes',
      skeleton: 'wishes.yaml',
      init: true,
    });
    const problems = incompleteness(wishes, ITEM_KINDS);
    expect(problems).toEqual(expect.arrayContaining([
      'title.en is empty',
      'no skeleton scaffolds/new/zh/wishes.yaml for `aipm new`',
      'no skeleton scaffolds/new/en/wishes.yaml for `aipm new`',
      'no starter scaffolds/blank/en/wishes.yaml for `aipm init`',
      'no template templates/wishes.hbs',
      'no view registered for wishes in src/render/views/index.ts: register one, or declare template \'document\' (the generic view: every field)',
      'item wish lives in list `wishlist`, which the schema does not have',
      'a reference at wishes.* names item kind dream, which no kind declares',
    ]));
    expect(wishes.lists).toEqual({ wishlist: 'wish' });
    expect(wishes.idPrefixes).toEqual({ wish: 'W-' });
    // The same kind with the generic layout needs no view and no template of its own.
    const generic = incompleteness({ ...wishes, template: 'document' }, ITEM_KINDS);
    expect(generic.filter((p) => /view|template/.test(p))).toEqual([]);
  });
});

describe('the registries derive from the declarations', () => {
  it('item kinds, their lists, prefixes and labels come from the kinds that declare them', () => {
    expect(ITEM_KINDS).toContain('compliance-check');
    expect(kinds.solution.lists).toEqual({ approaches: 'approach', pipeline: 'pipeline-step', limits: 'limit' });
    expect(kinds.evaluation.fileItem).toBe('evaluation');
    expect(kinds.evaluation.lists).toEqual({ experiments: 'experiment' });
    expect(kinds.metrics.idPrefixes).toEqual({ metric: 'M-' });
    expect(itemLabel('pipeline-step')).toEqual({ zh: '数据流程步骤', en: 'pipeline step' });
    expect(new Set(ITEM_KINDS).size).toBe(ITEM_KINDS.length);
  });

  it('declaring a kind does not build its schema', () => {
    let built = 0;
    const decl = defineKind({
      name: 'lazy',
      title: { zh: '懒', en: 'lazy' },
      get schema(): never {
        built++;
        throw new Error('built');
      },
      items: {},
      refs: [],
      template: 'lazy',
      skeleton: 'lazy.yaml',
    });
    expect(decl.lists).toEqual({});
    expect(built).toBe(0);
  });
});
