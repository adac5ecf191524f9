export * from './audit-note';
export * from './clock';
export * from './context';
export * from './errors';
export * from './ids';
export * from './money';
export { type Redactions, redactValue } from './redact';
export * from './secret-box';
export * from './versions';
