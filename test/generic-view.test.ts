import { describe, expect, it } from 'vitest';
import { checkSpecs } from '../src/rules/run.js';
import { parseYaml } from '../src/yaml/parse.js';
import { renderContext } from '../src/render/context.js';
import { compileTemplates, readTemplates } from '../src/render/templates.js';
import { genericView } from '../src/render/views/generic.js';
import { tidy } from '../src/render/markdown.js';
import type { DocOf } from '../src/model/types.js';
import type { KindName } from '../src/kinds/index.js';
import { lintMarkdown } from './clients.js';
import { EN_EXAMPLE, exampleSpecs, ROOT, TODAY, ZH_EXAMPLE } from './helpers.js';

// A kind with no view of its own (template: 'document') renders every field it has: what a newly
// declared kind shows before anyone writes it a view. Tried here on every kind the examples hold.

async function renderGeneric(files: Record<string, string>, lang: 'en' | 'zh') {
  const specs = Object.entries(files).map(([file, text]) => ({ file, parsed: parseYaml(text) }));
  const { model } = checkSpecs(specs, { lang, today: TODAY });
  const ctx = renderContext(model, lang, TODAY);
  const render = await compileTemplates(await readTemplates(undefined, ROOT, (f) => f), (f) => f);
  return model.files.filter((f) => f.kind && f.doc).map((f) => {
    const doc = f.doc as DocOf<KindName>;
    const view = { lang, depth: 0, kind: f.kind, title: doc.title, plainTitle: doc.title, header: [], ...genericView(ctx, doc, f) };
    return { file: f.file, doc: doc as Record<string, unknown>, markdown: tidy(render('document', view)) };
  });
}

/** What the shared header shows (its own test covers it), not the view. */
const ENVELOPE = ['kind', 'version', 'title', 'owner', 'status', 'updated', 'links'];

/** Every string and number a document holds outside its envelope, as it would be read. */
function leaves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return typeof value === 'string' || typeof value === 'number' ? [String(value)] : [];
}

describe('the generic view (templates/document.hbs)', () => {
  it.each([['en', EN_EXAMPLE], ['zh', ZH_EXAMPLE]] as const)('renders every kind of the %s example: markdownlint-clean, a section per field, every id and plain value shown', async (lang, example) => {
    const rendered = await renderGeneric(exampleSpecs(example), lang);
    expect(rendered.length).toBeGreaterThanOrEqual(9);
    for (const { file, doc, markdown } of rendered) {
      expect(lintMarkdown(file, markdown), file).toEqual([]);
      // As a reader sees it: Markdown's backslash escapes (`0\.01`) gone.
      const seen = markdown.replace(/\\([^\w\s])/g, '$1');
      const body = Object.fromEntries(Object.entries(doc).filter(([k]) => !ENVELOPE.includes(k)));
      for (const key of Object.keys(body)) {
        expect(seen, `${file}: ${key}`).toContain(`\n## ${key}\n`);
      }
      // Plain words, numbers and ids come through as written.
      for (const text of leaves(body).filter((s) => /^[\w\u4e00-\u9fff .-]+$/.test(s))) {
        expect(seen, `${file}: ${text}`).toContain(text);
      }
    }
  });

  it('escapes what a spec writes: no HTML, no table broken by a pipe, no heading from a value', async () => {
    const files = exampleSpecs(EN_EXAMPLE);
    const hostile = files['specs/review.yaml']!.replace(/decision: ".*?"/, 'decision: "<script>alert(1)</script> | # not a heading"');
    const [review] = (await renderGeneric({ ...files, 'specs/review.yaml': hostile }, 'en')).filter((r) => r.file === 'specs/review.yaml');
    expect(review!.markdown).not.toContain('<script>');
    expect(review!.markdown).not.toMatch(/[^\\]\| # not a heading/);
    expect(lintMarkdown('review.md', review!.markdown)).toEqual([]);
  });
});
