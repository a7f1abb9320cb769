import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * A 2D copy of the map's WebGL canvas, taken inside a render callback: the drawing
 * buffer is only readable then (we do not pay for preserveDrawingBuffer on every frame).
 */
export function captureMapCanvas(map: MaplibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = src.width;
      copy.height = src.height;
      copy.getContext('2d')?.drawImage(src, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}
