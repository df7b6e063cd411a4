import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { isLang, langFromEnv, t, type Lang, type MessageId } from '../i18n/index.js';
import { kinds } from '../kinds/index.js';
import { fill, schemaComment, slugify } from '../scaffold/fill.js';
import { readStarter, STARTER_KINDS } from '../scaffold/files.js';
import { nearest } from '../suggest.js';
import { PRODUCT_TYPES, type ProductType } from '../model/config.js';
import { PRODUCT_ID } from '../workspace/config.js';
import { CONFIG_FILE } from '../workspace/files.js';
import { displayPath } from '../workspace/load.js';
import { writeFilesAtomic } from '../workspace/write.js';
import { DEFAULT_SCHEMA_DIR, resolveToday, schemaFiles, schemaPathFrom, type CommandResult } from './shared.js';

export interface InitOptions {
  cwd: string;
  /** The folder to create the workspace in (default: cwd). */
  dir?: string;
  name?: string;
  id?: string;
  lang?: string;
  type?: string;
  owner?: string;
  /** Take the defaults for every question not answered by a flag. */
  yes?: boolean;
  force?: boolean;
  /** Ask on the terminal (the CLI passes stdin.isTTY); never when false. */
  interactive?: boolean;
  env?: NodeJS.ProcessEnv;
  /** The prompts; loaded from @inquirer/prompts when needed. */
  prompter?: Prompter;
}

