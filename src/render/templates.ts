import Handlebars from 'handlebars';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { packageDir } from '../package-files.js';
import { KIND_NAMES } from '../kinds/index.js';
import type { Lang } from '../i18n/index.js';
import { renderText, type RenderTextKey } from '../i18n/render.js';

export const TEMPLATE_NAMES = [...KIND_NAMES, 'packet'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Template sources by name: `packet`, a kind, or `partials/<name>`. */
export type TemplateSources = Map<string, { source: string; file: string }>;

/** The templates shipped with aipm. */
const builtinTemplateDir = () => packageDir('templates', 'packet.hbs');

async function readDir(dir: string, into: TemplateSources): Promise<void> {
  for (const [sub, prefix] of [['', ''], ['partials', 'partials/']] as const) {
    const folder = join(dir, sub);
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (!name.endsWith('.hbs')) continue;
      const file = join(folder, name);
      into.set(prefix + name.slice(0, -4), { source: await readFile(file, 'utf8'), file });
    }
  }
}

/** Built-in templates, with a workspace's own templates (same file names) taking their place. */
export async function readTemplates(overrideDir?: string): Promise<TemplateSources> {
  const sources: TemplateSources = new Map();
  await readDir(builtinTemplateDir(), sources);
  if (overrideDir) await readDir(overrideDir, sources);
  return sources;
}

export type Renderer = (name: TemplateName, view: { lang: Lang; depth?: number }) => string;

/**
 * Compiles the templates in an isolated Handlebars environment. Output is not HTML-escaped: the
 * view models hold Markdown-escaped text already. Only the built-in helpers and ours (`h`, `t`)
 * exist, and Handlebars' prototype-access protections stay on.
 */
export function compileTemplates(sources: TemplateSources, displayPath: (file: string) => string): Renderer {
  const hb = Handlebars.create();
  hb.registerHelper('h', function (level: unknown, options: Handlebars.HelperOptions) {
    const depth = Number((options.data.root as { depth?: number }).depth ?? 0);
    return '#'.repeat(Math.min(6, Math.max(1, Number(level) + depth)));
  });
  hb.registerHelper('t', function (key: unknown, options: Handlebars.HelperOptions) {
    const lang = (options.data.root as { lang: Lang }).lang;
    const table = renderText[lang] as Record<string, string>;
    return typeof key === 'string' && Object.hasOwn(table, key) ? table[key as RenderTextKey] : String(key);
  });
  const compileOptions = { noEscape: true, knownHelpers: { h: true, t: true }, knownHelpersOnly: true, preventIndent: true } as const;
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, { source, file }] of sources) {
    try {
      // Precompiling here surfaces syntax errors with the file's name, before anything is written.
      hb.precompile(source, compileOptions);
    } catch (e) {
      throw new UserError('error.template', { file: displayPath(file), detail: (e as Error).message.split('\n')[0] });
    }
    const template = hb.compile(source, compileOptions);
    if (name.startsWith('partials/')) hb.registerPartial(name.slice('partials/'.length), template);
    else compiled.set(name, template);
  }
  return (name, view) => {
    const template = compiled.get(name);
    const file = sources.get(name)?.file ?? name;
    if (!template) throw new UserError('error.template', { file: name, detail: 'missing' });
    try {
      return template(view);
    } catch (e) {
      throw new UserError('error.template', { file: displayPath(file), detail: (e as Error).message.split('\n')[0] });
    }
  };
}
