import { useCallback, useState } from 'react';
import { useMeta } from '../api/queries';
import type { Legend } from '../data/legend';
import { LAYER_TITLES } from '../data/legend';
import { formatAsOf } from '../data/freshness';
import { downloadBlob } from '../data/download';
import { exportMapPng } from '../map/export-png';
import { FindCoordinator } from '../search/FindCoordinator';
import { AdminLinks } from '../admin/AdminLinks';
import { ActionStatus, useActionStatus } from '../ui/ActionStatus';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { ShortcutsDialog, useShortcutKey } from '../ui/ShortcutsDialog';
import type { ColorTheme } from '../ui/color-theme';
import { LAYER_IDS, type LayerId } from '../data/layers';
import { useUrlState } from '../url/use-url-state';
import { AccountMenu } from './AccountMenu';

interface Props {
  legend: Legend;
  theme: ColorTheme;
}

export function Topbar({ legend, theme }: Props) {
  const { url, navigate } = useUrlState();
  const meta = useMeta();
  const png = useActionStatus();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  useShortcutKey(useCallback(() => setShortcutsOpen(true), []));

  const exportPng = () =>
    png.run('Preparing the image…', async () => {
      const blob = await exportMapPng({
        title: 'Regional Coordination Map',
        asOf: meta.data ? formatAsOf(meta.data.asOf) : 'unknown',
        sample: meta.data?.sample ?? true,
        legend,
      });
      const fileName = `regional-map-${url.layer}.png`;
      downloadBlob(blob, fileName);
      return `Saved ${fileName} (${Math.max(1, Math.round(blob.size / 1024))} kB)`;
    });

  return (
    <header className="topbar">
      <div className="brand">
        <h1>Regional Coordination Map</h1>
        <p className="tagline">Emergency communications · CISA regions, SCIP status, coordinators</p>
      </div>
      {meta.data?.sample !== false ? (
        <span className="sample-badge" title="Fictional people, phones, emails and statuses">
          Sample data
        </span>
      ) : null}
      <FindCoordinator />
      <AdminLinks />
      <div className="toolbar" role="group" aria-label="View options">
        <label className="field">
          <span>Layer</span>
          <select value={url.layer} onChange={(e) => navigate({ layer: e.target.value as LayerId, filter: null })}>
            {LAYER_IDS.map((id) => (
              <option key={id} value={id}>
                {LAYER_TITLES[id]}
              </option>
            ))}
          </select>
        </label>
        <div className="segmented" role="group" aria-label="Show as">
          <button type="button" aria-pressed={url.view === 'map'} onClick={() => navigate({ view: 'map' })}>
            Map
          </button>
          <button type="button" aria-pressed={url.view === 'table'} onClick={() => navigate({ view: 'table' })}>
            Table
          </button>
        </div>
        <button type="button" onClick={() => void exportPng()} disabled={url.view === 'table' || png.status.phase === 'busy'}>
          Export PNG
        </button>
        <ActionStatus status={png.status} testId="png-status" />
        <CopyLinkButton />
        <a className="button-link" href={`?mode=wall${url.layer !== 'region' ? `&layer=${url.layer}` : ''}`}>
          Wall display
        </a>
        <button type="button" aria-pressed={theme === 'dark'} onClick={() => navigate({ theme: theme === 'dark' ? 'light' : 'dark' })}>
          Dark theme
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setShortcutsOpen(true)}>
          Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
      <div className="topbar-account" data-slot="sign-in">
        <AccountMenu />
      </div>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </header>
  );
}
