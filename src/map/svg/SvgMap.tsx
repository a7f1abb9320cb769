import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Legend } from '../../data/legend';
import { nearestInDirection, type Direction } from '../../geo/direction';
import { useLabels } from '../../geo/use-geo';
import { setCurrentSvgMap } from './first-map-node';
import { useSvgNode } from './use-svg-node';
import { useSvgPaint } from './use-svg-paint';
import './svg-map.css';

interface Props {
  legend: Legend;
  visible: ReadonlySet<string> | null;
  selected: string | null;
  highlight: readonly string[];
  describe: (code: string) => string;
  onSelect: (code: string | null) => void;
  /** the whole map (no WebGL): focusable, with arrow keys; otherwise a picture that still takes clicks */
  standalone: boolean;
  /** hidden once the WebGL map has drawn (print still shows it) */
  hidden: boolean;
}

const DIRECTIONS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const COMPASS: Record<Direction, string> = { up: 'north', down: 'south', left: 'west', right: 'east' };

function codeAt(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest('[data-state]') : null;
  return el instanceof SVGElement || el instanceof HTMLElement ? (el.dataset.state ?? null) : null;
}

/**
 * The national map drawn as SVG, from the same legend classes as the WebGL paint. It is
 * the first picture (adopted from index.html) until the WebGL map is idle, and the whole
 * map where WebGL is missing: hover tooltip, click, and arrow keys / Enter / Escape.
 */
export function SvgMap({ legend, visible, selected, highlight, describe, onSelect, standalone, hidden }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const { node, error } = useSvgNode();
  const labels = useLabels();
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useSvgPaint(node, legend, visible, { selected, hover: hover?.code ?? null, cursor, highlight });

  useEffect(() => {
    const el = host.current;
    if (!el || !node) return;
    el.replaceChildren(node);
    setCurrentSvgMap(node);
    // one tab stop for the map (arrow keys move), instead of 56 links
    for (const link of node.querySelectorAll('a')) link.setAttribute('tabindex', standalone ? '-1' : '0');
    return () => setCurrentSvgMap(null);
  }, [node, standalone]);

  const onClick = useCallback(
    (e: MouseEvent) => {
      const code = codeAt(e.target);
      if (!code) return;
      // the links work without JavaScript; with it, selection stays in the page
      e.preventDefault();
      setCursor(code);
      onSelect(code);
    },
    [onSelect],
  );

  const onMouseMove = useCallback((e: MouseEvent<HTMLDivElement>) => {
    const code = codeAt(e.target);
    const box = e.currentTarget.getBoundingClientRect();
    setHover(code ? { code, x: e.clientX - box.left, y: e.clientY - box.top } : null);
  }, []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const anchors = labels.data?.jurisdictions;
      const dir = DIRECTIONS[e.key];
      if (dir && anchors) {
        e.preventDefault();
        const from = cursor ?? selected;
        const next = from ? nearestInDirection(from, dir, anchors) : 'KS';
        if (next) {
          setCursor(next);
          setAnnouncement(`${describe(next)}. Press Enter to open.`);
        } else setAnnouncement(`No jurisdiction further ${COMPASS[dir]}.`);
      } else if (e.key === 'Enter' || e.key === ' ') {
        const code = cursor ?? selected;
        if (!code) return;
        e.preventDefault();
        onSelect(code);
        setAnnouncement(`Opened ${describe(code)}.`);
      } else if (e.key === 'Escape') {
        setCursor(null);
        onSelect(null);
        setAnnouncement('Selection cleared.');
      }
    },
    [labels.data, cursor, selected, describe, onSelect],
  );

  if (error && standalone) return <p className="error-box">The map could not be drawn: {error.message}. The table view has every jurisdiction.</p>;
  return (
    <>
      {/* The SVG links give mouse and keyboard users the same targets; arrow keys add a map-like path. */}
      <div
        ref={host}
        className={standalone ? 'svg-map-layer is-interactive' : 'svg-map-layer'}
        hidden={hidden}
        data-svg-map={standalone ? 'standalone' : 'first-picture'}
        tabIndex={standalone ? 0 : undefined}
        role={standalone ? 'application' : undefined}
        aria-label={standalone ? 'Map. Arrow keys move between jurisdictions, Enter opens one, Escape clears.' : undefined}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
        onKeyDown={standalone ? onKeyDown : undefined}
      />
      {hover && !hidden ? (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 36, top: hover.y + 36 }}>
          {describe(hover.code)}
        </div>
      ) : null}
      {standalone ? (
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      ) : null}
    </>
  );
}
