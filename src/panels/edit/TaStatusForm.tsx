/** Change one technical-assistance request's status (a select and its own Save). */
import { useCallback, useState } from 'react';
import { TA_STATUSES, type TaRequest, type TaStatus } from '../../api/schemas';
import { TaRequestPatch } from '../../api/write-schemas';
import { TA_STATUS_LABEL } from '../../data/scip';
import { FormField } from '../../ui/FormField';
import { ConflictDialog } from './ConflictDialog';
import { EditForm } from './EditForm';
import { LastChange } from './LastChange';
import type { Save } from './use-save';
import { useEditForm } from './use-edit-form';

export interface TaStatusFormProps {
  code: string;
  request: TaRequest;
  save: Save<TaRequestPatch>;
  onDone: () => void;
  onCancel: () => void;
}

export function TaStatusForm({ code, request, save, onDone, onCancel }: TaStatusFormProps) {
  const [status, setStatus] = useState<TaStatus>(request.status);
  const body = useCallback(() => (status === request.status ? {} : { status }), [status, request.status]);
  const form = useEditForm({ schema: TaRequestPatch, body, save, onDone, onCancel });
  return (
    <EditForm label={`Change the status of “${request.title}”`} {...form} onCancel={onCancel} saveLabel="Save status">
      <FormField label={`Status of “${request.title}”`} error={form.errors.status}>
        {(control) => (
          <select {...control} value={status} onChange={(e) => setStatus(e.target.value as TaStatus)}>
            {TA_STATUSES.map((s) => (
              <option key={s} value={s}>
                {TA_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {form.conflict ? (
        <ConflictDialog
          subject={`request “${request.title}”`}
          rows={[{ label: 'Status', theirs: TA_STATUS_LABEL[request.status], mine: TA_STATUS_LABEL[form.conflict.status ?? status] }]}
          changedBy={<LastChange code={code} />}
          applying={form.saving}
          onKeepTheirs={form.keepTheirs}
          onApplyMine={() => void form.applyMine()}
        />
      ) : null}
    </EditForm>
  );
}
