import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { TopLevelScanner } from './json-scan.js';

// Reading an evaluation tool's output for `aipm import`, in bounded memory: a JSON log is scanned
// in chunks keeping only the parts import needs; an Inspect `.eval` ZIP is opened at its central
// directory and only `header.json` is inflated, with its size checked against a bound and names
// never used as paths. Loaded only by `import`.

/** The most of one file import holds at once (a JSON file read whole, a ZIP entry inflated). */
export const MAX_EVIDENCE_BYTES = 32 * 1024 * 1024;

/** The top-level parts of a large JSON log that import reads. */
const INSPECT_KEYS = new Set(['version', 'status', 'eval', 'results', 'stats']);

export type EvidenceFile =
  | { kind: 'json'; data: unknown; sha256: string }
  | { kind: 'zip'; header: unknown; sha256: string }
  | { kind: 'text'; text: string; sha256: string }
  | { kind: 'unreadable'; reason: 'malformed' | 'too-large' | 'zip' | 'not-utf8'; detail?: string; sha256?: string };

/** The SHA-256 of a file, streamed. */
export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function head(file: string, bytes: number): Promise<Buffer> {
  const fd = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await fd.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await fd.close();
  }
}

/**
 * Reads one evidence file: a ZIP (by its magic number) for its header.json; JSON scanned in chunks
 * (only the top-level parts an Inspect log needs are kept when the file is large); YAML or Markdown
 * as text. Never extracts anything to disk.
 */
export async function readEvidenceFile(file: string): Promise<EvidenceFile> {
  const size = (await stat(file)).size;
  const start = await head(file, 8);
  const sha256 = await sha256Of(file);
  if (start[0] === 0x50 && start[1] === 0x4b && start[2] === 0x03 && start[3] === 0x04) {
    const header = await readZipEntry(file, 'header.json');
    if (typeof header !== 'string') return { ...header, sha256 };
    try {
      return { kind: 'zip', header: JSON.parse(header), sha256 };
    } catch {
      return { kind: 'unreadable', reason: 'malformed', detail: 'header.json', sha256 };
    }
  }
  const firstChar = start.toString('utf8').replace(/^\uFEFF/, '').trimStart()[0];
  if (firstChar === '{' || firstChar === '[') {
    if (size <= MAX_EVIDENCE_BYTES) {
      const text = (await readWhole(file)).replace(/^\uFEFF/, '');
      try {
        return { kind: 'json', data: parsePythonJson(text), sha256 };
      } catch {
        return { kind: 'unreadable', reason: 'malformed', sha256 };
      }
    }
    // A large log: keep only what an Inspect log's results need, never its samples.
    const scanner = new TopLevelScanner({ keep: INSPECT_KEYS, maxValueChars: MAX_EVIDENCE_BYTES });
    const decoder = new StringDecoder('utf8');
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) scanner.push(decoder.write(chunk as Buffer));
    scanner.push(decoder.end());
    const scan = scanner.finish();
    if (!scan.ok) return { kind: 'unreadable', reason: scan.reason === 'too-large' ? 'too-large' : 'malformed', ...(scan.key ? { detail: scan.key } : {}), sha256 };
    try {
      return { kind: 'json', data: Object.fromEntries([...scan.values].map(([k, v]) => [k, parsePythonJson(v)])), sha256 };
    } catch {
      return { kind: 'unreadable', reason: 'malformed', sha256 };
    }
  }
  if (size > MAX_EVIDENCE_BYTES) return { kind: 'unreadable', reason: 'too-large', sha256 };
  return { kind: 'text', text: await readWhole(file), sha256 };
}

async function readWhole(file: string): Promise<string> {
  const fd = await open(file, 'r');
  try {
    return (await fd.readFile()).toString('utf8');
  } finally {
    await fd.close();
  }
}

/**
 * JSON as Python's json module writes it: `NaN`, `Infinity` and `-Infinity` outside strings (which
 * JSON.parse refuses) are read as the strings "NaN", "Infinity", "-Infinity", so the number check
 * names them instead of the whole file failing as malformed.
 */
export function parsePythonJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!/NaN|Infinity/.test(text)) throw error;
  }
  let out = '';
  let inString = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else {
      const word = text.startsWith('-Infinity', i) ? '-Infinity' : text.startsWith('Infinity', i) ? 'Infinity' : text.startsWith('NaN', i) ? 'NaN' : undefined;
      if (word) {
        out += `${text.slice(from, i)}"${word}"`;
        i += word.length - 1;
        from = i + 1;
      }
    }
  }
  return JSON.parse(out + text.slice(from));
}

/**
 * One entry of a ZIP, by exact name, inflated in memory up to MAX_EVIDENCE_BYTES (its declared size
 * is checked first, and yauzl checks the bytes it inflates against it: a ZIP bomb stops there).
 * Entries with absolute or `..` names are refused by yauzl; nothing is written to disk.
 */
export async function readZipEntry(file: string, name: string): Promise<string | Extract<EvidenceFile, { kind: 'unreadable' }>> {
  const yauzl = await import('yauzl');
  return new Promise((resolvePromise) => {
    const fail = (detail: string, reason: 'zip' | 'too-large' = 'zip') => resolvePromise({ kind: 'unreadable', reason, detail });
    yauzl.open(file, { lazyEntries: true, autoClose: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return fail(error?.message ?? 'zip');
      let found = false;
      zip.on('error', (e: Error) => fail(e.message));
      zip.on('entry', (entry: import('yauzl').Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        found = true;
        if (entry.uncompressedSize > MAX_EVIDENCE_BYTES) {
          zip.close();
          return fail(name, 'too-large');
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(e?.message ?? name);
          const chunks: Buffer[] = [];
          let total = 0;
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > MAX_EVIDENCE_BYTES) {
              stream.destroy();
              zip.close();
              return fail(name, 'too-large');
            }
            chunks.push(chunk);
          });
          stream.on('error', (err: Error) => fail(err.message));
          stream.on('end', () => {
            zip.close();
            resolvePromise(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => {
        if (!found) fail(`${name} not found`);
      });
      zip.readEntry();
    });
  });
}
