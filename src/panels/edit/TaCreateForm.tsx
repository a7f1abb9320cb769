/** Add a technical-assistance request: category, title, status, date requested (empty: today). */
import { useCallback, useState } from 'react';
import { TA_STATUSES, type TaStatus } from '../../api/schemas';
import { TaRequestCreate } from '../../api/write-schemas';
import { TA_STATUS_LABEL } from '../../data/scip';
import { FormField } from '../../ui/FormField';
import { EditForm } from './EditForm';
import type { Save } from './use-save';
import { useEditForm } from './use-edit-form';

export interface TaCreateFormProps {
  name: string;
  save: Save<TaRequestCreate>;
  onDone: () => void;
  onCancel: () => void;
}

export function TaCreateForm({ name, save, onDone, onCancel }: TaCreateFormProps) {
  const [draft, setDraft] = useState({ category: '', title: '', status: 'requested' as TaStatus, requested: '' });
  const body = useCallback(() => {
    const { requested, ...rest } = draft;
    return requested ? { ...rest, requested } : rest;
  }, [draft]);
  // nothing to merge when adding: a conflict only means the ETag moved, so saving again is right
  const form = useEditForm({ schema: TaRequestCreate, body, save, onDone, onCancel });
  const set = (field: keyof typeof draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value }));
  return (
    <EditForm label={`Add a technical-assistance request for ${name}`} {...form} onCancel={onCancel} saveLabel="Add request">
      <FormField label="Category" error={form.errors.category} hint="e.g. Governance, Training, Technology">
        {(control) => <input {...control} type="text" value={draft.category} onChange={set('category')} />}
      </FormField>
      <FormField label="Title" error={form.errors.title}>
        {(control) => <input {...control} type="text" value={draft.title} onChange={set('title')} />}
      </FormField>
      <FormField label="Status" error={form.errors.status}>
        {(control) => (
          <select {...control} value={draft.status} onChange={set('status')}>
            {TA_STATUSES.map((s) => (
              <option key={s} value={s}>
                {TA_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Requested on" error={form.errors.requested} hint="Leave empty for today.">
        {(control) => <input {...control} type="date" value={draft.requested} onChange={set('requested')} />}
      </FormField>
      {form.conflict ? <ConflictRetry onRetry={() => void form.applyMine()} onCancel={form.keepTheirs} saving={form.saving} /> : null}
    </EditForm>
  );
}

function ConflictRetry({ onRetry, onCancel, saving }: { onRetry: () => void; onCancel: () => void; saving: boolean }) {
  return (
    <p className="save-failure" role="alert">
      Someone else changed this jurisdiction while you typed. Your request is still here.{' '}
      <button type="button" onClick={onRetry} disabled={saving}>
        Add it to the newer version
      </button>{' '}
      <button type="button" onClick={onCancel} disabled={saving}>
        Discard
      </button>
    </p>
  );
}
