/** The audit log's filters: entity, user (display name), date range. Applied on submit. */
import { useState, type FormEvent } from 'react';
import type { AuditFilters as Filters } from '../api/history-queries';
import { AuditEntry } from '../api/write-schemas';
import { FormField } from '../ui/FormField';

const ENTITY_LABEL: Record<string, string> = {
  jurisdiction: 'Jurisdictions (SCIP, SWIC, governance, notes)',
  marker: 'Markers',
  'ta-request': 'Technical-assistance requests',
  coordinator: 'Coordinators',
};

export function AuditFilters({ initial, onApply }: { initial: Filters; onApply: (f: Filters) => void }) {
  const [draft, setDraft] = useState<Filters>(initial);
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) return setError('the end date is before the start date');
    setError(undefined);
    onApply(draft);
  };
  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value || undefined }));
  return (
    <form className="admin-filters" aria-label="Filter the audit log" onSubmit={submit} noValidate>
      <FormField label="Entity">
        {(control) => (
          <select {...control} value={draft.entity ?? ''} onChange={set('entity')}>
            <option value="">All</option>
            {AuditEntry.shape.entity.options.map((e) => (
              <option key={e} value={e}>
                {ENTITY_LABEL[e] ?? e}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="User">
        {(control) => <input {...control} type="search" value={draft.actor ?? ''} onChange={set('actor')} placeholder="Display name" />}
      </FormField>
      <FormField label="From">
        {(control) => <input {...control} type="date" value={draft.from ?? ''} onChange={set('from')} />}
      </FormField>
      <FormField label="To" error={error}>
        {(control) => <input {...control} type="date" value={draft.to ?? ''} onChange={set('to')} />}
      </FormField>
      <button type="submit" className="button-primary">
        Apply filters
      </button>
    </form>
  );
}
