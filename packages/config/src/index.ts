export { type EnvDoc, envBool, envDocs, envInt, envList, envUrl, envVar } from './env-var';
export { ConfigError, describeIssues, loadConfig, parseConfig } from './load';
export { type Config, envSchema } from './schema';
