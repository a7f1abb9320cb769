import { useEffect, useState } from 'react';
import { navigateUrl, useUrlState } from './use-url-state';

/**
 * Bad URL parameters fall back to defaults with a notice. The notice outlives the
 * parameter: the URL is rewritten (replace) to what is really shown.
 */
export function useUrlNotices(): { notices: string[]; dismiss: () => void } {
  const { notices: current } = useUrlState();
  const [notices, setNotices] = useState<string[]>([]);
  useEffect(() => {
    if (current.length === 0) return;
    setNotices((prev) => [...new Set([...prev, ...current])]);
    navigateUrl({}, { replace: true });
  }, [current]);
  return { notices, dismiss: () => setNotices([]) };
}
