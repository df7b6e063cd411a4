import { join, resolve } from 'node:path';
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
import { checkOptionsOf, inLang, openWorkspace, type CommandResult } from './shared.js';

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
}

const isGenerated = (text: string | undefined) => text !== undefined && text.split('\n', 1)[0] === GENERATED_MARK;

export async function render(opts: RenderOptions): Promise<CommandResult> {
  if (opts.pdf) opts = { ...opts, html: true };
  if (opts.html) opts = { ...opts, packet: true };
  const ws = await openWorkspace(opts.cwd);
  const { config } = ws;
  const lang = config.lang;
  if (opts.today !== undefined && !isRealDate(opts.today)) throw new UserError('error.badToday', { value: opts.today }, lang);
  // Validation runs against the render date too, so nothing here depends on the clock.
  // With no dated spec at all there is no date: nothing is overdue and the cover shows none.
  const date = opts.today ?? newestUpdated(ws.files) ?? '';
  const options = checkOptionsOf(config, date || '0000-01-01');
  const { findings, model } = checkSpecs(ws.files, options);
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
    markdown: diffMarkdown(compareModels(buildModel(specsAtRevision(config.specs, opts.since, show), lang, undefined, config.organisation).model, model), opts.since, lang, { level: 2, title: false }),
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
