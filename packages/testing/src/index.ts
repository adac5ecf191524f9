export { launchChromium } from './browser';
export { createTestDatabase, type TestDatabase } from './database';
export { createFakeAnthropic, type FakeAnthropic } from './fake-llm/fake-anthropic';
export { createFakeOpenAi, type FakeOpenAi } from './fake-llm/fake-openai';
export type { FakeTurn, Script as FakeLlmScript } from './fake-llm/turn';
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
export { createFakeInfobip, type FakeInfobip, type InfobipWebhook } from './fake-whatsapp/fake-infobip';
export { createFakeMeta, type FakeMeta, type MetaWebhook } from './fake-whatsapp/fake-meta';
export type { SentRequest } from './fake-whatsapp/http';
export { PNG } from './fixtures';
export {
  type PrivateNats,
  type PrivatePostgres,
  type PrivateRedis,
  startPrivateNats,
  startPrivatePostgres,
  startPrivateRedis,
} from './private-services';
export { isCI, requireService, services } from './services';
export { until } from './until';
