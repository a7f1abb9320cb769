/**
 * The layers the README draws, as lint rules (eslint-plugin-boundaries), one policy per arrow:
 *   app → features (map, panels, search, table, wall) → shared (url, ui, charts, api, auth, data, geo)
 * Features never import each other; shared layers never import a feature or the app; server/
 * imports only src/api, src/data, src/auth and src/sample-data; nothing imports mocks/ but
 * mocks/, tests, the benchmark and the app's mock bootstrap (src/app/main.tsx).
 */
import boundaries from 'eslint-plugin-boundaries';

export const FEATURES = ['map', 'panels', 'search', 'table', 'wall'];
export const SHARED = ['url', 'ui', 'charts', 'api', 'auth', 'data', 'geo'];

const elements = [
  { type: 'app', pattern: 'src/app' },
  { type: 'feature', pattern: `src/(${FEATURES.join('|')})`, capture: ['feature'] },
  { type: 'shared', pattern: `src/(${SHARED.join('|')})`, capture: ['layer'] },
  { type: 'sample-data', pattern: 'src/sample-data' },
  // server tests may start the mock API to compare the two; they are tests, not the server
  { type: 'tests', pattern: 'server/tests' },
  { type: 'server', pattern: 'server' },
  { type: 'mocks', pattern: 'mocks' },
  { type: 'tests', pattern: '(tests|bench|scripts)' },
];

const to = (type, extra = {}) => ({ to: { element: { type, ...extra } } });
const anyOf = (...types) => types.map((t) => to(t));

const policies = [
  { from: { element: { type: 'app' } }, allow: anyOf('app', 'feature', 'shared') },
  // the app's bootstrap starts the mock API worker (src/app/main.tsx only)
  { from: { file: { path: 'src/app/main.tsx' } }, allow: anyOf('mocks') },
  // a feature imports itself and the shared layers, never another feature
  {
    from: { element: { type: 'feature' } },
    allow: [to('feature', { captured: { feature: '{{ from.captured.feature }}' } }), ...anyOf('shared')],
  },
  { from: { element: { type: 'shared' } }, allow: anyOf('shared') },
  {
    from: { element: { type: 'sample-data' } },
    allow: [...anyOf('sample-data'), to('shared', { captured: { layer: '(api|data|auth)' } })],
  },
  {
    from: { element: { type: 'server' } },
    allow: [...anyOf('server', 'sample-data'), to('shared', { captured: { layer: '(api|data|auth)' } })],
  },
  { from: { element: { type: 'mocks' } }, allow: anyOf('mocks', 'shared', 'sample-data') },
  { from: { element: { type: 'tests' } }, allow: anyOf('tests', 'app', 'feature', 'shared', 'sample-data', 'server', 'mocks') },
];

export const layersConfig = {
  files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'mocks/**/*.ts', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': elements,
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
  },
  rules: {
    'boundaries/dependencies': ['error', { default: 'disallow', policies }],
  },
};
