import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { UserError } from '../errors.js';
import type { Lang } from '../i18n/index.js';

/**
 * `render --pdf`: the packet page printed to PDF by a Chromium found on the machine, driven by
 * playwright-core (loaded only here, and this module only for `--pdf`). The browser runs headless
 * with no network use, a fresh profile that playwright removes when it closes, scripts off, and
 * every request aborted: the page is set as content, so nothing it could ask for is fetched.
 */

/** Program names looked up on PATH, in order. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge'];

/** Where browsers live when they are not on PATH (Debian, snap, macOS, Windows). */
const PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

function isProgram(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The usual places: each name on PATH, then the known install paths. */
export function usualBrowserPaths(path = process.env.PATH ?? ''): string[] {
  const dirs = path.split(delimiter).filter((d) => isAbsolute(d));
  return [...NAMES.flatMap((name) => dirs.map((dir) => join(dir, name))), ...PLACES];
}

/**
 * The browser to print with: `--browser <path>`, else `AIPM_BROWSER`, else the first of
 * `candidates` that is a program. A path given but not a program is exit 2 naming it; none found is
 * exit 2 saying how to install one.
 */
export function findBrowser(given: string | undefined, env: NodeJS.ProcessEnv, lang: Lang, candidates = usualBrowserPaths(env.PATH)): string {
  for (const [path, via] of [[given, '--browser'], [env.AIPM_BROWSER || undefined, 'AIPM_BROWSER']] as const) {
    if (path === undefined) continue;
    if (!isProgram(path)) throw new UserError('error.browserNotProgram', { path, via }, lang);
    return path;
  }
  const found = candidates.find(isProgram);
  if (!found) throw new UserError('error.noBrowser', {}, lang);
  return found;
}

/** Chromium's switches for a quiet, offline, headless print (CI runs as root: no sandbox there). */
const SWITCHES = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-breakpad',
  '--no-pings',
  '--metrics-recording-only',
];

/** The first line of a library's error, for the user (playwright's messages run to many lines). */
const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n').find((l) => l.trim() !== '')?.trim() ?? String(e);

/** Prints `html` to an A4 PDF with its backgrounds, through the browser at `browser`. */
export async function printPdf(html: string, title: string, browser: string, lang: Lang): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  let instance: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    instance = await chromium.launch({ executablePath: browser, headless: true, args: SWITCHES, timeout: 60_000 });
  } catch (e) {
    throw new UserError('error.browserFailed', { path: browser, reason: firstLine(e) }, lang);
  }
  try {
    const context = await instance.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    // The page is given as content; anything it would fetch is refused (its CSP forbids it too).
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return stampPdf(pdf, title);
  } catch (e) {
    throw new UserError('error.browserFailed', { path: browser, reason: firstLine(e) }, lang);
  } finally {
    await instance.close().catch(() => undefined);
  }
}

/** What marks a PDF as aipm's: its document information says so (see `stampPdf`). */
const MARK = '/Creator (aipm)';

/** Whether a PDF's newest document information names aipm as its creator (render overwrites only those without --force). */
export function isAipmPdf(content: string): boolean {
  return content.slice(-4096).includes(MARK);
}

/** A PDF text string: UTF-16BE with its byte-order mark, as hex. */
function pdfText(text: string): string {
  const bytes = Buffer.from(text, 'utf16le').swap16();
  return `<FEFF${bytes.toString('hex').toUpperCase()}>`;
}

/**
 * Appends an incremental update (the standard way to amend a PDF) giving the document new
 * information: its title, aipm as creator, and no dates, so what says when it was printed is no
 * longer what a reader is shown. Chromium writes a classic cross-reference table; a PDF without
 * one is returned as it is.
 */
export function stampPdf(pdf: Uint8Array, title: string): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailer = text.lastIndexOf('trailer');
  if (!start || trailer < 0) return pdf;
  const dict = text.slice(trailer, start.index);
  const size = /\/Size (\d+)/.exec(dict);
  const root = /\/Root (\d+ \d+ R)/.exec(dict);
  if (!size || !root) return pdf;
  const id = Number(size[1]);
  const producer = /\/Producer (\((?:\\.|[^\\)])*\))/.exec(text.slice(0, trailer));
  const head = text.endsWith('\n') ? '' : '\n';
  const object = `${id} 0 obj\n<</Title ${pdfText(title)}\n${MARK}${producer ? `\n/Producer ${producer[1]}` : ''}>>\nendobj\n`;
  const offset = pdf.length + head.length;
  const xref = offset + Buffer.byteLength(object, 'latin1');
  const update = `${head}${object}xref\n${id} 1\n${String(offset).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${id + 1}\n/Root ${root[1]}\n/Info ${id} 0 R\n/Prev ${start[1]}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]);
}
