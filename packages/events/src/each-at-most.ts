/**
 * Runs `work` over `items` with at most `limit` in flight, starting a new one only while `go()`
 * answers true. The first failure stops new starts; the ones in flight finish, then it is thrown.
 * (A few lines instead of a dependency: p-limit would still need the stop-on-first-error part.)
 */
export async function eachAtMost<T>(limit: number, items: T[], work: (item: T) => Promise<void>, go: () => boolean) {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    while (!failure && go() && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure) throw (failure as { error: unknown }).error;
}
