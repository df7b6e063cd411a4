/**
 * A spec file's bytes as text. UTF-8 (a byte order mark is dropped) is read as is; anything else is
 * decoded as best it can be, so its ids can still be recognised, and named as a problem: UTF-16
 * (with or without a byte order mark, common from Windows editors) or invalid UTF-8 bytes.
 */
export function decodeText(bytes: Uint8Array): { text: string; problem?: string } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return utf8(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), problem: 'UTF-16' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), problem: 'UTF-16' };
  // UTF-16 without a byte order mark: ASCII text has a zero byte beside every character.
  const sample = bytes.subarray(0, 4096);
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? zerosEven++ : zerosOdd++);
  if (zerosOdd > sample.length / 4) return { text: new TextDecoder('utf-16le').decode(bytes), problem: 'UTF-16' };
  if (zerosEven > sample.length / 4) return { text: new TextDecoder('utf-16be').decode(bytes), problem: 'UTF-16' };
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): { text: string; problem?: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // NUL has no place in a text file: a binary file, or bytes a broken save left behind.
    return text.includes('\u0000') ? { text: text.replace(/\u0000/g, ''), problem: 'NUL characters' } : { text };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), problem: 'invalid UTF-8' };
  }
}

