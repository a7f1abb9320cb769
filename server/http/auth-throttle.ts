/**
 * Failed-authentication throttle per client address: a token bucket of `burst` failures
 * refilling at `perMinute`. A client that spends it gets 429 + Retry-After for every
 * further bad token until it refills; a valid token is never delayed or refused by it
 * (tokens are high-entropy, so the point is to stop floods, not guessing). Memory is
 * bounded: at most `maxClients` buckets, the least recently failed one evicted first.
 */
export interface AuthThrottleOptions {
  burst?: number;
  perMinute?: number;
  maxClients?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class AuthThrottle {
  private readonly buckets = new Map<string, Bucket>();
  private readonly burst: number;
  private readonly perMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(options: AuthThrottleOptions = {}) {
    this.burst = options.burst ?? 20;
    this.perMs = (options.perMinute ?? 10) / 60_000;
    this.maxClients = options.maxClients ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(client: string): Bucket {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    return bucket;
  }

  /** seconds to wait if this client has used up its failures, else 0 */
  blockedFor(client: string): number {
    if (!this.buckets.has(client)) return 0;
    const bucket = this.refilled(client);
    return bucket.tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** records one failed authentication */
  fail(client: string): void {
    const bucket = this.refilled(client);
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    // re-insert: Map order is then least recently failed first
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    while (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next();
      if (oldest.done) break;
      this.buckets.delete(oldest.value);
    }
  }
}
