// How long after a keystroke an editor sees the diagnostics `aipm lsp` publishes, in a workspace of
// `files` spec files (after the first full check). Each keystroke toggles a mistake in one file,
// so every keystroke is answered by a publication; the time includes the server's debounce.
// Used by run.mjs; alone: node bench/lsp.mjs <workspace> [keystrokes]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export async function keystrokes(bin, root, count = 15, env = process.env) {
  const proc = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: root, env });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const seen = new Map();
  let wake = () => undefined;
  conn.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
    seen.set(uri, diagnostics);
    wake();
  });
  conn.listen();
  const next = () => new Promise((resolve) => (wake = resolve));
  const uri = pathToFileURL(root).href;
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }], capabilities: {} });
  const file = join(root, 'specs', 'copy-0', 'metrics.yaml');
  const fileUri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  const started = performance.now();
  await conn.sendNotification(InitializedNotification.type, {});
  while (!seen.has(fileUri)) await next();
  const firstCheck = performance.now() - started;
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: fileUri, languageId: 'yaml', version: 1, text } });
  const times = [];
  for (let i = 0; i < count; i++) {
    const broken = i % 2 === 0;
    const t0 = performance.now();
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: fileUri, version: i + 2 }, contentChanges: [{ text: broken ? text.replace('layer: business', 'layer: Business') : text }] });
    while ((seen.get(fileUri).length > 0) !== broken) await next();
    times.push(performance.now() - t0);
  }
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose();
  times.sort((a, b) => a - b);
  return { firstCheck, keystroke: times[Math.floor(times.length / 2)] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2]) {
  const root = process.argv[2];
  const bin = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'bin', 'aipm.js');
  console.log(await keystrokes(bin, root, Number(process.argv[3] ?? 15)));
}
