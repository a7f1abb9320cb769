/**
 * `vite preview` of a built folder on a free loopback port, in its own process group so
 * that stopping it also stops anything it spawned. The runner stops it in a `finally` and
 * on SIGINT/SIGTERM, so a failed run leaves no server behind.
 */
import { join } from 'node:path';
import { freePort, signalGroup, startChild, waitForOk } from '../scripts/child-process';
import { ROOT } from './paths';

export interface PreviewServer {
  origin: string;
  stop(): void;
}

export async function startPreview(outDir: string, timeoutMs = 30_000): Promise<PreviewServer> {
  const port = await freePort();
  const viteBin = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = startChild('vite preview', [viteBin, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1']);
  const onExit = () => signalGroup(child, 'SIGTERM');
  process.once('exit', onExit);
  const stop = () => {
    process.off('exit', onExit);
    signalGroup(child, 'SIGTERM');
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(child, `${origin}/`, timeoutMs);
  } catch (err) {
    stop();
    throw err;
  }
  return { origin, stop };
}
