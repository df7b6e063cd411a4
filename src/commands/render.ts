import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { count, t } from '../i18n/index.js';
import { isRealDate } from '../kinds/common.js';
import { reporters } from '../report/index.js';
import { resultOf } from '../report/result.js';
import { GENERATED_MARK, newestUpdated, outputPathFor, renderAll } from '../render/index.js';
import { compileTemplates, readTemplates } from '../render/templates.js';
import { checkSpecs } from '../rules/run.js';
import { buildModel } from '../check/index.js';
import { compareModels } from '../model/compare.js';
import { diffMarkdown } from '../render/changes.js';
import { gateVerdict } from '../model/gate.js';
import { gateMarkdown } from '../report/gate.js';
import { specsAtRevision } from '../workspace/git.js';
import { assertOutUsable, finishInterrupted, workspaceFs } from '../workspace/fs.js';
import { displayPath } from '../workspace/load.js';
import { LEFTOVER } from '../workspace/write.js';
import type { Config } from '../model/config.js';
import { portfolioRow, type PortfolioEntry } from '../model/portfolio.js';
import type { Shard } from '../model/shard.js';
import type { Finding, Model } from '../model/types.js';
import { linkPath, portfolioMarkdown } from '../render/portfolio.js';
import { isWithin } from '../workspace/guard.js';
import { brokenEntry, checkOptionsOf, organisationAt, inLang, openWorkspace, portfolioLang, productsBelow, shardOption, type CommandResult } from './shared.js';

export interface RenderOptions {
  cwd: string;
  /** Also write the review packet. */
  packet?: boolean;
  /** Also write the packet as one self-contained HTML page (`packet.html`); implies `packet`. */
  html?: boolean;
  /**
   * Also print the page to `<out>/packet.pdf` through a Chromium found on the machine; implies `html`.
   * Not covered by `check` (a PDF depends on the browser and its fonts, not only on the specs).
   */
  pdf?: boolean;
  /** The browser `pdf` prints with (else `AIPM_BROWSER`, else the usual install paths). */
  browser?: string;
  /** Where AIPM_BROWSER and PATH are read from (default: this process's environment). */
  env?: NodeJS.ProcessEnv;
  /** Write nothing; exit 1 listing missing, changed and orphaned files. */
  check?: boolean;
  /** The date shown in documents; default: the newest `updated`. Render never reads the clock. */
  today?: string;
  /** Render despite validation errors, and overwrite files aipm did not write. */
  force?: boolean;
  /** `builtin`: ignore the workspace's own templates (for CI on untrusted pull requests). */
  templates?: string;
  /** A git revision: the packet opens with what changed in the specs since it. */
  since?: string;
  color?: boolean;
  /** Every product below cwd, and the portfolio page `aipm-portfolio.md`. */
  all?: boolean;
  /** With `all`: only share k of n (`k/n`). */
  shard?: string;
  /** With `all`: the language of the portfolio page and the totals; default: the environment's. */
  lang?: string;
  /** With `all`: the folder of the portfolio page (default: cwd). */
  out?: string;
}

const isGenerated = (text: string | undefined) => text !== undefined && text.split('\n', 1)[0] === GENERATED_MARK;

export async function render(opts: RenderOptions): Promise<CommandResult> {
  if (opts.pdf) opts = { ...opts, html: true };
  if (opts.html) opts = { ...opts, packet: true };
  const shard = shardOption(opts);
  if (opts.out !== undefined && !opts.all) throw new UserError('error.outWithoutAll', { value: opts.out });
  if (opts.all) return renderEvery(opts, shard);
  return renderProduct(opts);
}

/** What a product's render read and checked, for the portfolio: its aipm.yaml, model and findings, and its date. */
interface Checked {
  config: Config;
  model: Model;
  findings: Finding[];
  date: string;
}

