/**
 * The panel's one h2. When a selection made inside the panel replaces the panel (the
 * clicked button unmounts and focus falls to <body>), focus moves here so keyboard and
 * screen-reader users land on what they selected instead of the top of the page.
 */
import { useEffect, useRef, type ReactNode } from 'react';

let appeared = false;

export function PanelHeading({ children, text }: { children: ReactNode; /** changes when the subject changes */ text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // never steal focus on the first paint of the page
    if (!appeared) {
      appeared = true;
      return;
    }
    const active = document.activeElement;
    if (active === null || active === document.body) ref.current?.focus({ preventScroll: false });
  }, [text]);
  return (
    <h2 ref={ref} tabIndex={-1} className="panel-title">
      {children}
    </h2>
  );
}
