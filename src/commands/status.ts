import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { t, type Lang } from '../i18n/index.js';
import type { PortfolioEntry } from '../model/portfolio.js';
import type { Shard } from '../model/shard.js';
import { gateVerdict } from '../model/gate.js';
import { planStatus } from '../model/status.js';
import { forJson, forTerminal } from '../safe-text.js';
import { checkSpecs } from '../rules/run.js';
import { portfolioText } from '../render/portfolio.js';
import { statusText, STATUS_COLUMNS } from '../render/status.js';
import { fitWidth } from '../text-width.js';
import { brokenEntry, checkOptionsOf, openWorkspace, portfolioEntryOf, portfolioLang, productsBelow, resolveToday, shardOption, type CommandResult } from './shared.js';

export interface StatusOptions {
  cwd: string;
  format?: string;
  today?: string;
  /** One line per product below cwd. */
  all?: boolean;
  /** `--width`: columns to fit each line to (as typed, or a number). */
  width?: string | number;
  /** The terminal's width, when stdout is one (the CLI passes it). */
  columns?: number;
  /** With `all`: only share k of n (`k/n`). */
  shard?: string;
  /** The language of `--all`'s portfolio lines; default: the environment's. */
  lang?: string;
  env?: NodeJS.ProcessEnv;
}

/** The plan at a glance: milestones, metrics, decisions, risks, compliance; with --all, one line per product. */
export async function status(opts: StatusOptions): Promise<CommandResult> {
  const env = opts.env ?? process.env;
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UserError('error.badFormat', { value: format, choices: 'text, json' });
  const today = resolveToday(opts.today, env);
  const width = widthOf(opts);
  const shard = shardOption(opts);
  if (opts.all) return portfolio(opts.cwd, today, format, width, shard, portfolioLang(opts.lang, env));
  const ws = await openWorkspace(opts.cwd);
  const lang = ws.config.lang;
  const { model, findings } = checkSpecs(ws.files, checkOptionsOf(ws.config, today));
  const s = planStatus(model, today);
  // The release gate's verdict on the latest evaluation, as `aipm gate` gives it.
  const verdict = gateVerdict(model, { lang, findings });
  const gate = 'problem' in verdict ? undefined : verdict;
  if (format === 'json') {
    const gateJson = gate && { verdict: gate.verdict, evaluation: gate.evaluation.id, reasons: gate.reasons.map((r) => r.code) };
    return { exitCode: exitCode(CLEAN), stdout: `${forJson({ product: ws.config.product.id, ...s, ...(gateJson ? { gate: gateJson } : {}) }, 2)}\n` };
  }
  // Names, ids and texts from the specs and aipm.yaml: shown escaped, never acting on the terminal.
  let stdout = forTerminal(statusText(s, ws.config.product, lang, width));
  if (gate) {
    const count = gate.reasons.length;
    const line = t(lang, count === 0 ? 'gate.statusLine.none' : count === 1 ? 'gate.statusLine.one' : 'gate.statusLine.other', { verdict: t(lang, gate.verdict === 'ship' ? 'gate.ship' : 'gate.hold'), id: gate.evaluation.id, count });
    stdout += `\n${forTerminal(fitWidth(line, width))}\n`;
  }
  return { exitCode: exitCode(CLEAN), stdout };
}

/** The narrowest and widest a line may be asked to fit. */
const WIDTHS = { min: 40, max: 1000 };

/** How wide the text may be: `--width`, else the terminal's width, else 80 columns (a pipe, a CI log). */
export function widthOf(opts: Pick<StatusOptions, 'width' | 'columns'>): number {
  if (opts.width !== undefined) {
    const n = Number(opts.width);
    if (!Number.isInteger(n) || n < WIDTHS.min || n > WIDTHS.max) throw new UserError('error.badWidth', { value: String(opts.width), ...WIDTHS });
    return n;
  }
  return opts.columns !== undefined && opts.columns >= WIDTHS.min ? Math.min(opts.columns, WIDTHS.max) : STATUS_COLUMNS;
}

async function portfolio(cwd: string, today: string, format: string, width: number, shard: Shard | undefined, lang: Lang): Promise<CommandResult> {
  const entries: PortfolioEntry[] = [];
  const { configs, ownId } = await productsBelow(cwd, shard, lang);
  for (const configFile of configs) {
    try {
      ownId(configFile);
    } catch (error) {
      entries.push(brokenEntry(cwd, configFile, error, lang));
      continue;
    }
    entries.push(await portfolioEntryOf(cwd, configFile, today, lang));
  }
  const broken = entries.some((e) => e.kind === 'broken');
  // Names, ids and messages from the products: escaped for the sink they reach.
  const stdout = format === 'json' ? `${forJson({ today, products: entries.map(portfolioJson) }, 2)}\n` : forTerminal(portfolioText(entries, lang, width));
  return { exitCode: exitCode({ ...CLEAN, userError: broken }), stdout };
}

/** A portfolio entry as `--format json` lists it. */
function portfolioJson(e: PortfolioEntry): Record<string, unknown> {
  if (e.kind === 'broken') return { folder: e.folder, config: e.config, error: e.error };
  return { folder: e.folder, product: e.product.id, name: e.product.name, errors: e.errors, warnings: e.warnings, ...(e.next ? { nextMilestone: e.next } : {}), failingMetrics: e.failing, rollout: e.rollout };
}
