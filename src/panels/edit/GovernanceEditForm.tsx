/** The governance body's name and kind (SIGB or SIEC). */
import { useCallback, useState } from 'react';
import type { JurisdictionDetail } from '../../api/schemas';
import { GovernancePatch } from '../../api/write-schemas';
import { changedFields } from '../../ui/form-errors';
import { FormField } from '../../ui/FormField';
import { ConflictDialog } from './ConflictDialog';
import { EditForm } from './EditForm';
import { LastChange } from './LastChange';
import type { Save } from './use-save';
import { useEditForm } from './use-edit-form';

type Governance = JurisdictionDetail['governanceBody'];
const KINDS = [
  { value: 'SIGB', label: 'SIGB (Statewide Interoperability Governing Body)' },
  { value: 'SIEC', label: 'SIEC (Statewide Interoperability Executive Committee)' },
] as const;

export interface GovernanceEditFormProps {
  code: string;
  name: string;
  current: Governance;
  save: Save<GovernancePatch>;
  onDone: () => void;
  onCancel: () => void;
}

export function GovernanceEditForm({ code, name, current, save, onDone, onCancel }: GovernanceEditFormProps) {
  const [draft, setDraft] = useState<Governance>(() => ({ ...current }));
  const body = useCallback(() => changedFields({ ...current }, draft), [current, draft]);
  const form = useEditForm({ schema: GovernancePatch, body, save, onDone, onCancel });
  return (
    <EditForm label={`Edit the governance body of ${name}`} {...form} onCancel={onCancel}>
      <FormField label="Governance body name" error={form.errors.name}>
        {(control) => <input {...control} type="text" value={draft.name} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} />}
      </FormField>
      <FormField label="Kind" error={form.errors.kind}>
        {(control) => (
          <select {...control} value={draft.kind} onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as Governance['kind'] }))}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {form.conflict ? (
        <ConflictDialog
          subject={`governance body of ${name}`}
          rows={[
            { label: 'Name', theirs: current.name, mine: form.conflict.name ?? draft.name },
            { label: 'Kind', theirs: current.kind, mine: form.conflict.kind ?? draft.kind },
          ]}
          changedBy={<LastChange code={code} />}
          applying={form.saving}
          onKeepTheirs={form.keepTheirs}
          onApplyMine={() => void form.applyMine()}
        />
      ) : null}
    </EditForm>
  );
}
