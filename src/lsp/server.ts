import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  SymbolKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type CodeAction,
  type Diagnostic,
  type Location,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixFile } from '../edit/fix.js';
import { t, type Lang } from '../i18n/index.js';
import { forTerminal } from '../safe-text.js';
import type { Finding } from '../model/types.js';
import { findConfig, findConfigsBelow, listFiles, readBytes, readIfExists, repoRootOf, CONFIG_FILE } from '../workspace/files.js';
import { openCache } from '../workspace/cache.js';
import { assertInside, insideOf, isWithin } from '../workspace/guard.js';

/** aipm.yaml is a file of its own folder, not a link leading elsewhere. */
function configInside(configFile: string): boolean {
  try {
    assertInside(dirname(configFile), configFile, configFile);
    return true;
  } catch {
    return false;
  }
}
import { parseYaml, parseYamlBytes, type ParsedYaml } from '../yaml/parse.js';
import { ProductSession, type Place } from './session.js';

// The language server: the protocol on one side, a ProductSession per aipm.yaml on the other.
// Every open document's unsaved text replaces the file on disk; a change is checked after a short
// pause, and every file whose findings changed gets its diagnostics again (a metric's target
// edited in one file updates the evaluation in another).

export interface ServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  ruleIds: readonly string[];
  /** Today, as `validate` would take it (asked at each check: a session can outlive a day). */
  today: () => string;
  lang: Lang;
  /** How long to wait after a keystroke before checking (ms). */
  debounce?: number;
  /** Where the parse cache's signing key is looked up (as `validate --cache`). */
  env: NodeJS.ProcessEnv;
}

/** The data a diagnostic carries for its quick fix: what `aipm fix` would write there. */
type FixData = { start: number; end: number; text: string };

