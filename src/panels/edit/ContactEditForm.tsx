/** Name, title, email and phone of a SWIC or a regional coordinator (the same write rules). */
import { useCallback, useState } from 'react';
import type { Contact } from '../../api/schemas';
import { ContactPatch } from '../../api/write-schemas';
import { changedFields } from '../../ui/form-errors';
import { FormField } from '../../ui/FormField';
import { ConflictDialog } from './ConflictDialog';
import { EditForm } from './EditForm';
import type { Save } from './use-save';
import { useEditForm } from './use-edit-form';
import type { ReactNode } from 'react';

const FIELDS = [
  { key: 'name', label: 'Name', type: 'text', autoComplete: 'name' },
  { key: 'title', label: 'Title', type: 'text', autoComplete: 'organization-title' },
  { key: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel', autoComplete: 'tel' },
] as const;

type Draft = Pick<Contact, 'name' | 'title' | 'email' | 'phone'>;
const draftOf = (c: Contact): Draft => ({ name: c.name, title: c.title, email: c.email, phone: c.phone });

export interface ContactEditFormProps {
  /** the form's accessible name, e.g. "Edit the SWIC of Texas" */
  label: string;
  /** for the conflict dialog's title, e.g. "SWIC contact of Texas" */
  subject: string;
  current: Contact;
  save: Save<ContactPatch>;
  onDone: () => void;
  onCancel: () => void;
  /** who changed it (for the conflict dialog) */
  changedBy?: ReactNode;
}

export function ContactEditForm({ label, subject, current, save, onDone, onCancel, changedBy }: ContactEditFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(current));
  const body = useCallback(() => changedFields(draftOf(current), draft), [current, draft]);
  const form = useEditForm({ schema: ContactPatch, body, save, onDone, onCancel });
  return (
    <EditForm label={label} {...form} onCancel={onCancel}>
      {FIELDS.map((f) => (
        <FormField key={f.key} label={f.label} error={form.errors[f.key]}>
          {(control) => (
            <input
              {...control}
              type={f.type}
              autoComplete={f.autoComplete}
              value={draft[f.key]}
              onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
            />
          )}
        </FormField>
      ))}
      {form.conflict ? (
        <ConflictDialog
          subject={subject}
          rows={FIELDS.filter((f) => form.conflict?.[f.key] !== undefined).map((f) => ({
            label: f.label,
            theirs: current[f.key],
            mine: form.conflict?.[f.key] ?? '',
          }))}
          changedBy={changedBy ?? 'Someone else saved a newer version.'}
          applying={form.saving}
          onKeepTheirs={form.keepTheirs}
          onApplyMine={() => void form.applyMine()}
        />
      ) : null}
    </EditForm>
  );
}
