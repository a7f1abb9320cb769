/**
 * When speculative loading may run: not while a user waits or types. A ZIP search needs
 * one small shard; the names index and the boundaries are ~400 KB that only might be
 * needed, and fetched beside them a shard arrives late. Background work therefore
 * waits while
 * - a ZIP shard is on its way (`hold`),
 * - the box holds part of a ZIP (its next digits name the one shard that matters),
 * - the user typed (or focused the box) less than `quietMs` ago,
 * unless the work is `urgent`: a name search waits only for ZIP shards in flight.
 */

export interface ForegroundGate {
  /** Runs a load someone is waiting for; background work waits until it settles. */
  hold<T>(task: () => Promise<T>): Promise<T>;
  /** A keystroke; `zipInProgress`: the text is the start of a ZIP. */
  typed(zipInProgress: boolean): void;
  /** The box got focus: typing may follow. */
  focused(): void;
  /** Resolves when background work may run (at once when `urgent()` and no ZIP load is in flight). */
  after(urgent?: () => boolean): Promise<void>;
  /** `urgent` changed for someone waiting in `after`. */
  recheck(): void;
}

export function createForegroundGate(pause: () => Promise<void>, quietMs: number): ForegroundGate {
  let loads = 0;
  let zipTyping = false;
  let recentInput = false;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let waiters: Array<() => void> = [];
  const recheck = () => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };

  const startQuiet = () => {
    recentInput = true;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(() => {
      recentInput = false;
      recheck();
    }, quietMs);
    recheck();
  };

  return {
    async hold(task) {
      loads++;
      try {
        return await task();
      } finally {
        loads--;
        recheck();
      }
    },
    typed(zipInProgress) {
      zipTyping = zipInProgress;
      startQuiet();
    },
    focused: () => startQuiet(),
    async after(urgent = () => false) {
      const clear = () => loads === 0 && (urgent() || (!zipTyping && !recentInput));
      // Yield first: a ZIP asked for in this same turn (typed while the engine arrived) goes first.
      await pause();
      while (!clear()) {
        await new Promise<void>((resolve) => waiters.push(resolve));
        await pause();
      }
    },
    recheck,
  };
}