export interface Prompter {
  input(q: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T extends string>(q: { message: string; choices: { value: T; name: string; description?: string }[]; default?: T }): Promise<T>;
}

export interface Answers {
  name: string;
  id: string;
  lang: Lang;
  type: ProductType;
  owner: string;
}

function defaultOwner(dir: string, env: NodeJS.ProcessEnv): string | undefined {
  const git = spawnSync('git', ['config', 'user.name'], { cwd: existsSync(dir) ? dir : undefined, encoding: 'utf8' });
  const name = git.status === 0 ? git.stdout.trim() : '';
  return name || env.USER || env.USERNAME || undefined;
}

function checkFlags(opts: InitOptions, lang: Lang): void {
  if (opts.lang !== undefined && !isLang(opts.lang)) throw new UserError('error.badLang', { value: opts.lang }, lang);
  if (opts.type !== undefined && !(PRODUCT_TYPES as readonly string[]).includes(opts.type)) {
    const suggestion = nearest(opts.type, PRODUCT_TYPES);
    throw new UserError('error.badType', { value: opts.type, choices: PRODUCT_TYPES.join(', '), suggestion }, lang);
  }
  if (opts.id !== undefined && !PRODUCT_ID.test(opts.id)) throw new UserError('error.badProductId', { value: opts.id }, lang);
}

async function inquirerPrompter(): Promise<Prompter> {
  const { input, select } = await import('@inquirer/prompts');
  return {
    input: (q) => input(q),
    select: (q) => select(q) as never,
  };
}

/** Flags first; then the terminal, question by question; then the defaults. */
async function answersFor(opts: InitOptions, target: string, env: NodeJS.ProcessEnv): Promise<Answers> {
  const uiLang: Lang = isLang(opts.lang) ? opts.lang : langFromEnv(env);
  checkFlags(opts, uiLang);
  const ask = opts.interactive && !opts.yes ? (opts.prompter ?? (await inquirerPrompter())) : undefined;
  const m = (id: MessageId) => t(uiLang, id);
  const folderName = basename(target);

  const name = opts.name ?? (ask ? await ask.input({ message: m('init.askName'), default: folderName, validate: (v) => (v.trim() ? true : m('init.required')) }) : folderName);
  const suggestedId = slugify(name) || slugify(folderName) || 'ai-product';
  const id = opts.id ?? (ask ? await ask.input({ message: m('init.askId'), default: suggestedId, validate: (v) => (PRODUCT_ID.test(v) ? true : m('init.idFormat')) }) : suggestedId);
  const lang = (opts.lang as Lang | undefined) ?? (ask ? await ask.select<Lang>({ message: m('init.askLang'), choices: [{ value: 'zh', name: '中文 (zh)' }, { value: 'en', name: 'English (en)' }], default: uiLang }) : uiLang);
  const type = (opts.type as ProductType | undefined) ?? (ask
    ? await ask.select<ProductType>({
        message: m('init.askType'),
        choices: PRODUCT_TYPES.map((value) => ({ value, name: value, description: t(uiLang, `init.type.${value}`) })),
        default: 'blank',
      })
    : 'blank');
  const fallbackOwner = defaultOwner(target, env) ?? t(lang, 'init.defaultOwner');
  const owner = opts.owner ?? (ask ? await ask.input({ message: m('init.askOwner'), default: fallbackOwner, validate: (v) => (v.trim() ? true : m('init.required')) }) : fallbackOwner);
  return { name: name.trim(), id, lang, type, owner: owner.trim() };
}

function configText(a: Answers): string {
  const q = (s: string) => JSON.stringify(s);
  return [
    `# ${t(a.lang, 'init.configComment')}`,
    'version: 1',
    'product:',
    `  id: ${a.id}`,
    `  name: ${q(a.name)}`,
    `  owner: ${q(a.owner)}`,
    `  type: ${a.type}`,
    `  # description: ""          # ${t(a.lang, 'init.descriptionComment')}`,
    `lang: ${a.lang}`,
    'specs: specs',
    'out: docs/aipm',
    `# rules:                    # ${t(a.lang, 'init.rulesComment')}`,
    '#   milestone-slipped: warn',
    `# vague_words: [${a.lang === 'zh' ? '尽快' : 'robust'}]     # ${t(a.lang, 'init.vagueComment')}`,
    '',
  ].join('\n');
}

/** Every file init writes: path → content. */
export async function initFiles(target: string, a: Answers, today: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set(join(target, CONFIG_FILE), configText(a));
  const schemaDir = join(target, DEFAULT_SCHEMA_DIR);
  for (const kind of STARTER_KINDS) {
    const file = join(target, 'specs', `${kind}.yaml`);
    const schemaPath = schemaPathFrom(file, schemaDir, kind);
    const body = fill(await readStarter(a.type, a.lang, kind), { today, owner: a.owner, product: a.name, title: `${a.name} ${kinds[kind].title[a.lang]}` });
    files.set(file, schemaComment(schemaPath) + body);
  }
  for (const [file, text] of schemaFiles(schemaDir, a.lang)) files.set(file, text);
  return files;
}

export async function init(opts: InitOptions): Promise<CommandResult> {
  const env = opts.env ?? process.env;
  const target = resolve(opts.cwd, opts.dir ?? '.');
  let answers: Answers;
  try {
    answers = await answersFor(opts, target, env);
  } catch (e) {
    // Ctrl-C at a question: nothing has been written.
    if (e instanceof Error && e.name === 'ExitPromptError') return { exitCode: exitCode({ ...CLEAN, cancelled: true }), stdout: '', stderr: `${t(langFromEnv(env), 'init.cancelled')}\n` };
    throw e;
  }
  const lang = answers.lang;
  const files = await initFiles(target, answers, resolveToday(undefined, env));
  const show = (f: string) => displayPath(opts.cwd, f);
  const existing = [...files.keys()].filter((f) => existsSync(f));
  if (existing.length > 0 && !opts.force) throw new UserError('error.exists', { files: existing.map(show).join(', ') }, lang);
  await writeFilesAtomic(files, target, show);
  const where = opts.dir ? ` --cwd ${show(target)}` : '';
  const next: [string, MessageId][] = [
    [`aipm validate${where}`, 'init.nextValidate'],
    [`aipm render --packet${where}`, 'init.nextRender'],
    [`aipm new review${where}`, 'init.nextNew'],
    ['aipm explain', 'init.nextExplain'],
    ['aipm --help', 'init.nextHelp'],
  ];
  const width = Math.max(...next.map(([c]) => c.length));
  const lines = [
    t(lang, 'init.done', { name: answers.name, type: answers.type, dir: show(target) }),
    ...[...files.keys()].filter((f) => !f.endsWith('.json')).map((f) => `  ${show(f)}`),
    `  ${show(join(target, DEFAULT_SCHEMA_DIR))}/*.json`,
    '',
    t(lang, 'init.next'),
    ...next.map(([command, what]) => `  ${command.padEnd(width)}  # ${t(lang, what)}`),
  ];
  return { exitCode: exitCode(CLEAN), stdout: `${lines.join('\n')}\n` };
}
