/**
 * The life of one save: saving → saved, refused (message, input kept) or in conflict
 * (someone else saved first: 412). A conflict remembers the body, so "Apply mine on top
 * of theirs" can send it again against the newer version.
 */
import { useCallback, useRef, useState } from 'react';
import { describeWriteFailure, isConflict } from './write-failure';

export type Save<B> = (body: B) => Promise<void>;

export interface SaveState<B> {
  saving: boolean;
  failure: string | null;
  /** the body a 412 refused, while the conflict dialog is open */
  conflict: B | null;
  submit: (body: B) => Promise<void>;
  keepTheirs: () => void;
  applyMine: () => Promise<void>;
}

export function useSave<B>(save: Save<B>, onSaved: () => void, onDiscard: () => void): SaveState<B> {
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<B | null>(null);
  const busy = useRef(false);

  const submit = useCallback(
    async (body: B) => {
      if (busy.current) return;
      busy.current = true;
      setSaving(true);
      setFailure(null);
      try {
        await save(body);
        setConflict(null);
        onSaved();
      } catch (error) {
        if (isConflict(error)) setConflict(body);
        else {
          setConflict(null);
          setFailure(describeWriteFailure(error));
        }
      } finally {
        busy.current = false;
        setSaving(false);
      }
    },
    [save, onSaved],
  );

  const keepTheirs = useCallback(() => {
    setConflict(null);
    onDiscard();
  }, [onDiscard]);

  const applyMine = useCallback(async () => {
    if (conflict !== null) await submit(conflict);
  }, [conflict, submit]);

  return { saving, failure, conflict, submit, keepTheirs, applyMine };
}
