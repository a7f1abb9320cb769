/**
 * PNG export of the current map: the WebGL canvas captured on the next render (no
 * preserveDrawingBuffer needed), plus what a briefing slide needs: title, legend,
 * codes, "as of" and the sample-data stamp, drawn with the 2D canvas API.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Legend } from '../data/legend';
import { captureMapCanvas } from '../ui/map/capture';

export interface ExportInfo {
  title: string;
  asOf: string;
  sample: boolean;
  legend: Legend;
  labels: Record<string, [number, number]>;
}

export async function exportMapPng(map: MaplibreMap, info: ExportInfo): Promise<Blob> {
  const shot = await captureMapCanvas(map);
  const ratio = shot.width / map.getCanvas().clientWidth;
  const header = 70 * ratio;
  const legendWidth = 260 * ratio;
  const out = document.createElement('canvas');
  out.width = shot.width + legendWidth;
  out.height = shot.height + header;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(shot, 0, header);

  ctx.fillStyle = '#111111';
  ctx.font = `bold ${22 * ratio}px system-ui, sans-serif`;
  ctx.fillText(info.title, 16 * ratio, 30 * ratio);
  ctx.font = `${14 * ratio}px system-ui, sans-serif`;
  ctx.fillText(`${info.legend.title} · Data as of ${info.asOf}`, 16 * ratio, 54 * ratio);

  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `bold ${11 * ratio}px system-ui, sans-serif`;
  for (const [code, lngLat] of Object.entries(info.labels)) {
    const p = map.project(lngLat);
    ctx.lineWidth = 3 * ratio;
    ctx.strokeStyle = '#ffffff';
    ctx.strokeText(code, p.x * ratio, p.y * ratio + header);
    ctx.fillStyle = '#111111';
    ctx.fillText(code, p.x * ratio, p.y * ratio + header);
  }

  ctx.textAlign = 'left';
  let y = header + 24 * ratio;
  const x = shot.width + 16 * ratio;
  ctx.font = `bold ${14 * ratio}px system-ui, sans-serif`;
  ctx.fillText(info.legend.title, x, y);
  ctx.font = `${13 * ratio}px system-ui, sans-serif`;
  for (const c of info.legend.classes) {
    y += 24 * ratio;
    ctx.fillStyle = c.color;
    ctx.fillRect(x, y - 8 * ratio, 16 * ratio, 16 * ratio);
    ctx.fillStyle = '#111111';
    ctx.fillText(`${c.label} · ${c.codes.length}${c.noData ? ' (hatched)' : ''}`, x + 24 * ratio, y);
  }
  if (info.sample) {
    ctx.font = `bold ${16 * ratio}px system-ui, sans-serif`;
    ctx.fillStyle = '#b00020';
    ctx.fillText('SAMPLE DATA — fictional people and statuses', 16 * ratio, out.height - 16 * ratio);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
