/**
 * `npm run lighthouse`: Lighthouse (desktop preset) against `vite preview` of a production
 * build, in Debian's Chromium, for the four screens issue #19 names. Reports accessibility
 * (must be 1.0), the target-size audit (WCAG 2.5.8, must not fail) and, for information, the
 * performance score. Exits 1 when an accessibility check fails. Not part of `npm test`:
 * Lighthouse's timings are machine-dependent; its accessibility audits are not.
 *
 *   npm run lighthouse [-- --no-build] [-- --path=/?state=TX]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startPreview } from '../bench/server';
import { ROOT } from '../bench/paths';

const PATHS = ['/', '/?state=TX', '/?view=table', '/?mode=wall'];
const OUT_DIR = join(ROOT, '.scratch', 'lighthouse-dist');
const RESULTS = join(ROOT, 'bench', 'results');
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'];

interface PageScore {
  path: string;
  accessibility: number | null;
  performance: number | null;
  targetSize: number | null;
  failedAudits: string[];
}

function score(v: number | null | undefined): number | null {
  return typeof v === 'number' ? v : null;
}

async function audit(origin: string, path: string, port: number): Promise<PageScore> {
  const result = await lighthouse(
    `${origin}${path}`,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'performance'] },
    desktopConfig,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
  const failedAudits = a11yRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a): a is NonNullable<typeof a> => a !== undefined && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => `${a.id}: ${a.title}`);
  return {
    path,
    accessibility: score(lhr.categories.accessibility?.score),
    performance: score(lhr.categories.performance?.score),
    targetSize: score(lhr.audits['target-size']?.score),
    failedAudits,
  };
}

function markdown(rows: PageScore[]): string {
  const fmt = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
  const lines = [
    '# Lighthouse (desktop preset, vite preview, Debian Chromium)',
    '',
    `Run ${new Date().toISOString()}. Target size: 1 = passed, n/a = not applicable (no targets close together).`,
    '',
    '| page | accessibility | target-size | performance (information only) | failed accessibility audits |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.path}\` | ${fmt(r.accessibility)} | ${fmt(r.targetSize)} | ${fmt(r.performance)} | ${r.failedAudits.join('; ') || '—'} |`),
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const paths = args.filter((a) => a.startsWith('--path=')).map((a) => a.slice('--path='.length));
  if (!args.includes('--no-build')) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const server = await startPreview(OUT_DIR);
  const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const rows: PageScore[] = [];
  try {
    for (const path of paths.length ? paths : PATHS) {
      const row = await audit(server.origin, path, chrome.port);
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  } finally {
    chrome.kill();
    server.stop();
  }
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'lighthouse.json'), `${JSON.stringify(rows, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'lighthouse.md'), markdown(rows));
  console.log(markdown(rows));
  const failed = rows.filter((r) => r.accessibility !== 1 || (r.targetSize !== null && r.targetSize < 1));
  if (failed.length) {
    console.error(`Accessibility below 1.0 or target-size failed on: ${failed.map((r) => r.path).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : String(err));
  process.exit(1);
});
