/**
 * Per-token write rate limit: a token bucket of `perMinute` writes that refills
 * continuously. The clock is injectable so tests do not wait.
 */
export interface RateLimitOptions {
  perMinute: number;
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  /** whole seconds until the next write is allowed (for Retry-After) */
  retryAfterSeconds: number;
}

export class WriteRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly capacity: number;
  private readonly perMs: number;
  private readonly now: () => number;

  constructor(options: RateLimitOptions) {
    this.capacity = Math.max(1, options.perMinute);
    this.perMs = this.capacity / 60_000;
    this.now = options.now ?? Date.now;
  }

  take(key: string): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }
}
