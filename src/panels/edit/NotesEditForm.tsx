/** The jurisdiction's free-text notes (the whole text is replaced; empty clears them). */
import { useCallback, useState } from 'react';
import { NotesPut } from '../../api/write-schemas';
import { FormField } from '../../ui/FormField';
import { ConflictDialog } from './ConflictDialog';
import { EditForm } from './EditForm';
import { LastChange } from './LastChange';
import type { Save } from './use-save';
import { useEditForm } from './use-edit-form';

const MAX = 4000;

export interface NotesEditFormProps {
  code: string;
  name: string;
  current: string;
  save: Save<NotesPut>;
  onDone: () => void;
  onCancel: () => void;
}

export function NotesEditForm({ code, name, current, save, onDone, onCancel }: NotesEditFormProps) {
  const [notes, setNotes] = useState(current);
  const body = useCallback(() => ({ notes }), [notes]);
  const form = useEditForm({ schema: NotesPut, body, save, onDone, onCancel });
  return (
    <EditForm label={`Edit the notes on ${name}`} {...form} onCancel={onCancel}>
      <FormField label="Notes" error={form.errors.notes} hint={`${notes.length} of ${MAX} characters. Plain text.`}>
        {(control) => <textarea {...control} value={notes} onChange={(e) => setNotes(e.target.value)} rows={5} />}
      </FormField>
      {form.conflict ? (
        <ConflictDialog
          subject={`notes on ${name}`}
          rows={[{ label: 'Notes', theirs: current || '—', mine: form.conflict.notes || '—' }]}
          changedBy={<LastChange code={code} />}
          applying={form.saving}
          onKeepTheirs={form.keepTheirs}
          onApplyMine={() => void form.applyMine()}
        />
      ) : null}
    </EditForm>
  );
}
