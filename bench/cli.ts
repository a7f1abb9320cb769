/** `npm run bench -- [flags]`: parsed once, validated, with a usage text for mistakes. */

export interface BenchOptions {
  check: boolean;
  sizesOnly: boolean;
  build: boolean;
  runs: number;
  soakCycles: number[];
  skip: Set<Step>;
}

export const STEPS = ['sizes', 'micro', 'browser', 'soak'] as const;
export type Step = (typeof STEPS)[number];

export const USAGE = `Usage: npm run bench -- [options]

  --check              exit 1 if a budget is broken or a step failed (listed)
  --sizes-only         bundle and asset sizes only (no browser, no timings), from dist/
                       (built with \`vite build\` first if missing); does not touch bench/results
  --no-build           reuse bench/.dist from the previous run
  --runs=N             cold loads per page for the medians (default 7, at least 5)
  --soak-cycles=a,b,c  wall soak checkpoints (default 50,100,500)
  --skip=step,...      leave out steps: ${STEPS.join(', ')} (a partial run does not update bench/results)
  --help`;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { check: false, sizesOnly: false, build: true, runs: 7, soakCycles: [50, 100, 500], skip: new Set() };
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2) as [string, string | undefined];
    switch (flag) {
      case '--check':
        options.check = true;
        break;
      case '--sizes-only':
        options.sizesOnly = true;
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--runs': {
        const runs = Number(value);
        if (!Number.isInteger(runs) || runs < 5) throw new Error(`--runs needs an integer ≥ 5 (medians of fewer cold loads are noise), got "${value}"`);
        options.runs = runs;
        break;
      }
      case '--soak-cycles': {
        const cycles = (value ?? '').split(',').map(Number);
        if (cycles.length < 2 || cycles.some((c) => !Number.isInteger(c) || c <= 0)) {
          throw new Error(`--soak-cycles needs at least two positive integers, got "${value}"`);
        }
        options.soakCycles = cycles.sort((a, b) => a - b);
        break;
      }
      case '--skip':
        for (const step of (value ?? '').split(',')) {
          if (!(STEPS as readonly string[]).includes(step)) throw new Error(`--skip: unknown step "${step}" (steps: ${STEPS.join(', ')})`);
          options.skip.add(step as Step);
        }
        break;
      case '--help':
        throw new Error('help');
      default:
        throw new Error(`unknown option "${arg}"`);
    }
  }
  return options;
}
