/** Choose a CSV file with the file input (keyboard) or drop it on the zone (pointer). */
import { useId, useState, type DragEvent } from 'react';

export function FilePicker({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className="drop-zone"
      data-over={over ? 'true' : undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id} className="form-field">
        <span>CSV file (columns: code, status, adopted, expires, lastAnnualReport, nextWorkshop)</span>
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = ''; // choosing the same (fixed) file again must fire again
        }}
      />
      <p className="form-hint">…or drop the file here. Nothing is written until you press Apply.</p>
    </div>
  );
}
