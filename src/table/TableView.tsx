import { useMemo, useState } from 'react';
import type { MapModel } from '../data/use-map-model';
import { useUrlState } from '../url/use-url-state';
import { toCsv } from '../data/csv';
import { downloadBlob } from '../data/download';
import { formatDay } from '../data/freshness';
import { buildRows, filterRows, formatShare, sortRows, type Sort, type SortKey } from './table-rows';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Jurisdiction' },
  { key: 'code', label: 'Code' },
  { key: 'regionId', label: 'Region' },
  { key: 'status', label: 'SCIP status' },
  { key: 'lastAnnualReport', label: 'Last annual report' },
  { key: 'markersShare', label: 'Markers at Defined+' },
  { key: 'legendLabel', label: 'Map class' },
];

/** The non-map alternative: every jurisdiction, the same legend classes and selection as the map. */
export function TableView({ model }: { model: MapModel }) {
  const { url, navigate } = useUrlState();
  const [text, setText] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'name', dir: 'asc' });
  const rows = useMemo(() => buildRows(model.byCode, model.legend), [model.byCode, model.legend]);
  const shown = useMemo(() => sortRows(filterRows(rows, text, model.visible), sort), [rows, text, model.visible, sort]);

  const toggleSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));

  const exportCsv = () => {
    const csv = toCsv(
      COLUMNS.map((c) => c.label),
      shown.map((r) => [r.name, r.code, r.regionId, r.status, r.lastAnnualReport, formatShare(r.markersShare), r.legendLabel]),
    );
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `jurisdictions-${url.layer}.csv`);
  };

  return (
    <div className="table-view">
      <div className="table-tools">
        <label className="field">
          <span>Filter rows</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Name, code, status or “region 4”" />
        </label>
        <span role="status" className="table-count">
          {shown.length} of {rows.length} jurisdictions
          {model.visible ? ' (legend filter on)' : ''}
        </span>
        <button type="button" onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">
            Jurisdictions with {model.legend.title}; select a name to open its details
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => toggleSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.code} aria-current={url.state === r.code ? 'true' : undefined} className={url.state === r.code ? 'is-selected' : ''}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => navigate({ state: r.code, region: null })}>
                    {r.name}
                  </button>
                </th>
                <td>{r.code}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => navigate({ region: r.regionId, state: null })}>
                    Region {r.regionId}
                  </button>
                </td>
                <td>{r.status}</td>
                <td>{formatDay(r.lastAnnualReport)}</td>
                <td>{formatShare(r.markersShare)}</td>
                <td>{r.legendLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
