/**
 * The life of one save: saving → saved, refused (message, input kept) or in conflict
 * (someone else saved first: 412). A conflict remembers the body, so "Apply mine on top
 * of theirs" can send it again against the newer version.
 */
import { useCallback, useRef, useState } from 'react';
import { ApiWriteError } from '../../api/writes';
import type { FieldErrors } from '../../ui/form-errors';
import { describeWriteFailure, isConflict } from './write-failure';

export type Save<B> = (body: B) => Promise<void>;

export interface SaveState<B> {
  saving: boolean;
  failure: string | null;
  /** the body a 412 refused, while the conflict dialog is open */
  conflict: B | null;
  /** the server's own field errors (a 422 naming fields), shown beside the fields */
  serverErrors: FieldErrors;
  submit: (body: B) => Promise<void>;
  keepTheirs: () => void;
  applyMine: () => Promise<void>;
}

export function useSave<B>(save: Save<B>, onSaved: () => void, onDiscard: () => void): SaveState<B> {
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<B | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const busy = useRef(false);

  const submit = useCallback(
    async (body: B) => {
      if (busy.current) return;
      busy.current = true;
      setSaving(true);
      setFailure(null);
      setServerErrors({});
      try {
        await save(body);
        setConflict(null);
        onSaved();
      } catch (error) {
        if (isConflict(error)) setConflict(body);
        else {
          setConflict(null);
          setFailure(describeWriteFailure(error));
          if (error instanceof ApiWriteError) setServerErrors(error.fieldErrors);
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

  return { saving, failure, conflict, serverErrors, submit, keepTheirs, applyMine };
}
