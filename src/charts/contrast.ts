/**
 * Text drawn on a coloured mark must stay readable whatever the palette: pick black or
 * white, whichever has the higher WCAG contrast (the better of the two is always ≥ 4.58:1).
 */
const INK = '#1b1b1b';
const WHITE = '#ffffff';

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour (0 for anything else). */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 0;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h ?? '0', 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

export function readableTextColor(background: string): string {
  const l = luminance(background);
  return ratio(l, luminance(INK)) >= ratio(l, 1) ? INK : WHITE;
}
