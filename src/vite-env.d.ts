/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Absolute origin (or path prefix) of the real API, e.g. https://api.example.org; unset = same origin + mock API. */
  readonly VITE_API_BASE_URL?: string;
  /** 'true' forces the mock API on, 'false' forces it off; unset = on unless VITE_API_BASE_URL is set. */
  readonly VITE_USE_MOCKS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
