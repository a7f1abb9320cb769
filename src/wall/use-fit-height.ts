/**
 * Keeps a panel's content inside its box without a scrollbar: if unusual data (many
 * jurisdictions or coordinators) would overflow, the type shrinks in steps, down to
 * `min` of its size; normal data never triggers it. Measured once per content change,
 * so nothing runs while a stop is on screen.
 */
import { useLayoutEffect, useRef, type DependencyList } from 'react';

export function useFitHeight<T extends HTMLElement>(deps: DependencyList, min = 0.7) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const box = el?.parentElement;
    if (!el || !box) return;
    let scale = 1;
    el.style.fontSize = '';
    const available = () => box.clientHeight - parseFloat(getComputedStyle(box).paddingTop) - parseFloat(getComputedStyle(box).paddingBottom);
    while (el.scrollHeight > available() && scale > min) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      el.style.fontSize = `${scale}em`;
    }
    // The caller lists what changes the content; the ref itself is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return ref;
}
