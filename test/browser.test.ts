import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { render } from '../src/commands/render.js';
import { findBrowser, isAipmPdf, stampPdf } from '../src/render/pdf.js';
import { t } from '../src/i18n/index.js';
import { EN_EXAMPLE, ZH_EXAMPLE, call, readTree, writeWorkspace } from './helpers.js';

/**
 * The packet page in a real Chromium (the one `render --pdf` would use): the example packets as a
 * reader opens them, axe-core's accessibility check, hostile spec text, and the PDF read back by
 * pdftotext. Without a browser these are skipped on a developer's machine, and fail in CI (`CI` set),
 * whose `.ci/run` installs one.
 */
const BROWSER = (() => {
  try {
    return findBrowser(undefined, process.env, 'en');
  } catch {
    return undefined;
  }
})();
const PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const SKIP = 'no Chromium found (apt-get install chromium, or set AIPM_BROWSER): the real-browser tests are skipped';

function copyExample(example: string, edit?: (files: Record<string, string>) => void): string {
  const files = readTree(example);
  for (const k of Object.keys(files)) if (k.startsWith('docs/')) delete files[k];
  edit?.(files);
  return writeWorkspace(files);
}

it.runIf(!BROWSER)('a browser is found where the tests must run one (CI)', () => {
  if (process.env.CI) expect.fail(`CI is set and ${SKIP.replace(': the real-browser tests are skipped', '')}: .ci/run installs Debian's chromium`);
  console.warn(SKIP);
});

it.runIf(BROWSER && !PDFTOTEXT)('pdftotext is found where the tests must run it (CI)', () => {
  if (process.env.CI) expect.fail('CI is set and pdftotext is missing: .ci/run installs poppler-utils');
  console.warn('pdftotext not found (apt-get install poppler-utils): the PDF is not read back');
});

describe.skipIf(!BROWSER)('the packet page in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: BROWSER!, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page file as a reader does, recording every request but its own, console errors and dialogs. */
  async function open(file: string, options: BrowserContextOptions = {}) {
    const context = await browser.newContext(options);
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    const errors: string[] = [];
    const dialogs: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    const page: Page = await context.newPage();
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, errors, dialogs, close: () => context.close() };
  }

  for (const example of [EN_EXAMPLE, ZH_EXAMPLE]) {
    const name = example.split('/').at(-1)!;
    const file = join(example, 'docs/aipm/packet.html');

    it(`${name}: opens with no console error and no request, and every in-page link lands on an element`, async () => {
      const { page, requests, errors, close } = await open(file);
      const links = await page.$$eval('a[href^="#"]', (as) => as.map((a) => ({ href: a.getAttribute('href')!, found: document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1))) !== null })));
      await close();
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(links.length).toBeGreaterThan(5);
      expect(links.filter((l) => !l.found)).toEqual([]);
    });

    it(`${name}: axe-core finds no serious or critical accessibility violation`, async () => {
      // axe is a script: this context lets it past the page's Content-Security-Policy.
      const { page, close } = await open(file, { bypassCSP: true });
      await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run({ resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      await close();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    });

    it(`${name}: the results chart draws one mark per result, its value as visible text`, async () => {
      const { page, close } = await open(file);
      const rows = await page.$$eval('#chart-results g.result', (gs) =>
        gs.map((g) => {
          const value = g.querySelector('text.value') as SVGTextElement | null;
          return { marks: g.querySelectorAll('.mark').length, value: g.querySelector('.mark')?.getAttribute('data-value'), text: value?.textContent ?? '', width: value?.getBBox().width ?? 0 };
        }));
      const table = await page.$$eval('#chart-results details tbody tr', (trs) => trs.length);
      await close();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBe(table);
      for (const row of rows) {
        expect(row.marks).toBe(1);
        expect(row.width).toBeGreaterThan(0);
        expect(row.text).toContain(row.value);
      }
    });
  }

  it('a script, an onerror handler or a javascript: URL planted in a spec does not run, even with the page\'s CSP lifted', async () => {
    const hostile = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2;alert(1)"> <a href="javascript:window.pwned=3">x</a> [y](javascript:alert(2)) <javascript:alert(3)>';
    const dir = copyExample(EN_EXAMPLE, (files) => {
      const q = (s: string) => JSON.stringify(s);
      files['specs/requirements.yaml'] = files['specs/requirements.yaml']!.replace('title: Classify damage severity from claim photos', `title: ${q(hostile)}`);
      files['specs/launch-plan.yaml'] = files['specs/launch-plan.yaml']!.replace('dashboard: ClaimLens quality', 'dashboard: "javascript:window.pwned=4"');
      files['aipm.yaml'] = files['aipm.yaml']!.replace('name: ClaimLens photo triage', `name: ${q('</title><script>window.pwned=5</script>')}`);
    });
    expect((await render({ cwd: dir, html: true })).exitCode).toBe(0);
    const { page, requests, errors, dialogs, close } = await open(join(dir, 'docs/aipm/packet.html'), { bypassCSP: true });
    // Follow every link the page has: none may run anything.
    for (const link of await page.$$('a')) await link.click({ noWaitAfter: true, timeout: 5_000 }).catch(() => undefined);
    const state = await page.evaluate(() => ({ pwned: (window as unknown as { pwned?: number }).pwned, scripts: document.scripts.length, images: document.images.length, text: document.body.textContent ?? '' }));
    await close();
    expect(state).toMatchObject({ pwned: undefined, scripts: 0, images: 0 });
    expect(state.text).toContain('<script>window.pwned=1</script>');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((r) => !r.startsWith('https://'))).toEqual([]);
  });
});

