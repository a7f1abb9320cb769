import { useSyncExternalStore } from 'react';
import { applyUpdate, subscribeUpdate, updateAvailable } from '../ui/app-update';
import './update-notice.css';

/**
 * "A new version is available – reload": shown on the dashboard once a new deployment's
 * service worker is waiting. Reloading is the user's choice (a half-typed search is not
 * thrown away); the wall applies updates by itself between tour stops.
 */
export function UpdateNotice() {
  const available = useSyncExternalStore(subscribeUpdate, updateAvailable, () => false);
  if (!available) return null;
  return (
    <div className="update-notice" role="status">
      <span>A new version is available –</span>
      <button type="button" onClick={applyUpdate}>
        Reload
      </button>
    </div>
  );
}
