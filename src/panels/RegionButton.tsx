/** "Region N" that selects the region (?region=N). */
import type { ReactNode } from 'react';
import { useUrlState } from '../url/use-url-state';

export function RegionButton({ regionId, children }: { regionId: number; children?: ReactNode }) {
  const { navigate } = useUrlState();
  return (
    <button type="button" className="link-button" onClick={() => navigate({ region: regionId, state: null })}>
      {children ?? `Region ${regionId}`}
    </button>
  );
}
