import type Handlebars from 'handlebars';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { UserError } from '../errors.js';
import { packageDir, requireBundled } from '../package-files.js';
import { assertInside, assertRegularFile } from '../workspace/guard.js';
import { KIND_NAMES, kinds } from '../kinds/index.js';
import type { Lang } from '../i18n/index.js';
import { renderText, type RenderTextKey } from '../i18n/render.js';
import { COMPILE_OPTIONS, PRECOMPILED_FILE } from './template-options.js';
import { forMarkdown } from '../safe-text.js';

/** The templates render needs: each kind's (its declaration names it) and the packet. */
export const TEMPLATE_NAMES: readonly string[] = [...KIND_NAMES.map((kind) => kinds[kind].template), 'packet'];
export type TemplateName = string;

/**
 * Template sources by name: `packet`, a kind, or `partials/<name>`. A built-in template may come
 * with `spec`, its precompiled form (made at build time from exactly this source).
 */
export type TemplateSources = Map<string, { source: string; file: string; spec?: TemplateSpecification; workspace?: boolean }>;

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
type Precompiled = Record<string, { hash: string; spec: TemplateSpecification }>;

export const sourceHash = (source: string) => createHash('sha256').update(source).digest('hex');

/** The built-in templates as precompiled beside the bundle; none when running from the sources. */
function precompiled(): Precompiled {
  const file = join(dirname(fileURLToPath(import.meta.url)), PRECOMPILED_FILE);
  if (!existsSync(file)) return {};
  return (createRequire(import.meta.url)(file) as { precompiled: Precompiled }).precompiled;
}

/** The templates shipped with aipm. */
const builtinTemplateDir = () => packageDir('templates', 'packet.hbs');

