/**
 * "Is the mouse idle?" for the wall: true until the pointer moves, true again `ms` after
 * it stops. One timeout at a time; a move while awake only re-arms it (setting the same
 * state again does not re-render).
 */
import { useEffect, useState } from 'react';

export function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(true);
  useEffect(() => {
    let timer: number | undefined;
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('mousemove', wake, { passive: true });
    window.addEventListener('pointerdown', wake, { passive: true });
    return () => {
      window.removeEventListener('mousemove', wake);
      window.removeEventListener('pointerdown', wake);
      window.clearTimeout(timer);
    };
  }, [ms]);
  return idle;
}