describe.skipIf(!BROWSER)('render --pdf', { timeout: 180_000 }, () => {
  /** Prints an example's packet and reads the PDF back (pdftotext, pdfinfo). */
  async function printed(dir: string, words: string[], message: string): Promise<string> {
    const r = await call(render, { cwd: dir, pdf: true, browser: BROWSER! });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(message);
    const pdf = join(dir, 'docs/aipm/packet.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // --pdf implies --html and --packet.
    expect(existsSync(join(dir, 'docs/aipm/packet.html'))).toBe(true);
    expect(existsSync(join(dir, 'docs/aipm/packet.md'))).toBe(true);
    if (PDFTOTEXT) {
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      expect(text.status).toBe(0);
      for (const word of words) expect(text.stdout.replace(/\s+/g, ' ')).toContain(word);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info.stdout).toMatch(/^Creator:\s+aipm$/m);
      expect(info.stdout).toMatch(/^Page size:.*\(A4\)$/m);
      expect(info.stdout).not.toMatch(/CreationDate/);
    }
    return pdf;
  }

  it('zh: prints packet.pdf beside the page, its Chinese text read back by pdftotext', async () => {
    await printed(copyExample(ZH_EXAMPLE), ['外卖送达时间预估', '本次评审需要做出的决策', '上线闸门'], '已将评审材料打印为 docs/aipm/packet.pdf');
  });

  it('en: prints packet.pdf; overwrites its own PDF, another one only with --force; --check does not look at the PDF', async () => {
    const dir = copyExample(EN_EXAMPLE);
    const pdf = await printed(dir, ['ClaimLens photo triage', 'Decisions this review must make'], 'printed the packet to docs/aipm/packet.pdf');
    expect(isAipmPdf(readFileSync(pdf, 'latin1'))).toBe(true);
    expect((await call(render, { cwd: dir, pdf: true, check: true, browser: '/nonexistent' })).code).toBe(0);
    writeFileSync(pdf, '%PDF-1.4\n% a report someone saved here\n%%EOF\n');
    const refused = await call(render, { cwd: dir, pdf: true, browser: BROWSER! });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('docs/aipm/packet.pdf exists and was not written by aipm');
    expect(readFileSync(pdf, 'utf8')).toContain('a report someone saved here');
    expect((await call(render, { cwd: dir, pdf: true, force: true, browser: BROWSER! })).code).toBe(0);
    expect(isAipmPdf(readFileSync(pdf, 'latin1'))).toBe(true);
    // Its own PDF it replaces without --force.
    const before = statSync(pdf).ino;
    expect((await call(render, { cwd: dir, pdf: true, browser: BROWSER! })).code).toBe(0);
    expect(statSync(pdf).ino).not.toBe(before);
  });
});

