/** Admin: the jurisdictions a coordinator covers, as tick boxes over the region's jurisdictions. */
import { useCallback, useState } from 'react';
import { CoveragePut } from '../../api/write-schemas';
import { JURISDICTION_BY_CODE } from '../../data/reference';
import { FORM_ERROR } from '../../ui/form-errors';
import { ConflictDialog } from './ConflictDialog';
import { EditForm } from './EditForm';
import type { Save } from './use-save';
import { useEditForm } from './use-edit-form';

const nameOf = (code: string) => JURISDICTION_BY_CODE.get(code)?.name ?? code;
const names = (codes: readonly string[]) => codes.map(nameOf).join(', ') || '—';

export interface CoverageEditFormProps {
  coordinatorName: string;
  /** the region's jurisdictions, the only ones a coordinator of the region may cover */
  options: readonly string[];
  current: readonly string[];
  save: Save<CoveragePut>;
  onDone: () => void;
  onCancel: () => void;
}

export function CoverageEditForm({ coordinatorName, options, current, save, onDone, onCancel }: CoverageEditFormProps) {
  const [picked, setPicked] = useState<readonly string[]>(current);
  const body = useCallback(() => ({ jurisdictions: options.filter((c) => picked.includes(c)) }), [options, picked]);
  const form = useEditForm({ schema: CoveragePut, body, save, onDone, onCancel });
  const toggle = (code: string) => setPicked((p) => (p.includes(code) ? p.filter((c) => c !== code) : [...p, code]));
  const error = form.errors.jurisdictions ?? form.errors[FORM_ERROR];
  return (
    <EditForm label={`Edit the jurisdictions ${coordinatorName} covers`} {...form} errors={{}} onCancel={onCancel} saveLabel="Save coverage">
      <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? 'coverage-error' : undefined}>
        <legend>Jurisdictions {coordinatorName} covers</legend>
        {options.map((code) => (
          <label key={code} className="compare-check coverage-option">
            <input type="checkbox" checked={picked.includes(code)} onChange={() => toggle(code)} />
            {nameOf(code)}
          </label>
        ))}
        {error ? (
          <p id="coverage-error" className="form-error">
            Error: {error === 'Too small: expected array to have >=1 items' ? 'tick at least one jurisdiction' : error}
          </p>
        ) : null}
      </fieldset>
      {form.conflict ? (
        <ConflictDialog
          subject={`coverage of ${coordinatorName}`}
          rows={[{ label: 'Covers', theirs: names(current), mine: names(form.conflict.jurisdictions) }]}
          changedBy="Someone else saved a newer version of this coordinator."
          applying={form.saving}
          onKeepTheirs={form.keepTheirs}
          onApplyMine={() => void form.applyMine()}
        />
      ) : null}
    </EditForm>
  );
}
