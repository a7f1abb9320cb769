/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** Absolute origin (or path prefix) of the real API, e.g. https://api.example.org; unset = same origin + mock API. */
  readonly VITE_API_BASE_URL?: string;
  /** 'true' forces the mock API on, 'false' forces it off; unset = on unless VITE_API_BASE_URL is set. */
  readonly VITE_USE_MOCKS?: string;
  /** Official-site banner and identifier (src/ui/site-config.ts); all optional, off by default. */
  readonly VITE_OFFICIAL_SITE?: string;
  readonly VITE_AGENCY_NAME?: string;
  readonly VITE_AGENCY_URL?: string;
  readonly VITE_ACCESSIBILITY_URL?: string;
  readonly VITE_PRIVACY_URL?: string;
  readonly VITE_VDP_URL?: string;
  /** ms one API request may wait for its answer (default 15000). */
  readonly VITE_API_TIMEOUT_MS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
