/**
 * fastify-plugin options shared by the infrastructure plugins: their name (other plugins list it in
 * `dependencies`), Fastify 5, the plugins that must be registered first, and the app decorations
 * they read — buildHttpApp adds those, so registering one on a bare Fastify instance fails at
 * start-up naming what is missing instead of failing on the first request.
 */
export function infrastructureOptions(name: string, dependencies: string[] = []) {
  return {
    name,
    fastify: '5.x',
    dependencies,
    decorators: { fastify: ['config', 'database', 'metrics'], request: ['ctx'] },
  };
}
