import SwaggerParser from '@apidevtools/swagger-parser';
import { createTestApp } from '@nexova/app';
import openapiTS, { astToString } from 'openapi-typescript';
import { generateClient } from './client';
import type { Generated } from './types';

/** openapi.json at the root (the contract) and the SDK (@nexova/client, with its schema types), from the live routes. */
export async function generateOpenApi(): Promise<Generated[]> {
  const app = await createTestApp();
  try {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    // Fails loudly when the document is not valid OpenAPI.
    await SwaggerParser.validate(structuredClone(doc));
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    const ast = await openapiTS(doc);
    const client = `// Generated from openapi.json by \`npm run generate\`. Do not edit.\n${astToString(ast)}`;
    return [{ file: 'openapi.json', text }, ...(await generateClient(doc, client))];
  } finally {
    await app.dispose();
  }
}
