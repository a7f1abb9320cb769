/**
 * Visible progress and result for an action that takes a moment and ends off-screen (a file
 * download): "Preparing…" while it runs, then what happened, shown beside the button and
 * announced politely. A failure stays until the next try; a success fades after a while.
 */
import { useCallback, useEffect, useState } from 'react';

export type ActionPhase = 'idle' | 'busy' | 'done' | 'failed';

export interface ActionStatusState {
  phase: ActionPhase;
  message: string;
}

export function useActionStatus(): {
  status: ActionStatusState;
  run: (busyText: string, action: () => Promise<string>) => Promise<void>;
} {
  const [status, setStatus] = useState<ActionStatusState>({ phase: 'idle', message: '' });
  useEffect(() => {
    if (status.phase !== 'done') return;
    const t = window.setTimeout(() => setStatus({ phase: 'idle', message: '' }), 8000);
    return () => window.clearTimeout(t);
  }, [status]);
  const run = useCallback(async (busyText: string, action: () => Promise<string>) => {
    setStatus({ phase: 'busy', message: busyText });
    try {
      setStatus({ phase: 'done', message: await action() });
    } catch (e) {
      setStatus({ phase: 'failed', message: `Failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }, []);
  return { status, run };
}

export function ActionStatus({ status, testId }: { status: ActionStatusState; testId?: string }) {
  return (
    <span className={`action-status is-${status.phase}`} role="status" data-testid={testId}>
      {status.phase === 'busy' ? <span className="action-spinner" aria-hidden="true" /> : null}
      {status.phase === 'done' ? <span aria-hidden="true">✓ </span> : null}
      {status.message}
    </span>
  );
}
