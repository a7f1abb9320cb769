/**
 * The 25 markers' level and assessed date in one table-like form. Save sends one write per
 * changed marker (the API has one route per marker); errors sit in the marker's row.
 */
import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import { MARKER_LEVELS, type Marker, type MarkerLevel } from '../../api/schemas';
import { MarkerPatch } from '../../api/write-schemas';
import { LANE_LABEL, LEVEL_LABEL } from '../../data/scip';
import { FormField } from '../../ui/FormField';
import { ConflictDialog } from './ConflictDialog';
import { EditForm } from './EditForm';
import { LastChange } from './LastChange';
import type { Save } from './use-save';
import { useEditForm } from './use-edit-form';

export interface MarkerChange {
  markerId: string;
  patch: MarkerPatch;
}
/** the changed markers, keyed by id, each a valid MarkerPatch; at least one */
const MarkerChanges = z
  .record(z.string(), MarkerPatch)
  .refine((v) => Object.keys(v).length > 0, 'no marker was changed')
  .transform((v): MarkerChange[] => Object.entries(v).map(([markerId, patch]) => ({ markerId, patch })));

interface Row {
  level: MarkerLevel;
  assessed: string;
}
const rowsOf = (markers: readonly Marker[]) => Object.fromEntries(markers.map((m) => [m.id, { level: m.level, assessed: m.assessed ?? '' }]));

export interface MarkerEditFormProps {
  code: string;
  name: string;
  current: readonly Marker[];
  save: Save<MarkerChange[]>;
  onDone: () => void;
  onCancel: () => void;
}

export function MarkerEditForm({ code, name, current, save, onDone, onCancel }: MarkerEditFormProps) {
  const [rows, setRows] = useState<Record<string, Row>>(() => rowsOf(current));
  const base = useMemo(() => rowsOf(current), [current]);
  const body = useCallback(() => {
    const changed: Record<string, unknown> = {};
    for (const [id, row] of Object.entries(rows)) {
      const was = base[id];
      if (was && was.level === row.level && was.assessed === row.assessed) continue;
      // an untouched empty date lets the server use today; a typed one must be a date
      changed[id] = row.assessed === '' ? { level: row.level } : { level: row.level, assessed: row.assessed };
    }
    return changed;
  }, [rows, base]);
  const form = useEditForm({ schema: MarkerChanges, body, save, onDone, onCancel });
  const set = (id: string, field: keyof Row, value: string) => setRows((r) => ({ ...r, [id]: { ...(r[id] as Row), [field]: value } }));
  const byId = new Map(current.map((m) => [m.id, m]));
  return (
    <EditForm label={`Edit the interoperability markers of ${name}`} {...form} onCancel={onCancel} saveLabel="Save markers">
      <p className="form-hint">Change a marker's level and, if you know it, the date it was assessed (empty: today).</p>
      {current.map((m) => {
        const row = rows[m.id] ?? { level: m.level, assessed: '' };
        return (
          <fieldset key={m.id} className="marker-edit-row">
            <legend>
              {m.id} {m.name} <span className="panel-muted">({LANE_LABEL[m.lane]})</span>
            </legend>
            <FormField label={`Level of ${m.id}`} error={form.errors[`${m.id}.level`]}>
              {(control) => (
                <select {...control} value={row.level} onChange={(e) => set(m.id, 'level', e.target.value)}>
                  {MARKER_LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {LEVEL_LABEL[l]}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={`Assessed (${m.id})`} error={form.errors[`${m.id}.assessed`]}>
              {(control) => <input {...control} type="date" value={row.assessed} onChange={(e) => set(m.id, 'assessed', e.target.value)} />}
            </FormField>
          </fieldset>
        );
      })}
      {form.conflict ? (
        <ConflictDialog
          subject={`markers of ${name}`}
          rows={form.conflict.map(({ markerId, patch }) => {
            const theirs = byId.get(markerId);
            return {
              label: `${markerId} level, assessed`,
              theirs: theirs ? `${LEVEL_LABEL[theirs.level]}, ${theirs.assessed ?? '—'}` : '—',
              mine: `${LEVEL_LABEL[patch.level]}, ${patch.assessed ?? 'today'}`,
            };
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
