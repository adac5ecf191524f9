// Walking an OpenAPI 3.1 document: its operations, and the property names and enum values of a
// schema with its $refs followed (each component once).

export type Json = Record<string, unknown>;
export type Parameter = { in: string; name: string; [key: string]: unknown };
export type Operation = {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, Media> };
  responses?: Record<string, Json>;
};
export type Media = { schema?: Json; example?: unknown; examples?: unknown };
export type OpenApi = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Json>; responses?: Record<string, Json>; securitySchemes?: Json };
  tags?: { name: string; description?: string }[];
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Every operation as `METHOD /path` with its method, path and object. */
export function operationsOf(doc: OpenApi) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({
      key: `${method.toUpperCase()} ${path}`,
      method,
      path,
      op: item[method] as Operation,
    })),
  );
}

/** A `#/components/...` reference resolved against the document. */
export function resolve(doc: OpenApi, value: unknown): Json | undefined {
  let current = value as Json | undefined;
  for (let hops = 0; hops < 10 && typeof current?.$ref === 'string'; hops++) {
    const path = (current.$ref as string).replace(/^#\//, '').split('/');
    current = path.reduce<unknown>((node, part) => (node as Json | undefined)?.[part], doc) as Json | undefined;
  }
  return current;
}

/** Property names and string enum values anywhere in a schema. */
export function namesIn(doc: OpenApi, schema: unknown): { properties: Set<string>; enums: Set<string> } {
  const properties = new Set<string>();
  const enums = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const json = node as Json;
    if (typeof json.$ref === 'string') {
      visit(resolve(doc, json));
      return;
    }
    for (const name of Object.keys((json.properties as Json | undefined) ?? {})) properties.add(name);
    for (const value of (json.enum as unknown[] | undefined) ?? []) if (typeof value === 'string') enums.add(value);
    if (typeof json.const === 'string') enums.add(json.const);
    for (const key of [
      'properties',
      'items',
      'prefixItems',
      'additionalProperties',
      'allOf',
      'anyOf',
      'oneOf',
      'not',
    ]) {
      const child = json[key];
      if (key === 'properties' && child) Object.values(child as Json).forEach(visit);
      else visit(child);
    }
  };
  visit(schema);
  return { properties, enums };
}

/** The media types of a request body or response, each with its schema and example, refs followed. */
export function mediaOf(doc: OpenApi, holder: unknown): [string, Media][] {
  const resolved = resolve(doc, holder);
  return Object.entries((resolved?.content as Record<string, Media> | undefined) ?? {});
}

/** Whether a media type carries an example (its own, or its schema's). */
export function hasExample(doc: OpenApi, media: Media): boolean {
  if (media.example !== undefined || media.examples !== undefined) return true;
  const schema = resolve(doc, media.schema);
  return schema?.example !== undefined || schema?.examples !== undefined;
}
