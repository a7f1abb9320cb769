/**
 * "Copy link": the URL is the whole view (state, region, layer, view, filter…), so copying
 * it shares exactly what is on screen. When the clipboard is refused (permissions, an
 * insecure origin) the link is shown selected in a field, to copy by hand.
 */
import { useEffect, useRef, useState } from 'react';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string; why: string };

export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('this browser offers no clipboard here');
  await navigator.clipboard.writeText(text);
}

export function CopyLinkButton({ className }: { className?: string }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'manual') field.current?.select();
    if (state.kind !== 'copied') return;
    const t = window.setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => window.clearTimeout(t);
  }, [state]);

  const copy = async () => {
    const url = window.location.href;
    try {
      await copyText(url);
      setState({ kind: 'copied' });
    } catch (e) {
      setState({ kind: 'manual', url, why: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <span className="copy-link">
      <button type="button" className={className} onClick={() => void copy()}>
        Copy link
      </button>
      <span className="copy-link-status" role="status">
        {state.kind === 'copied' ? '✓ Link copied' : ''}
      </span>
      {state.kind === 'manual' ? (
        <span className="copy-link-manual">
          <label>
            <span>Copying was refused ({state.why}). Copy this link:</span>
            <input ref={field} type="text" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            Done
          </button>
        </span>
      ) : null}
    </span>
  );
}
