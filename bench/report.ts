/**
 * The result model: every measurement is a Metric; a step that throws turns the metrics it
 * owed into errors (so one missing feature does not hide the rest), and `--check` fails on
 * any broken budget or error.
 */
import { readFileSync } from 'node:fs';
import { BUDGETS_FILE } from './paths';
import { errorMessage } from './stats';

export type Unit = 'ms' | 'µs' | 'kB' | '%' | '×' | 'nodes' | 'MB' | 'count';
export type Status = 'pass' | 'fail' | 'info' | 'error';

export interface MetricSpec {
  /** stable key, also the key in budgets.json */
  id: string;
  label: string;
  unit: Unit;
}

export interface Metric extends MetricSpec {
  value: number | null;
  budget: number | null;
  status: Status;
  note?: string;
}

export interface Measured {
  value: number;
  note?: string;
}

export type StepOutput = Record<string, number | Measured | Error | undefined>;

interface BudgetEntry {
  max: number;
  why: string;
}

export function loadBudgets(): Map<string, number> {
  const raw = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Record<string, unknown>;
  const budgets = new Map<string, number>();
  for (const [id, entry] of Object.entries(raw)) {
    if (id.startsWith('$')) continue;
    const max = (entry as Partial<BudgetEntry>).max;
    if (typeof max !== 'number') throw new Error(`bench/budgets.json: "${id}" has no numeric "max"`);
    budgets.set(id, max);
  }
  return budgets;
}

export class Results {
  readonly metrics: Metric[] = [];
  private readonly budgets: Map<string, number>;
  private readonly log: (line: string) => void;

  constructor(budgets: Map<string, number>, log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {
    this.budgets = budgets;
    this.log = log;
  }

  record(spec: MetricSpec, outcome: number | Measured | Error | undefined): void {
    const budget = this.budgets.get(spec.id) ?? null;
    if (outcome === undefined || outcome instanceof Error) {
      const note = outcome ? `error: ${outcome.message}` : 'error: not measured';
      this.metrics.push({ ...spec, value: null, budget, status: 'error', note });
      return;
    }
    const { value, note } = typeof outcome === 'number' ? { value: outcome, note: undefined } : outcome;
    const status: Status = !Number.isFinite(value) ? 'error' : budget === null ? 'info' : value <= budget ? 'pass' : 'fail';
    this.metrics.push({ ...spec, value, budget, status, ...(note ? { note } : {}) });
  }

  /**
   * Runs one step; whatever it does not deliver (it threw, timed out, or skipped a metric)
   * is recorded as an error naming the step, and the run goes on.
   */
  async step(
    name: string,
    specs: readonly MetricSpec[],
    run: (extra: (spec: MetricSpec, outcome: number | Measured) => void) => Promise<StepOutput>,
  ): Promise<void> {
    const started = Date.now();
    this.log(`▸ ${name}…`);
    // Rows whose number is only known while measuring (one per lazy chunk); shown after the fixed ones.
    const extras: [MetricSpec, number | Measured][] = [];
    let output: StepOutput;
    try {
      output = await run((spec, outcome) => extras.push([spec, outcome]));
    } catch (err) {
      const failure = new Error(`${name}: ${errorMessage(err)}`);
      this.log(`  ✗ ${failure.message}`);
      for (const spec of specs) this.record(spec, failure);
      return;
    }
    for (const spec of specs) {
      const outcome = output[spec.id];
      this.record(spec, outcome instanceof Error ? new Error(`${name}: ${outcome.message}`) : outcome);
    }
    for (const [spec, outcome] of extras) this.record(spec, outcome);
    this.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  /** Metrics whose status breaks `--check`. */
  failures(): Metric[] {
    return this.metrics.filter((m) => m.status === 'fail' || m.status === 'error');
  }
}

const DECIMALS: Record<Unit, number> = { ms: 0, 'µs': 2, kB: 1, '%': 1, '×': 2, nodes: 0, MB: 1, count: 0 };

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '—';
  const n = value.toFixed(DECIMALS[unit]);
  if (unit === '×') return `${n}×`;
  return unit === 'count' ? n : `${n} ${unit}`;
}

const STATUS_TEXT: Record<Status, string> = { pass: '✅ pass', fail: '❌ over budget', info: 'info', error: '⚠️ error' };

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => {
    const status = m.note && m.status !== 'error' ? `${STATUS_TEXT[m.status]} (${m.note})` : m.note ?? STATUS_TEXT[m.status];
    const statusCell = m.status === 'error' ? `${STATUS_TEXT.error}: ${m.note?.replace(/^error: /, '') ?? ''}` : status;
    return `| ${escapeCell(m.label)} | ${formatValue(m.value, m.unit)} | ${m.budget === null ? '' : `≤ ${formatValue(m.budget, m.unit)}`} | ${escapeCell(statusCell)} |`;
  });
  return ['| Metric | Value | Budget | Status |', '| --- | ---: | ---: | --- |', ...rows].join('\n');
}
