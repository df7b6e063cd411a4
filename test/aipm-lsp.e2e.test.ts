import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PrepareRenameRequest,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  RenameRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkspaceSymbolRequest,
  createProtocolConnection,
  type ClientCapabilities,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type Location,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { BIN, EN_EXAMPLE, ROOT, TODAY, ZH_EXAMPLE, lineOf, readTree, runCli, writeWorkspace } from './helpers.js';

// `aipm lsp` driven the way an editor drives it: a real LSP client (vscode-languageserver-protocol)
// over the built CLI's standard input and output.

class Editor {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiters: (() => void)[] = [];
  private version = 1;

  private constructor(
    readonly root: string,
    private readonly proc: ChildProcessWithoutNullStreams,
    readonly conn: ProtocolConnection,
  ) {}

  static async start(root: string, capabilities: ClientCapabilities = {}): Promise<Editor> {
    // The parse cache's signing key goes to a scratch home, not the user's.
    const env = { ...process.env, AIPM_TODAY: TODAY, NO_COLOR: '1', XDG_CACHE_HOME: join(root, '.home') };
    const proc = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: root, env });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const editor = new Editor(root, proc, conn);
    conn.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      editor.diagnostics.set(uri, diagnostics);
      for (const wake of editor.waiters.splice(0)) wake();
    });
    conn.listen();
    const uri = pathToFileURL(root).href;
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'product' }], capabilities });
    await conn.sendNotification(InitializedNotification.type, {});
    return editor;
  }

  uri(file: string): string {
    return pathToFileURL(join(this.root, file)).href;
  }

  /** Waits until the diagnostics satisfy `ready` (each publication is a chance). */
  async until(ready: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (!ready()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  of(file: string): Diagnostic[] | undefined {
    return this.diagnostics.get(this.uri(file));
  }

  async open(file: string, text = readFileSync(join(this.root, file), 'utf8')): Promise<void> {
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: this.uri(file), languageId: 'yaml', version: this.version++, text } });
  }

  async type(file: string, text: string): Promise<void> {
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri(file), version: this.version++ }, contentChanges: [{ text }] });
  }

  async close(file: string): Promise<void> {
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: this.uri(file) } });
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.on('exit', resolve));
    await this.conn.sendRequest(ShutdownRequest.type);
    await this.conn.sendNotification(ExitNotification.type);
    const code = await exited;
    this.conn.dispose();
    return code;
  }

  kill(): void {
    this.conn.dispose();
    this.proc.kill();
  }
}

const editors: Editor[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.kill();
});

async function editorOn(files: Record<string, string>, capabilities?: ClientCapabilities): Promise<Editor> {
  const editor = await Editor.start(writeWorkspace(files), capabilities);
  editors.push(editor);
  return editor;
}

/** validate's findings for a workspace, as an editor would show them: per file, 0-based ranges. */
function validateAsDiagnostics(root: string): Map<string, unknown[]> {
  const { stdout } = runCli(['validate', '--format', 'json'], { cwd: root });
  const report = JSON.parse(stdout) as { findings: { file: string; line: number; col: number; endLine: number; endCol: number; rule: string; severity: string; message: string; suppressed?: unknown }[] };
  const specs = Object.keys(readTree(join(root, 'specs'))).filter((f) => f.endsWith('.yaml'));
  const byFile = new Map<string, unknown[]>(specs.map((f) => [`specs/${f}`, []]));
  for (const f of report.findings) {
    if (f.suppressed) continue;
    byFile.get(f.file)!.push({ line: f.line - 1, character: f.col - 1, endLine: f.endLine - 1, endCharacter: f.endCol - 1, code: f.rule, severity: f.severity === 'error' ? 1 : 2, message: f.message });
  }
  return byFile;
}

function simplified(list: Diagnostic[] = []): unknown[] {
  return list.map((d) => ({ line: d.range.start.line, character: d.range.start.character, endLine: d.range.end.line, endCharacter: d.range.end.character, code: d.code, severity: d.severity, message: d.message }));
}

/** The LSP position of the first `needle` in a file of the editor's workspace (plus `shift` characters). */
function positionOf(editor: Editor, file: string, needle: string, shift = 0, from = 0): { line: number; character: number } {
  const text = readFileSync(join(editor.root, file), 'utf8');
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  const line = lineOf(text, needle, from) - 1;
  return { line, character: at - text.lastIndexOf('\n', at - 1) - 1 + shift };
}

