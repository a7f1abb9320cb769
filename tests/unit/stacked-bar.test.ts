import { describe, expect, it } from 'vitest';
import { layoutStackedBars } from '../../src/charts/stacked-bar';
import { layoutBars } from '../../src/charts/bar-chart';
import { readableTextColor } from '../../src/charts/contrast';

type K = 'a' | 'b' | 'c';
const KEYS: readonly K[] = ['a', 'b', 'c'];
const COLORS: Record<K, string> = { a: '#fde725', b: '#21918c', c: '#3b0f70' };
const round = (n: number) => Math.round(n * 100) / 100;

describe('layoutStackedBars', () => {
  it('lays 100% bars left to right in key order, skipping zero segments', () => {
    const layout = layoutStackedBars(
      [
        { key: 'r1', label: 'One', values: { a: 5, b: 15, c: 5 } },
        { key: 'r2', label: 'Two', values: { a: 0, b: 20, c: 5 } },
      ],
      KEYS,
      COLORS,
      { width: 360, labelWidth: 110, rowHeight: 20 },
    );
    expect(layout.height).toBe(40);
    const [r1, r2] = layout.rows;
    expect(r1?.segments.map((s) => [s.key, round(s.x), round(s.width)])).toEqual([
      ['a', 110, 50],
      ['b', 160, 150],
      ['c', 310, 50],
    ]);
    expect(r2?.segments.map((s) => [s.key, round(s.x), round(s.width)])).toEqual([
      ['b', 110, 200],
      ['c', 310, 50],
    ]);
    expect(r1?.total).toBe(25);
    expect(r2!.y).toBeGreaterThan(r1!.y + r1!.height);
  });

  it('uses one count scale when not normalised, and an all-zero row has no segments', () => {
    const layout = layoutStackedBars(
      [
        { key: 'big', label: 'Big', values: { a: 10, b: 10, c: 0 } },
        { key: 'small', label: 'Small', values: { a: 5, b: 0, c: 0 } },
        { key: 'none', label: 'None', values: { a: 0, b: 0, c: 0 } },
      ],
      KEYS,
      COLORS,
      { width: 220, labelWidth: 20, normalize: false },
    );
    expect(layout.rows[0]?.segments.map((s) => round(s.width))).toEqual([100, 100]);
    expect(layout.rows[1]?.segments.map((s) => round(s.width))).toEqual([50]);
    expect(layout.rows[2]?.segments).toEqual([]);
  });

  it('prints a number only where it fits, in a readable colour', () => {
    const layout = layoutStackedBars([{ key: 'r', label: 'R', values: { a: 1, b: 100, c: 1000 } }], KEYS, COLORS, {
      width: 1211,
      labelWidth: 100,
    });
    const byKey = Object.fromEntries(layout.rows[0]!.segments.map((s) => [s.key, s]));
    expect(byKey.a?.showLabel).toBe(false); // 1 px wide
    expect(byKey.c?.showLabel).toBe(true);
    expect(byKey.a?.textColor).toBe('#1b1b1b'); // dark text on yellow
    expect(byKey.c?.textColor).toBe('#ffffff'); // white text on deep purple
  });
});

describe('layoutBars', () => {
  it('scales to the largest value and puts the value text after the bar', () => {
    const layout = layoutBars(
      [
        { key: 'x', label: 'X', value: 10, color: '#000' },
        { key: 'y', label: 'Y', value: 5, color: '#000' },
        { key: 'z', label: 'Z', value: 0, color: '#000' },
      ],
      { width: 300, labelWidth: 100, valueWidth: 0, rowHeight: 20 },
    );
    expect(layout.bars.map((b) => round(b.width))).toEqual([200, 100, 0]);
    expect(layout.bars[1]?.valueX).toBe(204);
  });
});

describe('readableTextColor', () => {
  it('picks whichever of ink and white contrasts more', () => {
    expect(readableTextColor('#ffffff')).toBe('#1b1b1b');
    expect(readableTextColor('#000000')).toBe('#ffffff');
    expect(readableTextColor('#21918c')).toBe('#1b1b1b');
  });
});