export function startServer(options: ServerOptions): void {
  const connection = createConnection(options.input, options.output);
  const documents = new TextDocuments(TextDocument);
  const sessions: ProductSession[] = [];
  const published = new Map<string, string>();
  const timers = new Map<ProductSession, NodeJS.Timeout>();
  let roots: string[] = [];
  let watchRegistration = false;
  /** Whether the editor shows a diagnostic's other places (`relatedInformation`). */
  let relatedInformation = false;

  const pathOf = (uri: string): string | undefined => (uri.startsWith('file:') ? resolve(fileURLToPath(uri)) : undefined);
  const uriOf = (path: string) => pathToFileURL(path).href;
  const sessionOf = (path: string) => sessions.find((s) => s.configFile === path || s.owns(path));
  const parsedText = (path: string): ParsedYaml | undefined => {
    const open = documents.get(uriOf(path));
    return open ? parseYaml(open.getText()) : undefined;
  };

  /** A spec file from disk, read only from inside its product (`inside`: the product's guard, made once per load). */
  async function readDisk(session: ProductSession, path: string, parse: (bytes: Uint8Array, name: string) => ParsedYaml = parseYamlBytes, inside = insideOf(session.root)): Promise<ParsedYaml | undefined> {
    try {
      inside(path, path);
      return parse(await readBytes(path, path), path);
    } catch {
      return undefined;
    }
  }

  /**
   * Reads a product from disk (open documents win), every spec file of its specs folder, through
   * the cache `validate --cache` keeps: unchanged files are not parsed or run through their schema
   * again. The session checks with that layer as its memo until the next load, so a keystroke in
   * one file does not run the others' schemas again.
   */
  /** aipm.yaml from disk, never through a link leading out of its own folder (its text would show in a diagnostic). */
  async function readConfig(configFile: string): Promise<string | undefined> {
    if (!configInside(configFile)) return undefined;
    return readIfExists(configFile).catch(() => undefined);
  }

  /** aipm.yaml's text, then the organisation file it extends (read only from inside the repository). */
  async function configure(session: ProductSession, text: string): Promise<void> {
    session.setConfig(text);
    const orgFile = session.extendsFile;
    if (!orgFile) return;
    const repoRoot = repoRootOf(session.root) ?? session.root;
    const open = documents.get(uriOf(orgFile));
    const orgText = open ? open.getText() : isWithin(repoRoot, orgFile) ? await readDiskText(orgFile, repoRoot) : undefined;
    if (orgText !== undefined) session.setOrganisation(orgText, repoRoot);
  }

  async function readDiskText(file: string, root: string): Promise<string | undefined> {
    try {
      assertInside(root, file, file);
      return await readIfExists(file);
    } catch {
      return undefined;
    }
  }

  async function load(session: ProductSession): Promise<void> {
    const open = documents.get(uriOf(session.configFile));
    const text = open ? open.getText() : await readConfig(session.configFile);
    await configure(session, text ?? '');
    for (const path of session.paths()) session.deleteFile(path);
    if (!session.specs) return;
    const found = await listFiles(session.specs, undefined, { skipUnreadable: true }).catch(() => [] as string[]);
    const cache = await openCache<never>(session.root, options.env);
    session.useMemo(cache);
    const inside = insideOf(session.root);
    for (const path of found) {
      const parsed = parsedText(path) ?? (await readDisk(session, path, cache.parse, inside));
      if (parsed) session.setFile(path, parsed);
    }
    session.check(options.today());
    await cache.save();
  }

  async function discover(): Promise<void> {
    const configs = new Set<string>();
    for (const root of roots) {
      const above = findConfig(root);
      if (above) configs.add(above);
      for (const below of await findConfigsBelow(root)) configs.add(below);
    }
    for (const configFile of [...configs].sort().filter(configInside)) {
      const session = new ProductSession(configFile, options.ruleIds, options.lang);
      sessions.push(session);
      await load(session);
      publish(session);
    }
  }

  function toPosition(parsed: ParsedYaml, offset: number): Position {
    const { line, col } = parsed.lineCounter.linePos(offset);
    return { line: line - 1, character: col - 1 };
  }

  function toRange(place: Place, session: ProductSession): Range | undefined {
    const parsed = session.parsedOf(place.path);
    return parsed ? { start: toPosition(parsed, place.range[0]), end: toPosition(parsed, place.range[1]) } : undefined;
  }

  /** A finding's 1-based span as an LSP range. */
  const rangeOf = (s: { line: number; col: number; endLine: number; endCol: number }): Range => ({ start: { line: s.line - 1, character: s.col - 1 }, end: { line: s.endLine - 1, character: s.endCol - 1 } });

  /** A finding as a diagnostic; its related places (paths relative to the product's folder) as related information. */
  function diagnosticOf(f: Finding, session: ProductSession): Diagnostic {
    const diagnostic: Diagnostic = {
      range: rangeOf(f),
      severity: f.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'aipm',
      code: f.rule,
      message: forTerminal(f.message),
    };
    if (relatedInformation && f.related?.length) {
      diagnostic.relatedInformation = f.related.map((r) => ({ location: { uri: uriOf(resolve(session.root, r.file)), range: rangeOf(r) }, message: forTerminal(r.message) }));
    }
    if (f.fix) diagnostic.data = f.fix satisfies FixData;
    return diagnostic;
  }

  function send(uri: string, diagnostics: Diagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    if (published.get(uri) === key) return;
    published.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  function publish(session: ProductSession): void {
    const { findings, config } = session.check(options.today());
    send(uriOf(session.configFile), config.map((f) => diagnosticOf(f, session)));
    for (const [path, list] of findings) send(uriOf(path), list.map((f) => diagnosticOf(f, session)));
    // A file that left the product (deleted, or the specs folder moved) has nothing left to show.
    for (const uri of published.keys()) {
      const path = pathOf(uri);
      if (path && sessionOf(path) === session && path !== session.configFile && !findings.has(path)) send(uri, []);
    }
  }

  /** A bug in a check is logged to the editor's output, and the server goes on answering. */
  function guarded(work: () => unknown): void {
    try {
      const result = work();
      if (result instanceof Promise) result.catch((error: unknown) => connection.console.error(`aipm: ${String((error as Error)?.stack ?? error)}`));
    } catch (error) {
      connection.console.error(`aipm: ${String((error as Error)?.stack ?? error)}`);
    }
  }

  function schedule(session: ProductSession, delay = options.debounce ?? 50): void {
    clearTimeout(timers.get(session));
    timers.set(session, setTimeout(() => {
      timers.delete(session);
      guarded(() => publish(session));
    }, delay));
  }

  async function changed(path: string, text: string | undefined): Promise<void> {
    const configOf = sessions.find((s) => s.configFile === path);
    if (configOf) {
      // aipm.yaml changed: its specs folder or rules may have; read the product again.
      const specs = configOf.specs;
      await configure(configOf, text ?? (await readConfig(path)) ?? '');
      if (configOf.specs !== specs) await load(configOf);
      schedule(configOf);
      return;
    }
    // An organisation file changed: every product that extends it reads it again.
    const extending = sessions.filter((s) => s.organisationFile === path);
    for (const s of extending) {
      await configure(s, (documents.get(uriOf(s.configFile))?.getText() ?? (await readConfig(s.configFile))) ?? '');
      schedule(s);
    }
    const session = sessionOf(path);
    if (!session) return;
    const parsed = text !== undefined ? parseYaml(text) : await readDisk(session, path);
    if (parsed) session.setFile(path, parsed);
    else session.deleteFile(path);
    schedule(session);
  }

  connection.onInitialize((params) => {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.map(pathOf).filter((p): p is string => p !== undefined);
    watchRegistration = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    relatedInformation = Boolean(params.capabilities.textDocument?.publishDiagnostics?.relatedInformation);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        definitionProvider: true,
        referencesProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '[', ',', ':'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'aipm' },
    };
  });

  connection.onInitialized(() => {
    if (watchRegistration) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] });
    guarded(discover);
  });

  documents.onDidChangeContent(({ document }) => {
    const path = pathOf(document.uri);
    if (path) guarded(() => changed(path, document.getText()));
  });
  documents.onDidClose(({ document }) => {
    // Closed without saving: the file on disk is the truth again.
    const path = pathOf(document.uri);
    if (path) guarded(() => changed(path, undefined));
  });
  documents.onDidSave(({ document }) => {
    const session = sessionOf(pathOf(document.uri) ?? '');
    if (session) schedule(session, 0);
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      const path = pathOf(change.uri);
      if (!path || documents.get(change.uri)) continue;
      // A product appears only inside the folders the editor opened, and only with its own aipm.yaml.
      if (change.type === FileChangeType.Created && sessions.every((s) => s.configFile !== path) && path.endsWith(`/${CONFIG_FILE}`)) {
        if (!roots.some((root) => isWithin(root, path)) || !configInside(path)) continue;
        const session = new ProductSession(path, options.ruleIds, options.lang);
        sessions.push(session);
        await load(session);
        schedule(session, 0);
        continue;
      }
      // Changed or deleted on disk: read again (a file that is gone leaves the product).
      await changed(path, undefined);
    }
  });

  /** The session, the file's path and the offset of an LSP position in the text the session holds. */
  function at(uri: string, position: Position): { session: ProductSession; path: string; offset: number } | undefined {
    const path = pathOf(uri);
    const session = path ? sessionOf(path) : undefined;
    const parsed = path ? session?.parsedOf(path) : undefined;
    if (!path || !session || !parsed) return undefined;
    const start = parsed.lineCounter.lineStarts[position.line];
    if (start === undefined) return undefined;
    return { session, path, offset: Math.min(start + position.character, parsed.text.length) };
  }

  connection.onDefinition(({ textDocument, position }): Location | null => {
    const where = at(textDocument.uri, position);
    const place = where?.session.definition(where.path, where.offset, options.today());
    const range = place && where ? toRange(place, where.session) : undefined;
    return place && range ? { uri: uriOf(place.path), range } : null;
  });

  connection.onReferences(({ textDocument, position, context }): Location[] => {
    const where = at(textDocument.uri, position);
    if (!where) return [];
    return where.session
      .references(where.path, where.offset, options.today(), context.includeDeclaration)
      .flatMap((place) => {
        const range = toRange(place, where.session);
        return range ? [{ uri: uriOf(place.path), range }] : [];
      });
  });

  connection.onHover(({ textDocument, position }) => {
    const where = at(textDocument.uri, position);
    const hover = where?.session.hover(where.path, where.offset, options.today());
    if (!where || !hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: toRange({ path: where.path, range: hover.range }, where.session) };
  });

  connection.onCompletion(({ textDocument, position }) => {
    const where = at(textDocument.uri, position);
    if (!where) return [];
    return where.session.completion(where.path, where.offset, options.today()).map((c) => ({
      label: c.label,
      kind: c.type === 'id' ? CompletionItemKind.Reference : CompletionItemKind.EnumMember,
      ...(c.detail ? { detail: c.detail } : {}),
    }));
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const where = at(textDocument.uri, position);
    const range = where?.session.renamable(where.path, where.offset, options.today());
    return where && range ? toRange({ path: where.path, range }, where.session) ?? null : null;
  });

  // Renaming an id renames it everywhere it is named, as `aipm rename` does; a bad name is refused with the reason.
  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const where = at(textDocument.uri, position);
    if (!where) return null;
    const outcome = where.session.rename(where.path, where.offset, newName, options.today());
    if ('refused' in outcome) return new ResponseError(ErrorCodes.InvalidRequest, forTerminal(outcome.refused));
    const changes: Record<string, { range: Range; newText: string }[]> = {};
    for (const [path, edits] of outcome.edits) {
      changes[uriOf(path)] = edits.flatMap((e) => {
        const range = toRange({ path, range: e.range }, where.session);
        return range ? [{ range, newText: e.text }] : [];
      });
    }
    return { changes };
  });

  // The items of a file (the outline), and every item of every product (search by id or name).
  connection.onDocumentSymbol(({ textDocument }) => {
    const path = pathOf(textDocument.uri);
    const session = path ? sessionOf(path) : undefined;
    if (!path || !session) return [];
    return session.symbols(options.today(), path).flatMap((item) => {
      const range = toRange({ path, range: item.range }, session);
      const selectionRange = toRange({ path, range: item.idRange }, session);
      return range && selectionRange ? [{ name: item.id, detail: [item.kind, item.name].filter(Boolean).join(' · '), kind: SymbolKind.Key, range, selectionRange }] : [];
    });
  });

  connection.onWorkspaceSymbol(({ query }) => {
    const wanted = query.toLowerCase();
    return sessions.flatMap((session) =>
      session
        .symbols(options.today())
        .filter((item) => item.id.toLowerCase().includes(wanted) || (item.name ?? '').toLowerCase().includes(wanted))
        .flatMap((item) => {
          const range = toRange({ path: item.path, range: item.idRange }, session);
          return range ? [{ name: item.id, kind: SymbolKind.Key, containerName: [item.kind, item.name].filter(Boolean).join(' · '), location: { uri: uriOf(item.path), range } }] : [];
        }),
    );
  });

  connection.onCodeAction(({ textDocument, context }): CodeAction[] => {
    const path = pathOf(textDocument.uri);
    const session = path ? sessionOf(path) : undefined;
    const parsed = path ? session?.parsedOf(path) : undefined;
    if (!path || !session || !parsed) return [];
    const lang = session.lang;
    const actions: CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const fix = diagnostic.data as FixData | undefined;
      if (diagnostic.source !== 'aipm' || !fix || typeof fix.start !== 'number') continue;
      const range = toRange({ path, range: [fix.start, fix.end] }, session)!;
      actions.push({
        title: t(lang, 'lsp.quickFix', { text: fix.text }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [textDocument.uri]: [{ range, newText: fix.text }] } },
      });
    }
    // Everything `aipm fix` would do to this file, as one edit (tabs, quoting, spelling).
    const whole = fixFile(path, parsed.text, lang);
    if (!whole.unsafe && whole.after !== whole.before) {
      const end = toPosition(parsed, parsed.text.length);
      actions.push({
        title: t(lang, 'lsp.fixAll'),
        kind: CodeActionKind.SourceFixAll,
        edit: { changes: { [textDocument.uri]: [{ range: { start: { line: 0, character: 0 }, end }, newText: whole.after }] } },
      });
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}
