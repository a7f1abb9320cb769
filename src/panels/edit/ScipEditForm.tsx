/** SCIP status and its four dates, for an editor of the jurisdiction's region or an admin. */
import { useCallback, useState } from 'react';
import { SCIP_STATUSES, type ScipStatus, type ScipSummary } from '../../api/schemas';
import { ScipPatch } from '../../api/write-schemas';
import { SCIP_STATUS_LABEL } from '../../data/scip';
import { changedFields } from '../../ui/form-errors';
import { FormField } from '../../ui/FormField';
import { ConflictDialog } from './ConflictDialog';
import { EditForm } from './EditForm';
import { LastChange } from './LastChange';
import type { Save } from './use-save';
import { useEditForm } from './use-edit-form';
import { valueText } from '../../data/audit-format';

interface Draft {
  status: ScipStatus;
  adopted: string;
  expires: string;
  lastAnnualReport: string;
  nextWorkshop: string;
}

const LABELS: Record<keyof Draft, string> = {
  status: 'SCIP status',
  adopted: 'Plan adopted',
  expires: 'Plan expires',
  lastAnnualReport: 'Last annual report',
  nextWorkshop: 'Next workshop',
};

const draftOf = (s: ScipSummary): Draft => ({ ...s, lastAnnualReport: s.lastAnnualReport ?? '', nextWorkshop: s.nextWorkshop ?? '' });
/** an empty optional date clears it (null); an empty required date stays '' so the schema names it */
const scipOf = (d: Draft): Record<string, unknown> => ({ ...d, lastAnnualReport: d.lastAnnualReport || null, nextWorkshop: d.nextWorkshop || null });

export interface ScipEditFormProps {
  code: string;
  name: string;
  /** the saved values (theirs, after a conflict) */
  current: ScipSummary;
  save: Save<ScipPatch>;
  onDone: () => void;
  onCancel: () => void;
}

export function ScipEditForm({ code, name, current, save, onDone, onCancel }: ScipEditFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(current));
  const body = useCallback(() => changedFields(scipOf(draftOf(current)), scipOf(draft)), [current, draft]);
  const form = useEditForm({ schema: ScipPatch, body, save, onDone, onCancel });
  const set = (field: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value }));
  const dateField = (field: Exclude<keyof Draft, 'status'>, hint?: string) => (
    <FormField label={LABELS[field]} error={form.errors[field]} hint={hint}>
      {(control) => <input {...control} type="date" value={draft[field]} onChange={set(field)} />}
    </FormField>
  );
  return (
    <EditForm label={`Edit the SCIP status of ${name}`} {...form} onCancel={onCancel}>
      <FormField label={LABELS.status} error={form.errors.status}>
        {(control) => (
          <select {...control} value={draft.status} onChange={set('status')}>
            {SCIP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {SCIP_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {dateField('adopted')}
      {dateField('expires')}
      {dateField('lastAnnualReport', 'Leave empty if none is on record.')}
      {dateField('nextWorkshop', 'Leave empty if none is scheduled.')}
      {form.conflict ? (
        <ConflictDialog
          subject={`SCIP status of ${name}`}
          rows={Object.keys(form.conflict).map((k) => {
            const field = k as keyof Draft;
            return { label: LABELS[field], theirs: valueText(current[field]), mine: valueText(form.conflict?.[field]) };
          })}
          changedBy={<LastChange code={code} />}
          applying={form.saving}
          onKeepTheirs={form.keepTheirs}
          onApplyMine={() => void form.applyMine()}
        />
      ) : null}
    </EditForm>
  );
}
