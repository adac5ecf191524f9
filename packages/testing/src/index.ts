export { createTestDatabase, type TestDatabase } from './database';
export { isCI, requireService, services } from './services';
