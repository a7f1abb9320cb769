import { lazy, Suspense } from 'react';
import { useUrlState } from '../url/use-url-state';
import { Dashboard } from './Dashboard';
import { UpdateNotice } from './UpdateNotice';

const WallApp = lazy(() => import('../wall/WallApp').then((m) => ({ default: m.WallApp })));
const BriefPage = lazy(() => import('../wall/BriefPage').then((m) => ({ default: m.BriefPage })));

/** Three screens share one URL model: the dashboard, the wall display and the printable brief. */
export function App() {
  const { url } = useUrlState();
  if (url.mode === 'wall' || url.mode === 'brief') {
    return (
      <Suspense fallback={<p className="page-loading">Loading…</p>}>{url.mode === 'wall' ? <WallApp /> : <BriefPage />}</Suspense>
    );
  }
  return (
    <>
      <Dashboard />
      <UpdateNotice />
    </>
  );
}
