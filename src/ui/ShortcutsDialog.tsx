/**
 * "Keyboard shortcuts": a modal <dialog> (focus trapped by the browser, Escape closes) that
 * gives focus back to whatever opened it. The keys listed are the real ones: the map's key
 * handler (src/map/MapView.tsx) and the search combobox (src/search/SearchCombobox.tsx).
 */
import { useEffect, useRef } from 'react';
import './dialog.css';

export interface Shortcut {
  keys: string[];
  does: string;
}

export const SHORTCUT_GROUPS: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: ['?'], does: 'Show this list of shortcuts' },
      { keys: ['Tab', 'Shift+Tab'], does: 'Move between controls' },
    ],
  },
  {
    title: 'Map (after tabbing to it)',
    shortcuts: [
      { keys: ['←', '↑', '→', '↓'], does: 'Move to the nearest state or territory in that direction' },
      { keys: ['Enter', 'Space'], does: 'Open the details of the highlighted jurisdiction' },
      { keys: ['Escape'], does: 'Clear the selection' },
      { keys: ['+', '='], does: 'Zoom in' },
      { keys: ['-'], does: 'Zoom out' },
      { keys: ['0'], does: 'Fit the whole country again' },
    ],
  },
  {
    title: 'Find your coordinator',
    shortcuts: [
      { keys: ['↓', '↑'], does: 'Move through the suggestions' },
      { keys: ['Enter'], does: 'Search, or pick the highlighted suggestion' },
      { keys: ['Escape'], does: 'Close the suggestions or the result' },
    ],
  },
  {
    title: 'Table',
    shortcuts: [{ keys: ['Enter', 'Space'], does: 'On a column heading: sort by it (again: reverse)' }],
  },
];

interface Props {
  open: boolean;
  onClose: () => void;
}

export function ShortcutsDialog({ open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => {
        onClose();
        // Focus goes back to the button (or the map) that opened the dialog.
        opener.current?.focus();
        opener.current = null;
      }}
    >
      <div className="dialog-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="dialog-close" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      {SHORTCUT_GROUPS.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h3>{g.title}</h3>
          <dl className="shortcut-list">
            {g.shortcuts.map((s) => (
              <div key={s.does} className="shortcut">
                <dt>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? <span className="shortcut-or"> or </span> : null}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{s.does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}

/** True when a key press belongs to a text field (typing "?" in the search must stay typing). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Opens the dialog on "?" pressed outside a text field. */
export function useShortcutKey(onOpen: () => void): void {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      e.preventDefault();
      onOpen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onOpen]);
}
