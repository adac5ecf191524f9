import FindMyWay, { type HTTPMethod } from 'find-my-way';

// Fastify answers an unknown method on a known path with 404. To answer 405 with an Allow header
// we keep a second router that knows every registered path and its methods (find-my-way is the
// router Fastify itself uses, so path matching is identical).
export function createMethodIndex() {
  const router = FindMyWay({ ignoreTrailingSlash: false });
  const methods = new Set<HTTPMethod>();
  return {
    add(method: string | string[], url: string) {
      for (const m of Array.isArray(method) ? method : [method]) {
        const upper = m.toUpperCase() as HTTPMethod;
        // HEAD follows GET; CORS preflight (`OPTIONS *`) matches every path and says nothing about it.
        if (upper === 'HEAD' || (upper === 'OPTIONS' && url === '*')) continue;
        methods.add(upper);
        try {
          router.on(upper, url, () => undefined);
        } catch {
          // Same method + path registered twice (e.g. a wildcard): already indexed.
        }
      }
    },
    /** Methods the path supports, or [] when no route has that path. */
    allowed(url: string): string[] {
      const path = url.split('?')[0] ?? url;
      const found = [...methods].filter((m) => router.find(m, path) !== null);
      if (found.includes('GET')) found.push('HEAD');
      return found.sort();
    },
  };
}