/** The English example with mistakes for every stage: schema, reference, a rule, a suppressed one. */
function brokenExample(): Record<string, string> {
  const files = readTree(EN_EXAMPLE);
  files['specs/metrics.yaml'] = files['specs/metrics.yaml']!.replace('target: ">= 88%"', 'target: ">= 99%"').replace('layer: business', 'layer: Business');
  files['specs/requirements.yaml'] = files['specs/requirements.yaml']!.replace(/metric: BM-CYCLE-TIME/, 'metric: BM-CYCLE-TIM');
  // The raised target fails the evaluation, but that finding is suppressed: validate lists it, marked; the editor does not show it.
  files['specs/evaluation.yaml'] = files['specs/evaluation.yaml']!.replace('    value: 89.4', '    # aipm-ignore evaluation-consistent: the re-run on the new set is due Friday\n    value: 89.4');
  return files;
}

describe('aipm lsp', () => {
  it('publishes exactly what validate reports, for every spec file, in both examples and a broken one', async () => {
    const broken = brokenExample();
    for (const files of [readTree(EN_EXAMPLE), readTree(ZH_EXAMPLE), broken]) {
      const editor = await editorOn(files);
      const expected = validateAsDiagnostics(editor.root);
      expect(expected.size).toBeGreaterThan(5);
      await editor.until(() => [...expected.keys()].every((f) => editor.of(f) !== undefined), 'every file');
      for (const [file, list] of expected) expect(simplified(editor.of(file)), file).toEqual(list);
      if (files === broken) {
        const report = JSON.parse(runCli(['validate', '--format', 'json'], { cwd: editor.root }).stdout) as { findings: { rule: string; suppressed?: unknown }[] };
        expect(report.findings.filter((f) => f.suppressed).map((f) => f.rule)).toEqual(['evaluation-consistent']);
        expect(editor.of('specs/evaluation.yaml')!.map((d) => d.code)).not.toContain('evaluation-consistent');
      }
      expect(editor.of('aipm.yaml')).toEqual([]);
      expect(await editor.stop()).toBe(0);
    }
  });

  it('shows a bidi control or an escape in a diagnostic as visible text, never raw', async () => {
    const files = readTree(EN_EXAMPLE);
    files['specs/requirements.yaml'] = files['specs/requirements.yaml']!.replace(/metric: BM-CYCLE-TIME/, 'metric: "BM-CYCLE\u202ETIM\u001b[2J"');
    const editor = await editorOn(files);
    await editor.until(() => (editor.of('specs/requirements.yaml') ?? []).length > 0, 'the broken reference');
    const messages = editor.of('specs/requirements.yaml')!.map((d) => d.message).join('\n');
    expect(messages).toContain('BM-CYCLE\\u{202e}TIM\\u{1b}[2J');
    expect(messages).not.toMatch(/[\u001b\u202e]/);
  });

  it('checks every product below the editor\'s folder, each with its own settings and language', async () => {
    const files: Record<string, string> = {};
    for (const [path, text] of Object.entries(brokenExample())) files[`claims/${path}`] = text;
    for (const [path, text] of Object.entries(readTree(ZH_EXAMPLE))) files[`delivery/${path}`] = path === 'specs/metrics.yaml' ? text.replace(/layer: business/, 'layer: 业务') : text;
    const editor = await editorOn(files);
    for (const product of ['claims', 'delivery']) {
      const expected = validateAsDiagnostics(join(editor.root, product));
      await editor.until(() => [...expected.keys()].every((f) => editor.of(`${product}/${f}`) !== undefined), product);
      for (const [file, list] of expected) expect(simplified(editor.of(`${product}/${file}`)), `${product}/${file}`).toEqual(list);
    }
    // The Chinese product speaks Chinese.
    expect(editor.of('delivery/specs/metrics.yaml')!.map((d) => d.message).join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('updates another file as you type: a metric target raised in metrics.yaml fails the evaluation', async () => {
    const editor = await editorOn(readTree(EN_EXAMPLE));
    const metrics = 'specs/metrics.yaml';
    const evaluation = 'specs/evaluation.yaml';
    await editor.until(() => editor.of(evaluation) !== undefined, 'the evaluation');
    expect(editor.of(evaluation)).toEqual([]);
    const text = readFileSync(join(editor.root, metrics), 'utf8');
    await editor.open(metrics, text);
    // Unsaved: the file on disk is unchanged.
    await editor.type(metrics, text.replace('target: ">= 88%"', 'target: ">= 99%"'));
    await editor.until(() => (editor.of(evaluation) ?? []).length > 0, 'the evaluation to fail');
    const [finding] = editor.of(evaluation)!;
    expect(finding!.code).toBe('evaluation-consistent');
    expect(finding!.message).toContain('>= 99%');
    expect(finding!.range.start.line).toBe(lineOf(readFileSync(join(editor.root, evaluation), 'utf8'), 'value: 89.4') - 1);
    expect(readFileSync(join(editor.root, metrics), 'utf8')).toBe(text);
    // Typed back: the finding goes; closed unsaved: the disk's text is what counts.
    await editor.type(metrics, text.replace('target: ">= 88%"', 'target: ">= 87%"'));
    await editor.until(() => editor.of(evaluation)!.length === 0, 'the evaluation to pass again');
    await editor.type(metrics, text.replace('target: ">= 88%"', 'target: ">= 99.5%"'));
    await editor.until(() => editor.of(evaluation)!.length > 0, 'the evaluation to fail again');
    await editor.close(metrics);
    await editor.until(() => editor.of(evaluation)!.length === 0, 'the disk text to count again');
  });

  it('shows a bad aipm.yaml on aipm.yaml, and recovers when it is fixed', async () => {
    const files = readTree(EN_EXAMPLE);
    const editor = await editorOn(files);
    await editor.until(() => editor.of('aipm.yaml') !== undefined, 'aipm.yaml');
    const config = files['aipm.yaml']!;
    await editor.open('aipm.yaml', config);
    await editor.type('aipm.yaml', config.replace(/^lang: en$/m, 'lang: fr'));
    await editor.until(() => editor.of('aipm.yaml')!.length === 1, 'the config problem');
    const [problem] = editor.of('aipm.yaml')!;
    // The problem itself, where it stands (the terminal's "aipm.yaml is not valid" heading is left out).
    expect(problem!.message).toBe('must be one of: zh | en');
    expect(problem!.range).toEqual({ start: { line: lineOf(config, 'lang: en') - 1, character: 'lang: '.length }, end: { line: lineOf(config, 'lang: en') - 1, character: 'lang: fr'.length } });
    // Two mistakes: two diagnostics, each at its own line.
    await editor.type('aipm.yaml', config.replace(/^lang: en$/m, 'lang: fr').replace(/^specs: /m, 'spec: '));
    await editor.until(() => editor.of('aipm.yaml')!.length === 2, 'two config problems');
    expect(new Set(editor.of('aipm.yaml')!.map((d) => d.range.start.line)).size).toBe(2);
    await editor.type('aipm.yaml', config.replace(/^lang: en$/m, 'lang: zh'));
    await editor.until(() => editor.of('aipm.yaml')!.length === 0, 'the config to be fine');
  });

  it('gives a duplicate id the first definition as related information, to an editor that shows it', async () => {
    const files = readTree(EN_EXAMPLE);
    files['specs/data-feasibility.yaml'] = files['specs/data-feasibility.yaml']!.replace('id: DS-CLAIM-PHOTOS', 'id: M-SEVERE-MISS');
    const first = lineOf(files['specs/data-feasibility.yaml']!, 'id: M-SEVERE-MISS') - 1;
    const second = lineOf(files['specs/metrics.yaml']!, 'id: M-SEVERE-MISS') - 1;
    const editor = await editorOn(files, { textDocument: { publishDiagnostics: { relatedInformation: true } } });
    await editor.until(() => (editor.of('specs/metrics.yaml') ?? []).some((d) => d.code === 'duplicate-id'), 'the duplicate');
    const duplicate = editor.of('specs/metrics.yaml')!.find((d) => d.code === 'duplicate-id')!;
    expect(duplicate.range.start).toEqual({ line: second, character: 8 });
    expect(duplicate.relatedInformation).toEqual([
      { location: { uri: editor.uri('specs/data-feasibility.yaml'), range: { start: { line: first, character: 8 }, end: { line: first, character: 21 } } }, message: '`M-SEVERE-MISS` is first defined here' },
    ]);
    // An editor that does not say it shows related information gets the message alone.
    const plain = await editorOn(files);
    await plain.until(() => (plain.of('specs/metrics.yaml') ?? []).some((d) => d.code === 'duplicate-id'), 'the duplicate');
    expect(plain.of('specs/metrics.yaml')!.find((d) => d.code === 'duplicate-id')!.relatedInformation).toBeUndefined();
  });

  it('goes to the definition of an id and finds its references across files', async () => {
    const editor = await editorOn(readTree(EN_EXAMPLE));
    const metrics = 'specs/metrics.yaml';
    await editor.until(() => editor.of(metrics) !== undefined, 'the first check');
    const metricsText = readFileSync(join(editor.root, metrics), 'utf8');
    // `supports: [BM-CYCLE-TIME]` → `id: BM-CYCLE-TIME`.
    const from = positionOf(editor, metrics, 'supports: [BM-CYCLE-TIME]', 'supports: ['.length + 3);
    const def = (await editor.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: editor.uri(metrics) }, position: from })) as Location;
    expect(def.uri).toBe(editor.uri(metrics));
    expect(def.range.start).toEqual(positionOf(editor, metrics, 'BM-CYCLE-TIME'));
    expect(def.range.end.character - def.range.start.character).toBe('BM-CYCLE-TIME'.length);
    expect(lineOf(metricsText, 'id: BM-CYCLE-TIME') - 1).toBe(def.range.start.line);
    const refs = (await editor.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri: editor.uri(metrics) }, position: from, context: { includeDeclaration: true } })) as Location[];
    const expected = Object.entries(readTree(join(editor.root, 'specs'))).flatMap(([file, text]) => text.split('\n').filter((l) => /\bBM-CYCLE-TIME\b/.test(l) && !l.trim().startsWith('#')).map(() => `specs/${file}`));
    expect(refs.map((r) => r.uri.slice(pathToFileURL(editor.root).href.length + 1)).sort()).toEqual(expected.sort());
    expect(new Set(refs.map((r) => r.uri)).size).toBeGreaterThan(1);
  });

  it('renames an id everywhere it is named, as aipm rename does, and refuses a bad or taken name', async () => {
    const editor = await editorOn(readTree(EN_EXAMPLE));
    const metrics = 'specs/metrics.yaml';
    await editor.until(() => editor.of(metrics) !== undefined, 'the first check');
    const uri = editor.uri(metrics);
    const from = positionOf(editor, metrics, 'supports: [BM-CYCLE-TIME]', 'supports: ['.length + 3);
    // The editor is offered the id itself to type over.
    const range = (await editor.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: from })) as { start: { character: number }; end: { character: number } };
    expect(range.end.character - range.start.character).toBe('BM-CYCLE-TIME'.length);
    expect(await editor.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } })).toBeNull();
    const edit = (await editor.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: from, newName: 'BM-CLAIM-HOURS' })) as { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> };
    // Applied to the files, the workspace is the one `aipm rename` makes: every mention renamed, still clean.
    const files = readTree(editor.root);
    for (const [fileUri, edits] of Object.entries(edit.changes)) {
      const file = fileUri.slice(pathToFileURL(editor.root).href.length + 1);
      const lines = files[file]!.split('\n');
      for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
        expect(e.range.start.line).toBe(e.range.end.line);
        const line = lines[e.range.start.line]!;
        expect(line.slice(e.range.start.character, e.range.end.character)).toBe('BM-CYCLE-TIME');
        lines[e.range.start.line] = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);
      }
      files[file] = lines.join('\n');
    }
    expect(Object.keys(edit.changes).length).toBeGreaterThan(1);
    const renamed = writeWorkspace(files);
    const cli = writeWorkspace(readTree(EN_EXAMPLE));
    expect(runCli(['rename', 'BM-CYCLE-TIME', 'BM-CLAIM-HOURS'], { cwd: cli }).code).toBe(0);
    expect(readTree(join(renamed, 'specs'))).toEqual(readTree(join(cli, 'specs')));
    expect(runCli(['validate'], { cwd: renamed }).code).toBe(0);
    // A name that is not an id, or one already taken: refused with the reason.
    await expect(editor.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: from, newName: 'not an id' })).rejects.toThrow(/not a valid id/);
    await expect(editor.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: from, newName: 'M-TOP1-ACC' })).rejects.toThrow(/already used/);
  });

  it('lists a file\'s items as its outline, and finds any item of the workspace by id or name', async () => {
    const editor = await editorOn(readTree(EN_EXAMPLE));
    const metrics = 'specs/metrics.yaml';
    await editor.until(() => editor.of(metrics) !== undefined, 'the first check');
    const text = readFileSync(join(editor.root, metrics), 'utf8');
    const outline = (await editor.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: editor.uri(metrics) } })) as { name: string; detail: string; selectionRange: { start: { line: number } } }[];
    const ids = [...text.matchAll(/^  - id: (\S+)/gm)].map((m) => m[1]);
    expect(outline.map((s) => s.name)).toEqual(ids);
    expect(outline[0]!.detail).toBe('metric · Median claim cycle time');
    expect(outline[0]!.selectionRange.start.line).toBe(lineOf(text, `id: ${ids[0]}`) - 1);
    const found = (await editor.conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'severity' })) as { name: string; location: { uri: string } }[];
    expect(found.map((s) => s.name)).toContain('M-TOP1-ACC');
    expect(new Set(found.map((s) => s.location.uri)).size).toBeGreaterThan(1);
    expect(((await editor.conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'DS-CLAIM' })) as { name: string }[]).map((s) => s.name).every((n) => n.startsWith('DS-CLAIM'))).toBe(true);
  });

  it('hovers an id with its item: name, owner, target and the latest result', async () => {
    const editor = await editorOn(readTree(EN_EXAMPLE));
    const evaluation = 'specs/evaluation.yaml';
    await editor.until(() => editor.of(evaluation) !== undefined, 'the first check');
    const hover = (await editor.conn.sendRequest(HoverRequest.type, { textDocument: { uri: editor.uri(evaluation) }, position: positionOf(editor, evaluation, 'metric: M-TOP1-ACC', 10) })) as Hover;
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain('**M-TOP1-ACC**');
    expect(text).toContain('Top-1 severity accuracy');
    expect(text).toContain('Leo Zhang');
    expect(text).toContain('\\>= 88%');
    expect(text).toMatch(/latest result: 89\.4 % \(EV-/);
    // Nothing to say off an id.
    expect(await editor.conn.sendRequest(HoverRequest.type, { textDocument: { uri: editor.uri(evaluation) }, position: { line: 0, character: 0 } })).toBeNull();
  });

  it('completes ids of the kind a reference wants, and the words an enum allows', async () => {
    const editor = await editorOn(readTree(EN_EXAMPLE));
    const metrics = 'specs/metrics.yaml';
    await editor.until(() => editor.of(metrics) !== undefined, 'the first check');
    const text = readFileSync(join(editor.root, metrics), 'utf8');
    await editor.open(metrics, text);
    const complete = async (needle: string, shift: number) =>
      ((await editor.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: editor.uri(metrics) }, position: positionOf(editor, metrics, needle, shift) })) as CompletionItem[]).map((c) => c.label);
    // In `supports: [BM-CYCLE-TIME]`: metrics only.
    const ids = await complete('supports: [BM-CYCLE-TIME]', 'supports: ['.length + 1);
    expect(ids).toContain('BM-CYCLE-TIME');
    expect(ids).toContain('M-TOP1-ACC');
    expect(ids.every((id) => /^B?M-/.test(id))).toBe(true);
    // `layer: business` offers the layers; `status: approved` the statuses.
    expect(await complete('layer: business', 'layer: '.length)).toEqual(expect.arrayContaining(['business', 'model']));
    expect(await complete('status: approved', 'status: '.length)).toEqual(expect.arrayContaining(['draft', 'approved']));
    // A half-typed line: `layer: ` with nothing after it yet.
    await editor.type(metrics, text.replace('layer: business', 'layer: '));
    await editor.until(() => true, '');
    const position = positionOf(editor, metrics, 'layer: business', 'layer: '.length);
    const labels = ((await editor.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: editor.uri(metrics) }, position })) as CompletionItem[]).map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['business', 'model']));
    // A map whose keys are ids: an experiment's results are keyed by metric.
    const evaluation = 'specs/evaluation.yaml';
    const keys = ((await editor.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: editor.uri(evaluation) }, position: positionOf(editor, evaluation, 'results: {M-TOP1-ACC: 82.1}', 'results: {'.length + 2) })) as CompletionItem[]).map((c) => c.label);
    expect(keys).toContain('M-TOP1-ACC');
    expect(keys.every((id) => /^B?M-/.test(id))).toBe(true);
    // The value beside it is a number: nothing to offer.
    expect(await editor.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: editor.uri(evaluation) }, position: positionOf(editor, evaluation, 'results: {M-TOP1-ACC: 82.1}', 'results: {M-TOP1-ACC: 8'.length) })).toEqual([]);
  });

  it('offers what aipm fix would do as code actions', async () => {
    const files = readTree(EN_EXAMPLE);
    files['specs/metrics.yaml'] = files['specs/metrics.yaml']!.replace('layer: business', 'layer: Business');
    const editor = await editorOn(files);
    const metrics = 'specs/metrics.yaml';
    await editor.until(() => (editor.of(metrics) ?? []).length > 0, 'the enum finding');
    const diagnostics = editor.of(metrics)!;
    const actions = (await editor.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: editor.uri(metrics) }, range: diagnostics[0]!.range, context: { diagnostics } })) as { title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[];
    const quick = actions.find((a) => a.kind === 'quickfix')!;
    expect(quick.edit.changes[editor.uri(metrics)]![0]!.newText).toBe('business');
    const all = actions.find((a) => a.kind === 'source.fixAll')!;
    expect(all.edit.changes[editor.uri(metrics)]![0]!.newText).toBe(readFileSync(join(EN_EXAMPLE, metrics), 'utf8'));
  });

  it('survives what an editor sends mid-edit: a half-typed file, binary junk, a huge line', { timeout: 60_000 }, async () => {
    const editor = await editorOn(readTree(EN_EXAMPLE));
    const metrics = 'specs/metrics.yaml';
    await editor.until(() => editor.of(metrics) !== undefined, 'the first check');
    const text = readFileSync(join(editor.root, metrics), 'utf8');
    await editor.open(metrics, text);
    for (const [i, junk] of [text.slice(0, text.length / 2) + '\n  - id: [', '\u0000\u0001\uFFFD\u0000PK\u0003\u0004', `a: ${'x'.repeat(200_000)}\nb: [[[[[[[[`, 'kind: metrics\nmetrics: &a [*a]\n', ''].entries()) {
      await editor.type(metrics, junk);
      await editor.until(() => (editor.of(metrics) ?? []).some((d) => d.source === 'aipm') || junk === '', `a finding for junk ${i}`);
      // Still answering.
      await editor.conn.sendRequest(HoverRequest.type, { textDocument: { uri: editor.uri(metrics) }, position: { line: 0, character: 1 } });
      await editor.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: editor.uri(metrics) }, position: { line: 0, character: 1 } });
    }
    await editor.type(metrics, text);
    await editor.until(() => editor.of(metrics)!.length === 0, 'the file to be clean again');
    expect(await editor.stop()).toBe(0);
  });

  it('reads the organisation file a product extends: shared ids resolve, and an edit to it checks every product again', async () => {
    const files: Record<string, string> = { '.git/HEAD': '' };
    for (const [path, text] of Object.entries(readTree(join(ROOT, 'examples', 'monorepo')))) files[path] = text;
    const editor = await editorOn(files);
    const plan = 'claims-en/specs/launch-plan.yaml';
    const metrics = 'claims-en/specs/metrics.yaml';
    await editor.until(() => editor.of(plan) !== undefined && editor.of(metrics) !== undefined, 'the products');
    // M-COMPLAINT-RATE is the organisation's: no unknown reference.
    expect(editor.of(plan)).toEqual([]);
    const org = files['org.yaml']!;
    await editor.open('org.yaml', org);
    await editor.type('org.yaml', org.replace('target: "<= 3000 ms"', 'target: "<= 2000 ms"'));
    await editor.until(() => (editor.of(metrics) ?? []).some((d) => d.code === 'org-policy'), 'the looser red line');
    expect(editor.of(metrics)!.find((d) => d.code === 'org-policy')!.message).toContain('looser than the organisation\'s `<= 2000 ms`');
    await editor.type('org.yaml', org);
    await editor.until(() => editor.of(metrics)!.length === 0, 'the organisation as it was');
  });

  it('picks up a spec file written on disk by another program when the editor reports it', async () => {
    const editor = await editorOn(readTree(EN_EXAMPLE));
    const metrics = 'specs/metrics.yaml';
    await editor.until(() => editor.of(metrics) !== undefined, 'the first check');
    writeFileSync(join(editor.root, metrics), readFileSync(join(editor.root, metrics), 'utf8').replace('layer: business', 'layer: sideways'));
    await editor.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: editor.uri(metrics), type: 2 }] });
    await editor.until(() => editor.of(metrics)!.length === 1, 'the changed file');
    expect(editor.of(metrics)![0]!.code).toBe('schema');
    // A new file is one of the product's if validate would read it, a dot in its name or not.
    const draft = 'specs/drafts/.idea.yaml';
    mkdirSync(join(editor.root, 'specs', 'drafts'), { recursive: true });
    writeFileSync(join(editor.root, draft), 'kind: glossary\n');
    await editor.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: editor.uri(draft), type: 1 }] });
    await editor.until(() => (editor.of(draft) ?? []).length === 1, 'the new file');
    expect(simplified(editor.of(draft))).toEqual(validateAsDiagnostics(editor.root).get(draft));
  });
});
