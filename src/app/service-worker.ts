/**
 * Registers the service worker (built by vite-plugin-pwa, see vite.config.ts) in
 * production builds only: `virtual:pwa-register` is a no-op in the dev server. It serves
 * the app shell and the first map's geometry offline, so a kiosk that reloads with the
 * network down still reaches the wall's stored snapshot.
 *
 * New deployments: the new worker waits (registerType 'prompt') and announces itself
 * (src/ui/app-update.ts); the dashboard offers a reload, the wall reloads itself at its
 * next tour boundary. A wall runs for days, so it also asks for a new version hourly.
 */
import { registerSW } from 'virtual:pwa-register';
import { announceUpdate } from '../ui/app-update';

const UPDATE_CHECK_MS = 60 * 60_000;
/** After the page's own loads: precaching must not compete with the first map for the network. */
const REGISTER_DELAY_MS = 3_000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    const update = registerSW({
      immediate: true,
      onNeedRefresh: () => announceUpdate(() => void update(true)),
      onRegisteredSW: (_url, registration) => {
        if (registration) window.setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
      },
      onRegisterError: () => undefined, // no offline start then; the app itself works as before
    });
  };
  const later = () => window.setTimeout(register, REGISTER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
