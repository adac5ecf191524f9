export { createLogger, deferredChild, type Logger, loggerOptions, redactPaths } from './logger';
export {
  createHttpMetrics,
  createMetricsRegistry,
  type HttpMetrics,
  type Registry,
  registerDbStatementMetrics,
} from './metrics';
export { startTracing, type Tracing } from './tracing';
