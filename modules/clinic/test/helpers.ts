import { type ApiCall, apiClient, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { until } from '@nexova/testing';

// Test helpers: a workspace with the clinic module enabled, and a bounded poll for consumers' effects.

/** A new Owner with a workspace whose settings enable shop and clinic. */
export async function clinicWorkspace(app: TestApp): Promise<{ call: ApiCall; ws: TestWorkspace }> {
  const ws = await signUpAndCreateWorkspace(app);
  const call = apiClient(app, ws.headers);
  const res = await call('PATCH', `/workspaces/${ws.workspaceId}`, { settings: { modules: ['shop', 'clinic'] } });
  if (res.statusCode !== 200) throw new Error(`enable clinic: ${res.statusCode} ${res.body}`);
  return { call, ws };
}

export const expectStatus = (res: { statusCode: number; body: string }, status: number) => {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
};

export { PNG } from '@nexova/testing';

/** A multipart/form-data body with one file part. */
export function multipart(data: Buffer, filename: string): { payload: Buffer; contentType: string } {
  const boundary = `nexova${Math.random().toString(36).slice(2, 10)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

export { until };
