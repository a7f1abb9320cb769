/**
 * Local demo against the real API, one command (`npm run dev:real`): the local sample
 * OIDC provider on 127.0.0.1:8788, the API server on 127.0.0.1:8787 (PGlite in
 * server/data) accepting that provider's tokens, and the Vite dev server on
 * 127.0.0.1:5173 with VITE_API_BASE_URL pointing at it and the mock API off. Ctrl+C stops
 * all three; if one exits, the others are stopped too. With OIDC_ISSUER set in the
 * environment, that issuer is used and no local provider starts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const API_PORT = process.env.PORT ?? '8787';
const API_URL = `http://127.0.0.1:${API_PORT}`;
const IDP_PORT = process.env.OIDC_DEV_PORT ?? '8788';
const OWN_ISSUER = process.env.OIDC_ISSUER;
const ISSUER = OWN_ISSUER ?? `http://127.0.0.1:${IDP_PORT}`;
// vite's package exports do not include its bin, so it is named by path
const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

const children: ChildProcess[] = [];
let stopping = false;

function start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`dev-real: ${name} exited (${code ?? signal}); stopping the other`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  // leave once every child is gone
  const wait = setInterval(() => {
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) {
      clearInterval(wait);
      process.exit(code);
    }
  }, 100);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForIssuer(url: string): Promise<void> {
  for (let i = 0; i < 150 && !stopping; i++) {
    try {
      if ((await fetch(`${url}/.well-known/openid-configuration`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the OIDC provider at ${url} did not answer`);
}

if (!OWN_ISSUER) {
  start('OIDC provider', ['--import', 'tsx', 'server/oidc-dev/main.ts'], {
    OIDC_DEV_PORT: IDP_PORT,
    OIDC_DEV_APP_ORIGINS: 'http://127.0.0.1:5173,http://localhost:5173',
  });
  await waitForIssuer(ISSUER);
}
start('API server', ['--import', 'tsx', 'server/main.ts'], { PORT: API_PORT, HOST: '127.0.0.1', OIDC_ISSUER: ISSUER });
start('Vite', [viteBin, '--host', '127.0.0.1', '--port', '5173', '--strictPort'], {
  VITE_API_BASE_URL: API_URL,
  VITE_USE_MOCKS: 'false',
});
console.log(`dev-real: API ${API_URL}/api/v1 · sign-in ${ISSUER} · app http://127.0.0.1:5173 (sample data)`);
