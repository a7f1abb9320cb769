/** The frame every edit form shares: a labelled <form>, its fields, Save/Cancel with progress and refusal. */
import type { FormEvent, ReactNode } from 'react';
import { FORM_ERROR, type FieldErrors } from '../../ui/form-errors';
import { SaveBar } from '../../ui/SaveBar';
import '../../ui/forms.css';
import './edit.css';

export interface EditFormProps {
  /** the form's accessible name, e.g. "Edit the SCIP status of Texas" */
  label: string;
  errors: FieldErrors;
  saving: boolean;
  failure: string | null;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  saveLabel?: string;
  children: ReactNode;
}

export function EditForm({ label, errors, saving, failure, onSubmit, onCancel, saveLabel, children }: EditFormProps) {
  return (
    <form className="edit-form" aria-label={label} noValidate onSubmit={onSubmit} aria-busy={saving || undefined}>
      {children}
      <SaveBar saving={saving} failure={failure} formError={errors[FORM_ERROR]} onCancel={onCancel} saveLabel={saveLabel} />
    </form>
  );
}
