import { z } from 'zod';
import { envUrl, envVar } from '../env-var';

export const observabilityEnv = {
  ...envVar('LOG_LEVEL', z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'), {
    description: 'Minimum level of the JSON logs written to stdout.',
    expected: 'fatal | error | warn | info | debug | trace | silent',
  }),
  ...envVar('OTEL_EXPORTER_OTLP_ENDPOINT', envUrl(['http', 'https']).optional(), {
    description: 'OpenTelemetry collector (OTLP/HTTP). When set, HTTP and PostgreSQL spans are exported there.',
    expected: 'an http(s) URL',
    example: 'http://127.0.0.1:4318',
  }),
  ...envVar('METRICS_TOKEN', z.string().min(16).optional(), {
    description:
      'When set, GET /metrics answers only requests with `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise); point Prometheus `authorization.credentials` at it. Unset: /metrics is public (keep it off the internet).',
    expected: 'a random string of at least 16 characters',
    secret: true,
  }),
  ...envVar('OTEL_SERVICE_NAME', z.string().min(1).default('nexova'), {
    description: 'Service name attached to traces.',
    expected: 'a name',
  }),
};
