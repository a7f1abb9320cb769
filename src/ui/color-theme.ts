/**
 * The dashboard's light/dark theme: ?theme= wins (and is remembered), else the remembered
 * choice, else the system's prefers-color-scheme. The wall has its own default (dark).
 */
import { useEffect, useSyncExternalStore } from 'react';

export type ColorTheme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'dashboard.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readStored(): ColorTheme | null {
  try {
    const v = window.localStorage.getItem(THEME_STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null; // storage refused (private mode, policy): fall back to the system setting
  }
}

function remember(theme: ColorTheme): void {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // not remembered: the URL still carries the choice
  }
}

function subscribeSystem(cb: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const mq = window.matchMedia(DARK_QUERY);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
}

function systemTheme(): ColorTheme {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Pure: which theme to show. */
export function resolveTheme(fromUrl: ColorTheme | null, stored: ColorTheme | null, system: ColorTheme): ColorTheme {
  return fromUrl ?? stored ?? system;
}

export function useColorTheme(fromUrl: ColorTheme | null): ColorTheme {
  const system = useSyncExternalStore(subscribeSystem, systemTheme, () => 'light' as const);
  const theme = resolveTheme(fromUrl, readStored(), system);
  useEffect(() => {
    if (fromUrl) remember(fromUrl);
  }, [fromUrl]);
  useEffect(() => {
    // The page itself (scrollbars, form controls, the area outside the app) follows too.
    document.documentElement.style.colorScheme = theme;
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