describe('render --pdf without a browser', () => {
  it('is exit 2 before anything is written, saying how to get one (en and zh)', async () => {
    for (const [example, words] of [[EN_EXAMPLE, 'Nothing was written'], [ZH_EXAMPLE, '未写入任何文件']] as const) {
      const dir = copyExample(example);
      const r = await call(render, { cwd: dir, pdf: true, browser: join(dir, 'no-such-browser') });
      expect(r.code).toBe(2);
      for (const word of ['no-such-browser', '--browser', 'apt-get install chromium', words]) expect(r.stderr).toContain(word);
      expect(existsSync(join(dir, 'docs'))).toBe(false);
    }
    // None on the machine: the message says how to get one, or name one.
    for (const lang of ['en', 'zh'] as const) {
      for (const word of ['apt-get install chromium', '`--browser <path>`', 'AIPM_BROWSER']) expect(t(lang, 'error.noBrowser')).toContain(word);
    }
    expect(() => findBrowser(undefined, {}, 'en', [])).toThrow(expect.objectContaining({ msg: 'error.noBrowser' }));
    expect(() => findBrowser(undefined, { AIPM_BROWSER: '/nonexistent/chrome' }, 'zh', [])).toThrow(expect.objectContaining({ msg: 'error.browserNotProgram', params: { path: '/nonexistent/chrome', via: 'AIPM_BROWSER' } }));
    // The flag comes first, then the variable, then the usual places.
    expect(findBrowser('/bin/sh', { AIPM_BROWSER: '/nonexistent' }, 'en', [])).toBe('/bin/sh');
    expect(findBrowser(undefined, { AIPM_BROWSER: '/bin/sh' }, 'en', ['/bin/ls'])).toBe('/bin/sh');
    expect(findBrowser(undefined, {}, 'en', ['/nonexistent', '/bin/ls'])).toBe('/bin/ls');
  });

  it('a browser that cannot print is exit 2 naming it, and nothing is written', async () => {
    const dir = copyExample(EN_EXAMPLE);
    const r = await call(render, { cwd: dir, pdf: true, browser: '/bin/false' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the browser /bin/false could not print the packet');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'docs'))).toBe(false);
  }, 60_000);

  it('marks the PDF as aipm\'s with an incremental update readers take as its information', () => {
    const body = '%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m1) /CreationDate (D:2026)>>\nendobj\n2 0 obj\n<</Type /Catalog>>\nendobj\nxref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000071 00000 n \ntrailer\n<</Size 3\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n103\n%%EOF';
    const stamped = Buffer.from(stampPdf(Buffer.from(body, 'latin1'), '评审 packet')).toString('latin1');
    expect(stamped.startsWith(body)).toBe(true);
    const update = stamped.slice(body.length);
    expect(update).toContain('3 0 obj\n<</Title <FEFF8BC45BA10020007000610063006B00650074>');
    expect(update).toContain('/Creator (aipm)\n/Producer (Skia/PDF m1)');
    expect(update).toMatch(/trailer\n<<\/Size 4\n\/Root 2 0 R\n\/Info 3 0 R\n\/Prev 103>>\nstartxref\n(\d+)\n%%EOF\n$/);
    // The new cross-reference entry and startxref point where the object and the table begin.
    const offset = Number(/\n3 1\n(\d{10}) 00000 n \n/.exec(update)![1]);
    expect(stamped.slice(offset, offset + 8)).toBe('3 0 obj\n');
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(update)![1]);
    expect(stamped.slice(xref, xref + 5)).toBe('xref\n');
    expect(isAipmPdf(stamped)).toBe(true);
    expect(isAipmPdf(body)).toBe(false);
  });
});