/** The names in a folder; none when it does not exist. */
function namesIn(folder: string, shownAs: string): string[] {
  try {
    return readdirSync(folder);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UserError('error.readFailed', { file: shownAs, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

/** The templates in a folder and its partials/, read one after another at once (no turn of the event loop for each). */
function readDir(dir: string, into: TemplateSources, guard?: { root: string; show: (f: string) => string }): void {
  for (const [sub, prefix] of [['', ''], ['partials', 'partials/']] as const) {
    const folder = join(dir, sub);
    const names = namesIn(folder, guard ? guard.show(folder) : folder);
    for (const name of names.sort()) {
      if (!name.endsWith('.hbs')) continue;
      const file = join(folder, name);
      // A workspace's own template is read only from inside it, and only if it is a file.
      if (guard) {
        assertInside(guard.root, file, guard.show(file));
        assertRegularFile(file, guard.show(file));
      }
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch (e) {
        throw new UserError('error.readFailed', { file: guard ? guard.show(file) : file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      }
      into.set(prefix + name.slice(0, -4), { source, file, ...(guard ? { workspace: true } : {}) });
    }
  }
}

/** Built-in templates, with a workspace's own templates (same file names) taking their place. */
export async function readTemplates(overrideDir: string | undefined, root: string, show: (f: string) => string): Promise<TemplateSources> {
  const sources: TemplateSources = new Map();
  readDir(builtinTemplateDir(), sources);
  // A built-in template is compiled at build time; its source must still be the one compiled.
  const built = precompiled();
  for (const [name, entry] of sources) {
    const found = Object.hasOwn(built, name) ? built[name] : undefined;
    if (found && found.hash === sourceHash(entry.source)) entry.spec = found.spec;
  }
  if (overrideDir) {
    // A templates folder aipm.yaml names must be there: silently rendering the built-ins would hide it.
    if (!existsSync(overrideDir)) throw new UserError('error.templatesMissing', { dir: show(overrideDir) });
    readDir(overrideDir, sources, { root, show });
  }
  return sources;
}

/**
 * How many items all `{{#each}}` blocks of one render may visit, how long its output may grow, how
 * many partials it may call (partials calling partials grow exponentially) and how deep they nest.
 */
export const RENDER_BUDGET = { iterations: 2_000_000, outputChars: 50_000_000, partialCalls: 200_000, partialDepth: 32 };

export type Renderer = (name: TemplateName, view: { lang: Lang; depth?: number }) => string;

/**
 * Handlebars as far as these templates need it: only its runtime when each is precompiled (the
 * built-ins), the compiler too when a workspace brings its own. The compiler is most of Handlebars.
 */
function handlebarsFor(sources: TemplateSources): typeof Handlebars {
  const needsCompiler = [...sources.values()].some((s) => !s.spec);
  return needsCompiler
    ? requireBundled<typeof Handlebars>('handlebars-compiler.cjs', 'handlebars')
    : requireBundled<typeof Handlebars>('handlebars-runtime.cjs', 'handlebars/runtime');
}

/**
 * Compiles the templates in an isolated Handlebars environment. Output is not HTML-escaped: the
 * view models hold Markdown-escaped text already. Only the built-in helpers and ours (`h`, `t`)
 * exist, and Handlebars' prototype-access protections stay on.
 */
export async function compileTemplates(sources: TemplateSources, displayPath: (file: string) => string): Promise<Renderer> {
  const hb = handlebarsFor(sources).create();
  hb.registerHelper('h', function (level: unknown, options: Handlebars.HelperOptions) {
    const depth = Number((options.data.root as { depth?: number }).depth ?? 0);
    return '#'.repeat(Math.min(6, Math.max(1, Number(level) + depth)));
  });
  hb.registerHelper('t', function (key: unknown, options: Handlebars.HelperOptions) {
    const lang = (options.data.root as { lang: Lang }).lang;
    const table = renderText[lang] as Record<string, string>;
    return typeof key === 'string' && Object.hasOwn(table, key) ? table[key as RenderTextKey] : String(key);
  });
  // A workspace template runs on data a pull request controls: nested loops may not run unbounded.
  let iterations = 0;
  let written = 0;
  const builtinEach = hb.helpers.each as Handlebars.HelperDelegate;
  hb.registerHelper('each', function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const size = Array.isArray(context) ? context.length : context && typeof context === 'object' ? Object.keys(context).length : 0;
    iterations += size;
    if (iterations > RENDER_BUDGET.iterations) throw new RenderBudgetError('iterations');
    return builtinEach.call(this, context, options);
  });
  // `{{log}}` would print a template's text, escapes and all, straight to the console: it prints nothing.
  hb.registerHelper('log', () => '');
  // Every partial call counts against the budget, its output too; nesting is bounded.
  let partialCalls = 0;
  let depth = 0;
  const budgeted = (template: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate => (context, options) => {
    if (++partialCalls > RENDER_BUDGET.partialCalls || depth >= RENDER_BUDGET.partialDepth) throw new RenderBudgetError('partials');
    depth++;
    try {
      const out = template(context, options);
      written += out.length;
      if (written > RENDER_BUDGET.outputChars) throw new RenderBudgetError('output');
      return out;
    } finally {
      depth--;
    }
  };
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, { source, file, spec, workspace }] of sources) {
    const template = spec ? hb.template(spec) : compileSource(hb, source, () => displayPath(file), Boolean(workspace));
    if (name.startsWith('partials/')) hb.registerPartial(name.slice('partials/'.length), budgeted(template));
    else compiled.set(name, template);
  }
  return (name, view) => {
    const template = compiled.get(name);
    const file = sources.get(name)?.file ?? name;
    if (!template) throw new UserError('error.template', { file: name, detail: 'missing' });
    try {
      partialCalls = 0;
      depth = 0;
      const out = template(view);
      written += out.length;
      if (written > RENDER_BUDGET.outputChars) throw new RenderBudgetError('output');
      return out;
    } catch (e) {
      if (e instanceof RenderBudgetError) throw new UserError('error.renderBudget', { file: displayPath(file), what: budgetText[e.what] }, undefined);
      throw new UserError('error.template', { file: displayPath(file), detail: reasonOf(e as Error) });
    }
  };
}

const budgetText = {
  iterations: `${RENDER_BUDGET.iterations} {{#each}} items`,
  output: `${RENDER_BUDGET.outputChars} characters`,
  partials: `${RENDER_BUDGET.partialCalls} partial calls, ${RENDER_BUDGET.partialDepth} levels deep`,
} as const;

function compileSource(hb: typeof Handlebars, source: string, shown: () => string, workspace: boolean): Handlebars.TemplateDelegate {
  let ast: hbs.AST.Program;
  try {
    // Parsing here surfaces syntax errors with the file's name, before anything is written; the
    // tree is what `compile` compiles (on first use, where other faults are named), parsed once.
    ast = hb.parse(source);
  } catch (e) {
    throw new UserError('error.template', { file: shown(), detail: reasonOf(e as Error) });
  }
  if (workspace) sandbox(ast, shown);
  return hb.compile(ast, COMPILE_OPTIONS);
}

/**
 * A workspace's template is written by whoever sends a pull request: its own words are Markdown
 * text, never raw HTML (`<script>`, `<img onerror>` become literal, as user text does), and it may
 * not define inline partials (decorators), which would escape the partial budget.
 */
function sandbox(node: unknown, shown: () => string): void {
  if (node === null || typeof node !== 'object') return;
  const n = node as { type?: string; value?: unknown };
  if (n.type === 'DecoratorBlock' || n.type === 'Decorator') throw new UserError('error.template', { file: shown(), detail: 'inline partials and decorators ({{#*inline}}) are not allowed in a workspace template; put the partial in partials/' });
  if (n.type === 'ContentStatement' && typeof n.value === 'string') {
    n.value = forMarkdown(n.value);
    return;
  }
  for (const child of Object.values(node)) {
    if (Array.isArray(child)) for (const c of child) sandbox(c, shown);
    else if (child && typeof child === 'object' && child !== (node as { loc?: unknown }).loc) sandbox(child, shown);
  }
}

/**
 * Handlebars' message in one line with its reason: a parse error's first line is only "Parse error
 * on line N:", the reason ("Expecting …, got …") comes after the excerpt.
 */
function reasonOf(e: Error): string {
  const lines = e.message.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^[-^]+$/.test(l));
  if (lines.length <= 1) return lines[0] ?? String(e);
  const reason = lines.find((l) => /^Expecting |got /.test(l)) ?? lines.at(-1)!;
  return `${lines[0]} ${reason}`;
}

class RenderBudgetError extends Error {
  constructor(readonly what: 'iterations' | 'output' | 'partials') {
    super(what);
  }
}
