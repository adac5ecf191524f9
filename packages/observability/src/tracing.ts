import type { NodeSDK } from '@opentelemetry/sdk-node';

export type Tracing = { shutdown(): Promise<void> };

/**
 * Starts OpenTelemetry (HTTP and pg instrumentation, OTLP/HTTP exporter) when an endpoint is set.
 * It must run before `pg` and `http` are first imported, so the binary calls it first and loads
 * the rest of the application afterwards.
 */
let started: Promise<Tracing | null> | null = null;

export function startTracing(options: { endpoint?: string; serviceName: string }): Promise<Tracing | null> {
  if (!options.endpoint) return Promise.resolve(null);
  // One SDK per process: the binary starts it before loading the app; later calls get the same one.
  started ??= bootTracing(options.endpoint, options.serviceName);
  return started;
}

async function bootTracing(endpoint: string, serviceName: string): Promise<Tracing> {
  const [{ NodeSDK: Sdk }, { OTLPTraceExporter }, { HttpInstrumentation }, { PgInstrumentation }, resources] =
    await Promise.all([
      import('@opentelemetry/sdk-node'),
      import('@opentelemetry/exporter-trace-otlp-proto'),
      import('@opentelemetry/instrumentation-http'),
      import('@opentelemetry/instrumentation-pg'),
      import('@opentelemetry/resources'),
    ]);
  const sdk: NodeSDK = new Sdk({
    resource: resources.resourceFromAttributes({ 'service.name': serviceName }),
    traceExporter: new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => req.url === '/metrics' }),
      new PgInstrumentation(),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
