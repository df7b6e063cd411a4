import { describe, expect, it } from 'vitest';
import { intervalsOverlap, normalInterval, roundSignificant, significantlyLower, twoProportionZ, wilsonInterval, Z_ONE_SIDED_5 } from '../src/model/statistics.js';

// Each expected value is worked out by hand below (or taken from the published table named), never
// from the function's own output.

describe('wilsonInterval (Wilson 1927; Newcombe 1998, Stat Med 17:857, Table II "method 3")', () => {
  it('81 of 263 → 0.2553–0.3662 (Newcombe\'s first example), worked out by hand', () => {
    // p = 81/263 = 0.307985; z² = 3.8416; z²/n = 0.014607; denominator = 1.014607
    // centre = (0.307985 + 3.8416/526) / 1.014607 = (0.307985 + 0.0073034) / 1.014607 = 0.310749
    // half = 1.96 / 1.014607 · √(0.307985·0.692015/263 + 3.8416/(4·263²))
    //      = 1.931781 · √(0.00081037 + 0.00001388) = 1.931781 · 0.0287098 = 0.055461
    // → [0.255288, 0.366210]; Newcombe prints 0.2553, 0.3662.
    const [low, high] = wilsonInterval(81, 263);
    expect(low).toBeCloseTo(0.2553, 4);
    expect(high).toBeCloseTo(0.3662, 4);
  });
  it.each([
    // Newcombe 1998, Table II, method 3 (score interval without continuity correction).
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('%i of %i → %f–%f (Newcombe 1998, Table II)', (x, n, low, high) => {
    const ci = wilsonInterval(x, n);
    expect(ci[0]).toBeCloseTo(low, 4);
    expect(ci[1]).toBeCloseTo(high, 4);
  });
  it('never leaves 0–1 and refuses impossible counts', () => {
    expect(wilsonInterval(0, 1)[0]).toBe(0);
    expect(wilsonInterval(1, 1)[1]).toBe(1);
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
  });
});

describe('twoProportionZ (pooled score test; Agresti, Categorical Data Analysis §3.1)', () => {
  it('56/70 against 48/80 (Newcombe 1998b, Stat Med 17:873, example a) → z = 2.650', () => {
    // p₁ = 0.8, p₂ = 0.6; pooled p̂ = 104/150 = 0.693333
    // √(0.693333 · 0.306667 · (1/70 + 1/80)) = √(0.212622 · 0.0267857) = √0.00569523 = 0.0754668
    // z = 0.2 / 0.0754668 = 2.6502
    expect(twoProportionZ(56, 70, 48, 80)).toBeCloseTo(2.6502, 3);
    expect(twoProportionZ(48, 80, 56, 70)).toBeCloseTo(-2.6502, 3);
  });
  it('90/100 against 80/100 → z = 1.980', () => {
    // p̂ = 0.85; √(0.85 · 0.15 · 0.02) = √0.00255 = 0.0504975; z = 0.1 / 0.0504975 = 1.9803
    expect(twoProportionZ(90, 100, 80, 100)).toBeCloseTo(1.9803, 3);
  });
  it('no spread gives 0', () => {
    expect(twoProportionZ(10, 10, 20, 20)).toBe(0);
    expect(twoProportionZ(0, 10, 0, 20)).toBe(0);
  });
});

describe('one-sided test at 5%', () => {
  it('the critical z is the 95th percentile of the standard normal, 1.6449 (any normal table)', () => {
    expect(Z_ONE_SIDED_5).toBeCloseTo(1.6449, 4);
  });
  it('0.80 → 0.72 on 200 each is significantly lower; 0.80 → 0.75 is not', () => {
    // 160/200 against 144/200: p̂ = 0.76, √(0.76·0.24·0.01) = 0.0427083, z = 0.08/0.0427083 = 1.873 > 1.645
    expect(significantlyLower(0.72, 200, 0.8, 200)).toBe(true);
    // 160/200 against 150/200: p̂ = 0.775, √(0.775·0.225·0.01) = 0.0417582, z = 0.05/0.0417582 = 1.197 < 1.645
    expect(significantlyLower(0.75, 200, 0.8, 200)).toBe(false);
    // A rise is never "lower".
    expect(significantlyLower(0.9, 200, 0.8, 200)).toBe(false);
  });
});

describe('intervals and rounding', () => {
  it('value ± 1.96·stderr', () => {
    const [low, high] = normalInterval(0.5, 0.1);
    expect(low).toBeCloseTo(0.304, 10);
    expect(high).toBeCloseTo(0.696, 10);
  });
  it('overlap', () => {
    expect(intervalsOverlap([1, 2], [2, 3])).toBe(true);
    expect(intervalsOverlap([1, 2], [2.1, 3])).toBe(false);
  });
  it.each([
    [12345.6, 12346],
    [0.912345, 0.9123],
    [91.2345, 91.23],
    [1234.5, 1235],
    [-0.000123456, -0.0001235],
    [0, 0],
    [7, 7],
  ])('%f → %f (4 significant digits, every integer digit kept)', (x, rounded) => {
    expect(roundSignificant(x)).toBe(rounded);
  });
});
