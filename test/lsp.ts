// A minimal Language Server Protocol client over stdio, to drive yaml-language-server the way an
// editor does: open a document, read the diagnostics it publishes, ask for hovers.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers.js';

type Message = { id?: number; method?: string; params?: any; result?: any; error?: any };

export class YamlLanguageServer {
  private proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  private diagnostics = new Map<string, any[]>();
  private waiters: { uri: string; resolve: (d: any[]) => void }[] = [];

  constructor() {
    this.proc = spawn(process.execPath, [join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio']);
    this.proc.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())![1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(m: Message): void {
    if (m.id !== undefined && m.method) {
      // A request from the server (configuration, capability registration): answer plainly.
      const result = m.method === 'workspace/configuration' ? (m.params.items as unknown[]).map(() => ({ validate: true, hover: true, completion: true, schemaStore: { enable: false } })) : null;
      this.send({ id: m.id, result });
    } else if (m.id !== undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    } else if (m.method === 'textDocument/publishDiagnostics') {
      this.diagnostics.set(m.params.uri, m.params.diagnostics);
      for (const w of this.waiters.filter((w) => w.uri === m.params.uri)) w.resolve(m.params.diagnostics);
      this.waiters = this.waiters.filter((w) => w.uri !== m.params.uri);
    }
  }

  private send(m: Message): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...m });
    this.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  async start(rootDir: string): Promise<void> {
    await this.request('initialize', { processId: process.pid, rootUri: pathToFileURL(rootDir).href, capabilities: { workspace: { configuration: true } } });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } } });
  }

  /** Opens a document and waits for the diagnostics the server publishes for it. */
  open(file: string, text: string, timeoutMs = 15000): Promise<any[]> {
    const uri = pathToFileURL(file).href;
    const result = new Promise<any[]>((resolve, reject) => {
      this.waiters.push({ uri, resolve });
      setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), timeoutMs);
    });
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return result;
  }

  hover(file: string, line: number, character: number): Promise<any> {
    return this.request('textDocument/hover', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } });
  }

  stop(): void {
    this.proc.kill();
  }
}
