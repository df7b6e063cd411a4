import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, shareOf } from '../src/model/shard.js';

describe('--shard k/n', () => {
  it.each([['1/1', { k: 1, n: 1 }], ['2/3', { k: 2, n: 3 }], [' 4 / 4 ', { k: 4, n: 4 }]])('reads %s', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(['0/0', '3/2', '0/3', '1', '1/', '/2', 'a/b', '1.5/2', '-1/2', '1/2/3', ''])('refuses %j', (text) => {
    expect(parseShard(text)).toBeUndefined();
  });

  it('n shards cover every product exactly once, in the list\'s order, for n = 1…5', () => {
    fc.assert(fc.property(fc.array(fc.string(), { maxLength: 40 }), (products) => {
      for (let n = 1; n <= 5; n++) {
        const shares = Array.from({ length: n }, (_, i) => shareOf(products, { k: i + 1, n }));
        expect(shares.flat().sort()).toEqual([...products].sort());
        // Positions k, k+n, …: the first share starts with the first product.
        if (products.length > 0) expect(shares[0]![0]).toBe(products[0]);
        for (const share of shares) expect(share.length).toBeLessThanOrEqual(Math.ceil(products.length / n));
      }
    }));
  });
});
