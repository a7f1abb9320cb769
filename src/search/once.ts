/** One shared promise for every caller; a rejected one is dropped so the next call tries again. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= make().catch((err: unknown) => {
      pending = null;
      throw err;
    }));
}