/** One product's render (`render` in its folder, or one of `render --all`'s); `onChecked` gets what it checked. */
async function renderProduct(opts: RenderOptions, configFile?: string, onChecked?: (checked: Checked) => void): Promise<CommandResult> {
  const ws = await openWorkspace(opts.cwd, configFile ? { configFile } : {});
  const { config } = ws;
  const lang = config.lang;
  if (opts.today !== undefined && !isRealDate(opts.today)) throw new UserError('error.badToday', { value: opts.today }, lang);
  // Validation runs against the render date too, so nothing here depends on the clock.
  // With no dated spec at all there is no date: nothing is overdue and the cover shows none.
  const date = opts.today ?? newestUpdated(ws.files) ?? '';
  const options = checkOptionsOf(config, date || '0000-01-01');
  const { findings, model } = checkSpecs(ws.files, options);
  onChecked?.({ config, model, findings, date });
  const errors = findings.filter((f) => f.severity === 'error' && !f.suppressed);
  if (errors.length > 0 && !opts.force) {
    const result = resultOf(errors, ws.files.map((f) => f.file), ws.files, lang);
    const text = reporters.stylish(result, { color: Boolean(opts.color) });
    return { exitCode: exitCode(result.summary), stdout: `${text}${t(lang, 'render.blocked', { errors: count(lang, 'error', errors.length) })}\n` };
  }

  const show = (file: string) => displayPath(opts.cwd, file);
  // The PDF needs a browser: without one, stop here, before anything is written. The printing
  // code (and playwright-core) is loaded only for --pdf.
  const printer = opts.pdf && !opts.check ? await import('../render/pdf.js') : undefined;
  const browser = printer?.findBrowser(opts.browser, opts.env ?? process.env, lang);
  if (opts.templates !== undefined && opts.templates !== 'builtin') throw new UserError('error.badTemplatesFlag', { value: opts.templates }, lang);
  // The output folder stays inside the workspace, and holds no other product whose documents render could remove.
  await inLang(lang, () => assertOutUsable(config, show));
  // Every read and write below goes through this, each path's real location checked first.
  const fs = workspaceFs(config.root, show);
  const absOf = new Map(ws.files.map((f) => [f.file, resolve(opts.cwd, f.file)]));
  const sources = await readTemplates(opts.templates === 'builtin' ? undefined : config.templates, config.root, show);
  // Two specs (or a spec and the packet) must not render to one path: check before any work.
  checkCollisions(model.files.map((f) => f.file), (f) => outputPathFor(config.specs, absOf.get(f)!), config.out, show, Boolean(opts.packet));
  const renderer = await compileTemplates(sources, show);
  // The page's code (HTML, charts) is loaded only when the page is asked for.
  const page = opts.html ? (await import('../render/page.js')).packetPage : undefined;
  const changes = opts.since === undefined ? undefined : {
    title: t(lang, 'diff.title', { ref: opts.since }),
    markdown: diffMarkdown(compareModels(buildModel(specsAtRevision(config.specs, opts.since, show), lang, undefined, organisationAt(config, opts.since, opts.cwd)).model, model), opts.since, lang, { level: 2, title: false }),
  };
  // The release gate's verdict on the latest evaluation (aipm gate), for the packet's "Release gate".
  const verdict = opts.packet ? gateVerdict(model, { lang, findings }) : undefined;
  const gate = verdict && !('problem' in verdict) ? gateMarkdown(verdict, lang, { title: false }) : undefined;
  const outputs = renderAll(
    {
      model, lang, date, product: config.product, specsDir: config.specs, rootDir: config.root, packet: Boolean(opts.packet), ...(changes ? { changes } : {}), ...(page ? { page } : {}), ...(gate ? { gate } : {}), ...(options.regulation ? { regulation: options.regulation } : {}),
      validation: { errors: errors.length, warnings: findings.filter((f) => f.severity === 'warning' && !f.suppressed).length, findings: findings.filter((f) => f.suppressed || f.severity === 'warning' || f.severity === 'error'), forced: errors.length > 0 },
    },
    renderer,
    (f) => absOf.get(f.file)!,
  );

  // What is on disk now: generated files not rendered this time are orphans (the packet only counts with --packet).
  const existing = await fs.list(config.out, (name) => name.endsWith('.md') || name.endsWith('.html'));
  const orphans: string[] = [];
  for (const file of existing) {
    const rel = file.slice(config.out.length + 1).split('\\').join('/');
    if (outputs.has(rel) || (rel === 'packet.md' && !opts.packet) || (rel === 'packet.html' && !opts.html)) continue;
    if (isGenerated(await inLang(lang, () => fs.readIfExists(file)))) orphans.push(file);
  }
  const plan: { file: string; content: string; state: 'missing' | 'changed' | 'same'; foreign: boolean }[] = [];
  for (const [rel, content] of [...outputs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = join(config.out, rel);
    const current = await inLang(lang, () => fs.readIfExists(file));
    plan.push({ file, content, state: current === undefined ? 'missing' : current === content ? 'same' : 'changed', foreign: current !== undefined && !isGenerated(current) });
  }
  const total = count(lang, 'document', outputs.size);
  const out = show(config.out);

  if (opts.check) {
    const lines = [
      ...plan.filter((p) => p.state === 'missing').map((p) => t(lang, 'render.missing', { file: show(p.file) })),
      ...plan.filter((p) => p.state === 'changed').map((p) => t(lang, 'render.changed', { file: show(p.file) })),
      ...orphans.map((f) => t(lang, 'render.orphaned', { file: show(f) })),
      // Temporary copies a killed run left behind: the folder is not what render would leave.
      ...(await fs.list(config.out, (name) => LEFTOVER.test(name))).map((f) => t(lang, 'render.leftover', { file: show(f) })),
    ];
    if (lines.length === 0) return { exitCode: exitCode(CLEAN), stdout: `${t(lang, 'render.upToDate', { out, count: total })}\n` };
    return { exitCode: exitCode({ ...CLEAN, stale: true }), stdout: `${lines.join('\n')}\n${t(lang, 'render.stale', { out, flags: opts.html ? ' --html' : opts.packet ? ' --packet' : '' })}\n` };
  }

  const foreign = plan.filter((p) => p.foreign);
  if (foreign.length > 0 && !opts.force) throw new UserError('error.notGenerated', { file: foreign.map((p) => show(p.file)).join(', ') }, lang);
  // The PDF is printed before anything is written: a browser that fails leaves the folder as it was.
  let pdf: { file: string; bytes: Uint8Array } | undefined;
  if (printer && browser) {
    const file = join(config.out, 'packet.pdf');
    const current = await inLang(lang, () => fs.readIfExists(file));
    if (current !== undefined && !printer.isAipmPdf(current) && !opts.force) throw new UserError('error.pdfNotGenerated', { file: show(file) }, lang);
    const title = /<title>([^<]*)<\/title>/.exec(outputs.get('packet.html') ?? '')?.[1] ?? '';
    pdf = { file, bytes: await printer.printPdf(outputs.get('packet.html')!, unescapeHtml(title), browser, lang) };
  }
  // One step: every changed document (and the PDF) staged first, then all put in place and the
  // orphans removed; if one fails, every old file is back. What a killed run left is done with first.
  await finishInterrupted(config.root, [config.specs, config.out]);
  const writes = new Map<string, string | Uint8Array>(plan.filter((p) => p.state !== 'same').map((p) => [p.file, p.content]));
  const written = writes.size;
  if (pdf) writes.set(pdf.file, pdf.bytes);
  await inLang(lang, () => fs.write(writes, { remove: orphans, journal: config.root }));
  const summary = t(lang, 'render.done', { count: total, out, written, unchanged: plan.length - written, removed: orphans.length });
  const printed = pdf ? `${t(lang, 'render.printed', { file: show(pdf.file) })}\n` : '';
  return { exitCode: exitCode(CLEAN), stdout: `${summary}\n${printed}` };
}

/** The portfolio page's name, in the folder `render --all` runs in (or `--out`). */
export const PORTFOLIO_FILE = 'aipm-portfolio.md';

/**
 * `render --all`: every product below cwd renders as `render` does in its folder (a product whose
 * aipm.yaml cannot be read is reported, exit 2, and the others still render), then the portfolio
 * page: one row a product, linked to its packet, in the environment's language. Its date is
 * `--today`, else the newest `updated` of all the products (render never reads the clock).
 * With `check`, nothing is written and every stale output of every product, and the page, is listed.
 */
async function renderEvery(opts: RenderOptions, shard: Shard | undefined): Promise<CommandResult> {
  const lang = portfolioLang(opts.lang, opts.env ?? process.env);
  if (opts.today !== undefined && !isRealDate(opts.today)) throw new UserError('error.badToday', { value: opts.today });
  const show = (file: string) => displayPath(opts.cwd, file);
  const outDir = resolve(opts.cwd, opts.out ?? '.');
  const page = join(outDir, PORTFOLIO_FILE);
  if (!isWithin(resolve(opts.cwd), outDir)) throw new UserError('error.portfolioOutside', { out: opts.out ?? '.', cwd: opts.cwd });
  const fs = workspaceFs(opts.cwd, show);
  // A page the user wrote is not overwritten without --force: said before any product renders.
  const current = shard ? undefined : await fs.readIfExists(page);
  if (current !== undefined && !isGenerated(current) && !opts.force && !opts.check) throw new UserError('error.notGenerated', { file: show(page) }, lang);
  const parts: string[] = [];
  const products: { configFile: string; checked?: Checked; error?: unknown }[] = [];
  const outcome = { ...CLEAN };
  const { configs, config: configOf, ownId } = await productsBelow(opts.cwd, shard, lang);
  // A product's render removes the generated files of its `out` it did not render: the page stays out of them.
  if (!shard) {
    for (const configFile of configs) {
      const config = configOf(configFile);
      if (config && isWithin(config.out, outDir)) throw new UserError('error.portfolioInOut', { file: show(page), out: show(config.out), product: show(configFile) }, lang);
    }
  }
  for (const configFile of configs) {
    const product: (typeof products)[number] = { configFile };
    products.push(product);
    const folder = show(dirname(configFile));
    try {
      ownId(configFile);
      // From the product's own folder, so its documents are byte for byte what `render` writes there
      // (and `render --check` in either place agrees); what it says is put under its folder.
      const r = await renderProduct({ ...opts, cwd: dirname(configFile) }, configFile, (checked) => (product.checked = checked));
      parts.push(under(folder, r.stdout));
      // Validation errors (nothing written) or, with --check, stale outputs.
      if (r.exitCode === 1) outcome.errors++;
    } catch (error) {
      // This product's own fault (its aipm.yaml, a file render would overwrite…): said, and the others still render.
      if (!(error instanceof UserError)) throw error;
      outcome.userError = true;
      product.error = error;
      parts.push(under(folder, `${t(error.lang ?? product.checked?.config.lang ?? lang, error.msg, error.params)}\n`));
    }
  }

  // A share of the products cannot speak for all of them: the page is left to a run of them all.
  if (shard) return { exitCode: exitCode(outcome), stdout: `${parts.join('')}${t(lang, 'portfolio.sharded', { file: show(page) })}\n` };

  // The page: every product judged on one date, linked to its packet (or its documents' folder).
  const date = opts.today ?? products.map((p) => p.checked?.date ?? '').filter(Boolean).sort().at(-1) ?? '';
  const today = date || '0000-01-01';
  const rows = products.map(({ configFile, checked, error }): [PortfolioEntry, string | undefined] => {
    if (!checked) return [brokenEntry(opts.cwd, configFile, error, lang), undefined];
    const { config, model, findings } = checked;
    const judged = checked.date === date ? findings : checkSpecs(model.files, checkOptionsOf(config, today)).findings;
    const out = relative(outDir, config.out).split(sep).join('/') || '.';
    return [{ kind: 'product', folder: show(dirname(configFile)), ...portfolioRow(config.product, model, judged, today) }, linkPath(opts.packet ? `${out}/packet.md` : `${out}/`)];
  });
  const links = new Map(rows);
  const entries = rows.map(([e]) => e);
  const content = `${GENERATED_MARK}\n\n${portfolioMarkdown(entries, lang, date, (e) => links.get(e))}`;
  const counted = count(lang, 'product', entries.length);
  const flags = opts.html ? ' --html' : opts.packet ? ' --packet' : '';
  if (opts.check) {
    if (current === content) parts.push(`${t(lang, 'portfolio.upToDate', { file: show(page), products: counted })}\n`);
    else {
      outcome.stale = true;
      parts.push(`${t(lang, current === undefined ? 'render.missing' : 'render.changed', { file: show(page) })}\n${t(lang, 'portfolio.stale', { file: show(page), flags })}\n`);
    }
    return { exitCode: exitCode(outcome), stdout: parts.join('') };
  }
  if (current !== content) await fs.write(new Map([[page, content]]));
  parts.push(`${t(lang, current === content ? 'portfolio.unchanged' : 'portfolio.written', { file: show(page), products: counted })}\n`);
  return { exitCode: exitCode(outcome), stdout: parts.join('') };
}

/** A product's report under its folder: `folder: line`, or the folder and the lines indented below it. */
function under(folder: string, text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return lines.length === 1 ? `${folder}: ${lines[0]}\n` : `${folder}:\n${lines.map((l) => (l ? `  ${l}` : l)).join('\n')}\n`;
}

/** The page's title as text again (it is HTML-escaped in the page). */
const unescapeHtml = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

function checkCollisions(files: string[], outputOf: (f: string) => string, outDir: string, show: (f: string) => string, packet: boolean): void {
  const seen = new Map<string, string>();
  for (const f of files) {
    const out = outputOf(f);
    if (packet && out === 'packet.md') throw new UserError('error.packetName', { file: f, out: show(join(outDir, out)) });
    const first = seen.get(out);
    if (first) throw new UserError('error.outputCollision', { a: first, b: f, out: show(join(outDir, out)) });
    seen.set(out, f);
  }
}
