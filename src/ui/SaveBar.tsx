/**
 * Save / Cancel with the save's progress and outcome. "Saving…" is announced politely; a
 * refusal is an alert that says the input is still there, so nobody retypes it.
 */
export interface SaveBarProps {
  saving: boolean;
  /** why the last save failed (shown as an alert; the form keeps its input) */
  failure?: string | null | undefined;
  /** a form-level error from validation (no single field to put it beside) */
  formError?: string | undefined;
  saveLabel?: string;
  onCancel?: (() => void) | undefined;
}

export function SaveBar({ saving, failure, formError, saveLabel = 'Save', onCancel }: SaveBarProps) {
  return (
    <div className="save-bar">
      <div className="save-bar-buttons">
        <button type="submit" className="button-primary" disabled={saving} aria-busy={saving || undefined}>
          {saving ? 'Saving…' : saveLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
        ) : null}
      </div>
      <p className="save-bar-status" role="status">
        {saving ? 'Saving…' : ''}
      </p>
      {formError ? <p className="form-error">Error: {formError}</p> : null}
      {failure ? (
        <p className="save-failure" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
