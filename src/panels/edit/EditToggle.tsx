/**
 * "Edit …" opens a form in place; Save closes it with "Saved.", Cancel without. Focus goes
 * back to the button, so the keyboard path does not get lost when the form disappears.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import './edit.css';

export interface EditToggleProps {
  /** the button's text, e.g. "Edit SCIP status" */
  label: string;
  children: (close: { done: () => void; cancel: () => void }) => ReactNode;
}

export function EditToggle({ label, children }: EditToggleProps) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (open) {
    return (
      <div className="edit-open">
        {children({
          done: () => {
            setSaved(true);
            setOpen(false);
          },
          cancel: () => setOpen(false),
        })}
      </div>
    );
  }
  return (
    <p className="edit-toggle-row">
      <button
        ref={button}
        type="button"
        className="edit-toggle"
        aria-expanded={false}
        onClick={() => {
          setSaved(false);
          setOpen(true);
        }}
      >
        {label}
      </button>
      <span role="status" className="edit-done">
        {saved ? ' Saved.' : ''}
      </span>
    </p>
  );
}
