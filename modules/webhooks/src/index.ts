// @nexova/webhooks — outgoing webhooks: per-workspace endpoints subscribed to event types, signed
// deliveries fanned out from the event backbone, retried with backoff, logged, disabled on sustained
// failure (issue 10). The only door.
export {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  deliveryDetailSchema,
  deliverySchema,
  type WebhookDelivery,
  type WebhookDeliveryDetail,
} from './contracts/delivery';
export {
  DISABLED_REASONS,
  type DisabledReason,
  endpointSchema,
  endpointWithSecretSchema,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
} from './contracts/endpoint';
export * from './contracts/events/endpoint-events.v1';
export { patternMatches } from './domain/event-pattern';
export { SECRET_PREFIX, signatureOf } from './domain/signature';
export { webhookPermissions as permissions } from './http/permissions';
export { webhooksModule } from './module';
export { USER_AGENT } from './sender/post-webhook';
export { type WebhookSettings, webhookSettings } from './settings';
export { type CreateEndpointInput, createEndpoint } from './use-cases/create-endpoint';
export { type DeleteEndpointInput, deleteEndpoint } from './use-cases/delete-endpoint';
export { type FanOutEventInput, fanOutEvent } from './use-cases/fan-out-event';
export { type GetDeliveryInput, getDelivery } from './use-cases/get-delivery';
export { type GetEndpointInput, getEndpoint } from './use-cases/get-endpoint';
export { type ListEndpointDeliveriesInput, listEndpointDeliveries } from './use-cases/list-endpoint-deliveries';
export { type ListEndpointsInput, listEndpoints } from './use-cases/list-endpoints';
export { PING_EVENT_TYPE, type PingEndpointInput, pingEndpoint } from './use-cases/ping-endpoint';
export { type RedeliverDeliveryInput, redeliverDelivery } from './use-cases/redeliver-delivery';
export { type RotateEndpointSecretInput, rotateEndpointSecret } from './use-cases/rotate-endpoint-secret';
export { type SendDueDeliveriesInput, sendDueDeliveries } from './use-cases/send-due-deliveries';
export { type UpdateEndpointInput, updateEndpoint } from './use-cases/update-endpoint';
