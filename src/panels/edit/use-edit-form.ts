/**
 * A form over a zod write schema: on submit the draft is parsed; failures become messages
 * beside their fields (and focus moves to the first one); a valid body goes to useSave.
 */
import { useCallback, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { parseForm, type FieldErrors } from '../../ui/form-errors';
import { useSave, type Save, type SaveState } from './use-save';

export interface EditFormOptions<S extends z.ZodType> {
  schema: S;
  /** the request body the draft stands for (only the changed fields, for a PATCH) */
  body: () => unknown;
  save: Save<z.output<S>>;
  /** saved: close the form */
  onDone: () => void;
  /** cancelled, or "Keep theirs" after a conflict */
  onCancel: () => void;
}

export interface EditFormState<B> extends SaveState<B> {
  errors: FieldErrors;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
}

export function useEditForm<S extends z.ZodType>(options: EditFormOptions<S>): EditFormState<z.output<S>> {
  const { schema, body, save, onDone, onCancel } = options;
  const [errors, setErrors] = useState<FieldErrors>({});
  const state = useSave(save, onDone, onCancel);
  const { submit } = state;
  const onSubmit = useCallback(
    (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const form = e.currentTarget;
      const parsed = parseForm(schema, body());
      if (!parsed.ok) {
        setErrors(parsed.errors);
        // after React has rendered the messages, put the keyboard on the first bad field
        queueMicrotask(() => requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()));
        return;
      }
      setErrors({});
      void submit(parsed.data);
    },
    [schema, body, submit],
  );
  // a field the server named keeps its message until the next save; the form's own check wins
  return { ...state, errors: { ...state.serverErrors, ...errors }, onSubmit };
}
