import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { isLang, langFromEnv, t, type Lang, type MessageId } from '../i18n/index.js';
import { applicableItems, areaOf, builtinCatalogues, CAPABILITIES, MARKETS, type Catalogue, type CatalogueItem } from '../catalogues/index.js';
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
  /** Where it ships (`--market`, repeatable): CN, EU, US, global. */
  market?: string[];
  /** What it does, as regulations ask (`--capability`, repeatable). */
  capability?: string[];
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
  checkbox<T extends string>(q: { message: string; choices: { value: T; name: string; checked?: boolean }[] }): Promise<T[]>;
}

export interface Answers {
  name: string;
  id: string;
  lang: Lang;
  type: ProductType;
  owner: string;
  /** `product.markets`, `product.capabilities`: what decides which regulation items apply. */
  markets: string[];
  capabilities: string[];
}

/**
 * What each starter does, as regulations ask: its capabilities, and whether it names a market by
 * default (the workspace language's: CN for zh, EU for en). The blank starter declares nothing.
 */
const STARTER_SCOPE: Record<ProductType, { capabilities: string[]; market: boolean }> = {
  recommendation: { capabilities: ['recommendation', 'personal-data'], market: true },
  'customer-service': { capabilities: ['chatbot', 'personal-data'], market: true },
  'image-classification': { capabilities: [], market: true },
  'llm-assistant': { capabilities: ['chatbot', 'generates-text'], market: true },
  blank: { capabilities: [], market: false },
};

function defaultMarkets(type: ProductType, lang: Lang): string[] {
  return STARTER_SCOPE[type].market ? [lang === 'zh' ? 'CN' : 'EU'] : [];
}

/** `--market EU --market CN` or `--market EU,CN`: each value once, in the order given. */
function listFlag(values: readonly string[] | undefined): string[] | undefined {
  return values === undefined ? undefined : [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
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
  for (const [values, names, msg] of [
    [listFlag(opts.market), MARKETS, 'error.badMarket'],
    [listFlag(opts.capability), CAPABILITIES, 'error.badCapability'],
  ] as const) {
    const bad = (values ?? []).find((v) => !(names as readonly string[]).includes(v));
    if (bad !== undefined) throw new UserError(msg, { value: bad, choices: names.join(', '), suggestion: nearest(bad, names) }, lang);
  }
}

async function inquirerPrompter(): Promise<Prompter> {
  const { checkbox, input, select } = await import('@inquirer/prompts');
  return {
    input: (q) => input(q),
    select: (q) => select(q) as never,
    checkbox: (q) => checkbox(q) as never,
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
  const marketFlag = listFlag(opts.market);
  const markets = marketFlag ?? (ask
    ? await ask.checkbox({ message: m('init.askMarkets'), choices: MARKETS.map((value) => ({ value, name: value, checked: defaultMarkets(type, lang).includes(value) })) })
    : defaultMarkets(type, lang));
  const capabilityFlag = listFlag(opts.capability);
  const capabilities = capabilityFlag ?? (ask
    ? await ask.checkbox({ message: m('init.askCapabilities'), choices: CAPABILITIES.map((value) => ({ value, name: `${value}: ${t(uiLang, `capability.${value}`)}`, checked: STARTER_SCOPE[type].capabilities.includes(value) })) })
    : STARTER_SCOPE[type].capabilities);
  return { name: name.trim(), id, lang, type, owner: owner.trim(), markets: [...markets], capabilities: [...capabilities] };
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
    a.markets.length > 0 ? `  markets: [${a.markets.join(', ')}]` : '  # markets: [EU]',
    `  ${a.capabilities.length > 0 ? '' : '# '}capabilities: [${(a.capabilities.length > 0 ? a.capabilities : ['chatbot']).join(', ')}]`,
    `  #   ${t(a.lang, 'init.scopeComment')}`,
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
  const items = applicableItems(builtinCatalogues(), a);
  if (items.length > 0) {
    const file = join(target, 'specs', 'compliance.yaml');
    files.set(file, schemaComment(schemaPathFrom(file, schemaDir, 'compliance')) + complianceText(a, items, today));
  }
  for (const [file, text] of schemaFiles(schemaDir, a.lang)) files.set(file, text);
  return files;
}

/**
 * The compliance file a new plan starts with: one open check per regulation item that applies,
 * its question what the item asks a plan to show, `covers` naming the item. Honest from the start:
 * every item covered, none answered yet.
 */
function complianceText(a: Answers, items: readonly { catalogue: Catalogue; item: CatalogueItem }[], today: string): string {
  const q = (s: string) => JSON.stringify(s);
  const regulations = [...new Set(items.map(({ catalogue }) => catalogue.title[a.lang]))];
  const lines = [
    `# ${t(a.lang, 'init.complianceComment')}`,
    'kind: compliance',
    'version: 1',
    `title: ${q(`${a.name} ${kinds.compliance.title[a.lang]}`)}`,
    `owner: ${q(a.owner)}`,
    'status: draft',
    `updated: ${today}`,
    `regulations: [${regulations.map(q).join(', ')}]`,
    'checks:',
  ];
  for (const { item } of items) {
    lines.push(
      `  # ${item.id}: ${item.title[a.lang]} (${t(a.lang, 'init.itemFrom', { from: item.from, id: item.id })})`,
      `  - id: C-${item.id}`,
      `    area: ${areaOf(item)}`,
      `    question: ${q(item.evidence[a.lang])}`,
      '    status: open',
      `    owner: ${q(a.owner)}`,
      `    covers: [${item.id}]`,
    );
  }
  return `${lines.join('\n')}\n`;
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
