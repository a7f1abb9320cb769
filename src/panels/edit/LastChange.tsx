/** Who last changed a jurisdiction's record and when: the newest entry of its history. */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { historyKeys, useJurisdictionHistory } from '../../api/history-queries';
import { useSession } from '../../auth/session';
import { formatWhen } from '../../data/audit-format';

export function LastChange({ code }: { code: string }) {
  const { accessToken } = useSession();
  const client = useQueryClient();
  // the conflict means the history we may hold is out of date: read it again
  useEffect(() => {
    void client.invalidateQueries({ queryKey: historyKeys.jurisdiction(code) });
  }, [client, code]);
  const history = useJurisdictionHistory(code, accessToken);
  const newest = history.data?.pages[0]?.entries[0];
  if (history.isFetching && !history.isFetchedAfterMount) return <>Looking up who changed it…</>;
  if (!newest) return <>Who changed it could not be found in the history.</>;
  return (
    <>
      Changed by <strong>{newest.actor}</strong> on {formatWhen(newest.at)}.
    </>
  );
}
