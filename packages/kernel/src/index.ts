export * from './audit-note';
export * from './clock';
export * from './context';
export * from './errors';
export * from './ids';
export * from './money';
export * from './secret-box';
export * from './versions';
