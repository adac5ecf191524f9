export { createTestDatabase, type TestDatabase } from './database';
export type { FakePaymentIntent, FakeRefund, StripeEvent } from './fake-stripe/objects';
export {
  type CreateHold,
  createFakeStripe,
  type DeliverOptions,
  type Delivery,
  type FakeStripe,
  type RecordedRequest,
  type WebhookTarget,
} from './fake-stripe/server';
export {
  type PrivateNats,
  type PrivatePostgres,
  type PrivateRedis,
  startPrivateNats,
  startPrivatePostgres,
  startPrivateRedis,
} from './private-services';
export { isCI, requireService, services } from './services';
