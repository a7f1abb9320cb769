/**
 * PNG export of the current map, drawn from the SVG map (crisp at any scale, with or
 * without WebGL) plus what a briefing slide needs: title, legend with counts, "as of"
 * and the sample-data stamp, drawn with the 2D canvas API.
 */
import type { Legend } from '../data/legend';
import { currentSvgMap } from './svg/first-map-node';

export interface ExportInfo {
  title: string;
  asOf: string;
  sample: boolean;
  legend: Legend;
}

/** width of the map in the PNG, in pixels */
const MAP_WIDTH = 2000;
const FONT = "'Public Sans Variable', 'Public Sans', system-ui, sans-serif";

function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // through the CSSOM: a style attribute would be an inline style the Content-Security-Policy refuses
  copy.style.fontFamily = FONT;
  copy.querySelectorAll('title').forEach((t) => t.remove());
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the map could not be drawn as an image'));
    img.src = url;
  }).finally(() => URL.revokeObjectURL(url)) as Promise<HTMLImageElement>;
}

function hatch(ctx: CanvasRenderingContext2D, x: number, y: number, size: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, size, size);
  ctx.clip();
  ctx.strokeStyle = '#3c3c3c';
  ctx.lineWidth = size / 8;
  for (let d = -size; d < size * 2; d += size / 3) {
    ctx.moveTo(x + d, y + size);
    ctx.lineTo(x + d + size, y);
  }
  ctx.stroke();
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, legend: Legend, x: number, top: number, k: number): void {
  let y = top;
  ctx.fillStyle = '#111111';
  ctx.font = `bold ${28 * k}px ${FONT}`;
  ctx.fillText(legend.title, x, y);
  ctx.font = `${24 * k}px ${FONT}`;
  for (const c of legend.classes) {
    y += 46 * k;
    ctx.fillStyle = c.color;
    ctx.fillRect(x, y - 16 * k, 30 * k, 30 * k);
    if (c.noData) hatch(ctx, x, y - 16 * k, 30 * k);
    ctx.strokeStyle = '#555555';
    ctx.lineWidth = 2 * k;
    ctx.strokeRect(x, y - 16 * k, 30 * k, 30 * k);
    ctx.fillStyle = '#111111';
    ctx.fillText(`${c.label} · ${c.codes.length}${c.noData ? ' (hatched)' : ''}`, x + 44 * k, y);
  }
}

export async function exportMapPng(info: ExportInfo): Promise<Blob> {
  const svg = currentSvgMap();
  if (!svg) throw new Error('the map has not been drawn yet');
  const box = svg.viewBox.baseVal;
  const mapHeight = Math.round((MAP_WIDTH * box.height) / box.width);
  const img = await svgImage(svg, MAP_WIDTH, mapHeight);
  const k = 1;
  const header = 130 * k;
  const legendWidth = 560 * k;
  const out = document.createElement('canvas');
  out.width = MAP_WIDTH + legendWidth + 40 * k;
  out.height = mapHeight + header + 90 * k;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(img, 20 * k, header, MAP_WIDTH, mapHeight);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#111111';
  ctx.font = `bold ${44 * k}px ${FONT}`;
  ctx.fillText(info.title, 32 * k, 50 * k);
  ctx.font = `${28 * k}px ${FONT}`;
  ctx.fillText(`${info.legend.title} · Data as of ${info.asOf}`, 32 * k, 100 * k);
  drawLegend(ctx, info.legend, MAP_WIDTH + 40 * k, header + 40 * k, k);
  if (info.sample) {
    ctx.font = `bold ${32 * k}px ${FONT}`;
    ctx.fillStyle = '#b00020';
    ctx.fillText('SAMPLE DATA — fictional people and statuses', 32 * k, out.height - 40 * k);
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
