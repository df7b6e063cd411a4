/** Where each line of a text starts, and where an offset stands: what findings are placed with. */
export interface LineTable {
  /** The offset each line starts at, in order. */
  readonly lineStarts: number[];
  /** The 1-based line and column of an offset. */
  linePos(offset: number): { line: number; col: number };
}

/** The line table of a text, as the YAML parser records one: a line starts after every `\n`. */
export function lineTableOf(text: string): LineTable {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return {
    lineStarts,
    linePos(offset) {
      // The last line starting at or before the offset.
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, col: offset - lineStarts[low]! + 1 };
    },
  };
}
