/**
 * The details aside: the URL decides what it shows — ?state → the state panel,
 * else ?region → the region panel, else the national summary. Keys reset local state
 * (e.g. the region comparison) when the selection changes.
 */
import { useUrlState } from '../url/use-url-state';
import { NationalSummary } from './NationalSummary';
import { RegionPanel } from './RegionPanel';
import { StatePanel } from './StatePanel';

export function DetailsPanel() {
  const { url } = useUrlState();
  if (url.state) return <StatePanel key={url.state} code={url.state} />;
  if (url.region !== null) return <RegionPanel key={url.region} regionId={url.region} />;
  return <NationalSummary />;
}
