// A bounded scan of a large JSON object: it reads the text in chunks and keeps only the values of
// the top-level keys asked for (each at most `maxValueChars`), skipping everything else (an Inspect
// log's `samples`) without holding it. Memory stays at a chunk plus the kept values, whatever the
// file's size.

export interface ScanOptions {
  /** Top-level keys whose values are kept. */
  keep: ReadonlySet<string>;
  /** The longest value kept, in characters. */
  maxValueChars: number;
}

export type ScanResult = { ok: true; values: Map<string, string> } | { ok: false; reason: 'not-object' | 'malformed' | 'too-large'; key?: string };

/**
 * Feeds chunks of a JSON text; `finish()` gives the raw text of each kept top-level value (to be
 * JSON.parse'd) or why the text is not a JSON object.
 */
export class TopLevelScanner {
  private depth = 0;
  private inString = false;
  private escape = false;
  private started = false;
  private ended = false;
  /** At depth 1: reading a key string, or expecting one. */
  private keyText: string | undefined;
  private readingKey = false;
  private currentKey: string | undefined;
  private expectValue = false;
  private capture: string[] | undefined;
  private captureLength = 0;
  private failure: ScanResult | undefined;
  readonly values = new Map<string, string>();

  constructor(private readonly options: ScanOptions) {}

  push(chunk: string): void {
    if (this.failure) return;
    let captureFrom = this.capture ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.readingKey) {
          if (this.escape) this.escape = false;
          else if (c === 92) this.escape = true;
          else if (c === 34) {
            this.inString = false;
            this.readingKey = false;
            continue;
          }
          this.keyText = (this.keyText ?? '') + chunk[i];
          if (this.keyText!.length > 1000) return this.fail({ ok: false, reason: 'malformed' });
          continue;
        }
        if (this.escape) this.escape = false;
        else if (c === 92) this.escape = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (!this.started) {
        if (c === 0xfeff) continue;
        if (c !== 123) return this.fail({ ok: false, reason: 'not-object' });
        this.started = true;
        this.depth = 1;
        continue;
      }
      if (this.ended) return this.fail({ ok: false, reason: 'malformed' });
      if (this.depth === 1) {
        if (this.expectValue) {
          // A top-level value starts here.
          this.expectValue = false;
          if (this.currentKey !== undefined && this.options.keep.has(this.currentKey)) {
            this.capture = [];
            this.captureLength = 0;
            captureFrom = i;
          }
          if (c === 123 || c === 91) this.depth++;
          else if (c === 34) this.inString = true;
          else if (c === 44 || c === 125 || c === 58) return this.fail({ ok: false, reason: 'malformed' });
          // a number, true, false, null: read up to the next `,` or `}` at depth 1
          continue;
        }
        if (c === 34) {
          this.inString = true;
          this.readingKey = true;
          this.keyText = '';
          continue;
        }
        if (c === 58) {
          if (this.keyText === undefined) return this.fail({ ok: false, reason: 'malformed' });
          try {
            this.currentKey = JSON.parse(`"${this.keyText}"`) as string;
          } catch {
            return this.fail({ ok: false, reason: 'malformed' });
          }
          this.keyText = undefined;
          this.expectValue = true;
          continue;
        }
        if (c === 44 || c === 125) {
          if (this.capture) {
            this.keepCaptured(chunk.slice(captureFrom, i));
            captureFrom = -1;
          }
          this.currentKey = undefined;
          if (c === 125) {
            this.depth = 0;
            this.ended = true;
          }
          continue;
        }
        // the rest of a scalar value at depth 1
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth < 1) return this.fail({ ok: false, reason: 'malformed' });
      }
    }
    if (this.capture && captureFrom >= 0) {
      const part = chunk.slice(captureFrom);
      this.capture.push(part);
      this.captureLength += part.length;
      if (this.captureLength > this.options.maxValueChars) this.fail({ ok: false, reason: 'too-large', ...(this.currentKey === undefined ? {} : { key: this.currentKey }) });
    }
  }

  private keepCaptured(last: string): void {
    const text = [...this.capture!, last].join('').trim();
    this.capture = undefined;
    if (text.length > this.options.maxValueChars) return this.fail({ ok: false, reason: 'too-large', ...(this.currentKey === undefined ? {} : { key: this.currentKey }) });
    if (this.currentKey !== undefined && !this.values.has(this.currentKey)) this.values.set(this.currentKey, text);
  }

  private fail(result: ScanResult): void {
    this.failure = result;
  }

  finish(): ScanResult {
    if (this.failure) return this.failure;
    if (!this.started) return { ok: false, reason: 'not-object' };
    if (!this.ended || this.inString) return { ok: false, reason: 'malformed' };
    return { ok: true, values: this.values };
  }
}
