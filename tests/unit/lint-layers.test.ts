/**
 * The layer rules fire: each arrow the README forbids is linted from a deliberately wrong
 * file (text only, never written to disk) through ESLint's Node API and the repo's config.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

const WRONG: [string, string, string][] = [
  ['a shared layer (src/data) importing a feature (src/map)', 'src/data/wrong.ts', "import { Legend } from '../map/Legend';"],
  ['a shared layer (src/url) importing the app', 'src/url/wrong.ts', "import { App } from '../app/App';"],
  ['a feature (src/wall) importing another feature (src/map/MapView)', 'src/wall/wrong.ts', "import { MapView } from '../map/MapView';"],
  [
    'a feature (src/panels) importing another feature (src/search)',
    'src/panels/wrong.ts',
    "import { FindCoordinator } from '../search/FindCoordinator';",
  ],
  ['a feature importing the app', 'src/table/wrong.ts', "import { Topbar } from '../app/Topbar';"],
  ['the server importing mocks/', 'server/wrong.ts', "import { server } from '../mocks/node';"],
  ['the server importing a feature', 'server/http/wrong.ts', "import { suggest } from '../../src/search/suggest';"],
  ['the server importing src/url', 'server/wrong.ts', "import { parseUrlState } from '../src/url/url-params';"],
  ['a feature importing mocks/', 'src/panels/wrong.ts', "import { startMockApi } from '../../mocks/browser';"],
  ['the app (other than its bootstrap) importing mocks/', 'src/app/wrong.ts', "import { startMockApi } from '../../mocks/browser';"],
  ['the sample data importing a feature', 'src/sample-data/wrong.ts', "import { suggest } from '../search/suggest';"],
];

const RIGHT: [string, string, string][] = [
  ['the app importing a feature', 'src/app/right.ts', "import { Legend } from '../map/Legend';"],
  ['a feature importing a shared layer', 'src/wall/right.ts', "import { useUrlState } from '../url/use-url-state';"],
  ['a feature importing its own files', 'src/wall/right.ts', "import { WallMap } from './WallMap';"],
  [
    'the server importing src/api, src/auth and the sample data',
    'server/right.ts',
    "import { API_PREFIX } from '../src/api/schemas';\nimport { SAMPLE_USERS } from '../src/auth/sample-users';\nimport { buildSampleDataset } from '../src/sample-data/seed';",
  ],
  ['the app bootstrap starting the mock API', 'src/app/main.tsx', "import { startMockApi } from '../../mocks/browser';"],
  ['mocks/ importing the sample data', 'mocks/right.ts', "import { buildSampleDataset } from '../src/sample-data/seed';"],
];

// The first lint loads the parsers and plugins: seconds on a busy machine.
describe('layer boundaries (eslint-plugin-boundaries)', { timeout: 60_000 }, () => {
  it.each(WRONG)('refuses %s', async (_what, filePath, code) => {
    const errors = await layerErrors(filePath, `${code}\nexport const used = 1;\n`);
    expect(errors).toHaveLength(code.split('\n').length);
    expect(errors[0]).toMatch(/no policy allowing/i);
  });

  it.each(RIGHT)('allows %s', async (_what, filePath, code) => {
    expect(await layerErrors(filePath, `${code}\nexport const used = 1;\n`)).toEqual([]);
  });
});
