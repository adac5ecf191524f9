// Generated from openapi.json by `npm run generate`. Do not edit.
import type { Iterate, Operation } from './resource.js';
import type { operations as O } from './schema.js';
export declare const resources: {
    readonly system: {
        readonly getOpenApiDocument: {
            readonly method: "GET";
            readonly path: "/api/v1/openapi.json";
            readonly paginated: false;
        };
        readonly getMetrics: {
            readonly method: "GET";
            readonly path: "/metrics";
            readonly paginated: false;
        };
        readonly getHealth: {
            readonly method: "GET";
            readonly path: "/health";
            readonly paginated: false;
        };
        readonly getReadiness: {
            readonly method: "GET";
            readonly path: "/health/ready";
            readonly paginated: false;
        };
        readonly updateGlobalClinicalCatalogEntry: {
            readonly method: "PATCH";
            readonly path: "/api/v1/system/clinical-catalogs/entries/{entry_id}";
            readonly paginated: false;
        };
        readonly listDeadLetters: {
            readonly method: "GET";
            readonly path: "/api/v1/system/events/dlq";
            readonly paginated: true;
        };
        readonly getDeadLetter: {
            readonly method: "GET";
            readonly path: "/api/v1/system/events/dlq/{dead_letter_id}";
            readonly paginated: false;
        };
        readonly replayDeadLetter: {
            readonly method: "POST";
            readonly path: "/api/v1/system/events/dlq/{dead_letter_id}/replay";
            readonly paginated: false;
        };
        readonly discardDeadLetter: {
            readonly method: "POST";
            readonly path: "/api/v1/system/events/dlq/{dead_letter_id}/discard";
            readonly paginated: false;
        };
        readonly setUpEventTransport: {
            readonly method: "POST";
            readonly path: "/api/v1/system/events/setup";
            readonly paginated: false;
        };
        readonly listConsumers: {
            readonly method: "GET";
            readonly path: "/api/v1/system/consumers";
            readonly paginated: true;
        };
    };
    readonly auth: {
        readonly getJwks: {
            readonly method: "GET";
            readonly path: "/.well-known/jwks.json";
            readonly paginated: false;
        };
        readonly register: {
            readonly method: "POST";
            readonly path: "/api/v1/auth/register";
            readonly paginated: false;
        };
        readonly login: {
            readonly method: "POST";
            readonly path: "/api/v1/auth/login";
            readonly paginated: false;
        };
        readonly refreshSession: {
            readonly method: "POST";
            readonly path: "/api/v1/auth/refresh";
            readonly paginated: false;
        };
        readonly logout: {
            readonly method: "POST";
            readonly path: "/api/v1/auth/logout";
            readonly paginated: false;
        };
        readonly forgotPassword: {
            readonly method: "POST";
            readonly path: "/api/v1/auth/forgot-password";
            readonly paginated: false;
        };
        readonly resetPassword: {
            readonly method: "POST";
            readonly path: "/api/v1/auth/reset-password";
            readonly paginated: false;
        };
        readonly getMe: {
            readonly method: "GET";
            readonly path: "/api/v1/me";
            readonly paginated: false;
        };
        readonly changePassword: {
            readonly method: "POST";
            readonly path: "/api/v1/me/password";
            readonly paginated: false;
        };
    };
    readonly apiKeys: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/api-keys";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/api-keys";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/api-keys/{api_key_id}";
            readonly paginated: false;
        };
        readonly revoke: {
            readonly method: "DELETE";
            readonly path: "/api/v1/api-keys/{api_key_id}";
            readonly paginated: false;
        };
    };
    readonly roles: {
        readonly listPermissions: {
            readonly method: "GET";
            readonly path: "/api/v1/permissions";
            readonly paginated: true;
        };
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/roles";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/roles";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/roles/{role_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/roles/{role_id}";
            readonly paginated: false;
        };
        readonly delete: {
            readonly method: "DELETE";
            readonly path: "/api/v1/roles/{role_id}";
            readonly paginated: false;
        };
    };
    readonly workspaces: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/workspaces";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/workspaces";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/workspaces/{workspace_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/workspaces/{workspace_id}";
            readonly paginated: false;
        };
        readonly delete: {
            readonly method: "DELETE";
            readonly path: "/api/v1/workspaces/{workspace_id}";
            readonly paginated: false;
        };
    };
    readonly members: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/members";
            readonly paginated: true;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/members/{user_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/members/{user_id}";
            readonly paginated: false;
        };
        readonly remove: {
            readonly method: "DELETE";
            readonly path: "/api/v1/members/{user_id}";
            readonly paginated: false;
        };
        readonly listInvitations: {
            readonly method: "GET";
            readonly path: "/api/v1/invitations";
            readonly paginated: true;
        };
        readonly invite: {
            readonly method: "POST";
            readonly path: "/api/v1/invitations";
            readonly paginated: false;
        };
        readonly getInvitation: {
            readonly method: "GET";
            readonly path: "/api/v1/invitations/{invitation_id}";
            readonly paginated: false;
        };
        readonly revokeInvitation: {
            readonly method: "DELETE";
            readonly path: "/api/v1/invitations/{invitation_id}";
            readonly paginated: false;
        };
        readonly acceptInvitation: {
            readonly method: "POST";
            readonly path: "/api/v1/invitations/accept";
            readonly paginated: false;
        };
    };
    readonly products: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/products";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/products";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/products/{product_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/products/{product_id}";
            readonly paginated: false;
        };
        readonly delete: {
            readonly method: "DELETE";
            readonly path: "/api/v1/products/{product_id}";
            readonly paginated: false;
        };
        readonly createProductVariant: {
            readonly method: "POST";
            readonly path: "/api/v1/products/{product_id}/variants";
            readonly paginated: false;
        };
        readonly updateProductVariant: {
            readonly method: "PATCH";
            readonly path: "/api/v1/products/{product_id}/variants/{variant_id}";
            readonly paginated: false;
        };
        readonly deleteProductVariant: {
            readonly method: "DELETE";
            readonly path: "/api/v1/products/{product_id}/variants/{variant_id}";
            readonly paginated: false;
        };
        readonly import: {
            readonly method: "POST";
            readonly path: "/api/v1/products/import";
            readonly paginated: false;
        };
        readonly getProductImport: {
            readonly method: "GET";
            readonly path: "/api/v1/products/import/{job_id}";
            readonly paginated: false;
        };
    };
    readonly categories: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/categories";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/categories";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/categories/{category_id}";
            readonly paginated: false;
        };
    };
    readonly inventory: {
        readonly listStock: {
            readonly method: "GET";
            readonly path: "/api/v1/stock";
            readonly paginated: true;
        };
        readonly adjustStock: {
            readonly method: "POST";
            readonly path: "/api/v1/stock/adjust";
            readonly paginated: false;
        };
        readonly getStockLevel: {
            readonly method: "GET";
            readonly path: "/api/v1/stock/{variant_id}";
            readonly paginated: false;
        };
        readonly setLowStockThreshold: {
            readonly method: "PATCH";
            readonly path: "/api/v1/stock/{variant_id}";
            readonly paginated: false;
        };
        readonly listStockMovements: {
            readonly method: "GET";
            readonly path: "/api/v1/stock/movements";
            readonly paginated: true;
        };
        readonly reserveStock: {
            readonly method: "POST";
            readonly path: "/api/v1/stock/reserve";
            readonly paginated: false;
        };
        readonly releaseStockReservation: {
            readonly method: "POST";
            readonly path: "/api/v1/stock/release";
            readonly paginated: false;
        };
        readonly getStockReservation: {
            readonly method: "GET";
            readonly path: "/api/v1/stock/reservations/{reservation_id}";
            readonly paginated: false;
        };
    };
    readonly customers: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/customers";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/customers";
            readonly paginated: false;
        };
        readonly findCustomerByPhone: {
            readonly method: "GET";
            readonly path: "/api/v1/customers/by-phone/{phone}";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/customers/{customer_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/customers/{customer_id}";
            readonly paginated: false;
        };
        readonly delete: {
            readonly method: "DELETE";
            readonly path: "/api/v1/customers/{customer_id}";
            readonly paginated: false;
        };
        readonly createCustomerNote: {
            readonly method: "POST";
            readonly path: "/api/v1/customers/{customer_id}/notes";
            readonly paginated: false;
        };
        readonly merge: {
            readonly method: "POST";
            readonly path: "/api/v1/customers/{customer_id}/merge";
            readonly paginated: false;
        };
        readonly createCustomerAddress: {
            readonly method: "POST";
            readonly path: "/api/v1/customers/{customer_id}/addresses";
            readonly paginated: false;
        };
        readonly getCustomerAddress: {
            readonly method: "GET";
            readonly path: "/api/v1/customers/{customer_id}/addresses/{address_id}";
            readonly paginated: false;
        };
        readonly updateCustomerAddress: {
            readonly method: "PATCH";
            readonly path: "/api/v1/customers/{customer_id}/addresses/{address_id}";
            readonly paginated: false;
        };
        readonly deleteCustomerAddress: {
            readonly method: "DELETE";
            readonly path: "/api/v1/customers/{customer_id}/addresses/{address_id}";
            readonly paginated: false;
        };
        readonly listCustomerOrders: {
            readonly method: "GET";
            readonly path: "/api/v1/customers/{customer_id}/orders";
            readonly paginated: true;
        };
    };
    readonly people: {
        readonly findPersonByDocument: {
            readonly method: "GET";
            readonly path: "/api/v1/people/by-document/{type}/{number}";
            readonly paginated: false;
        };
        readonly listPersonDocuments: {
            readonly method: "GET";
            readonly path: "/api/v1/people/{person_id}/documents";
            readonly paginated: true;
        };
        readonly createPersonDocument: {
            readonly method: "POST";
            readonly path: "/api/v1/people/{person_id}/documents";
            readonly paginated: false;
        };
        readonly deletePersonDocument: {
            readonly method: "DELETE";
            readonly path: "/api/v1/people/{person_id}/documents/{document_id}";
            readonly paginated: false;
        };
    };
    readonly orders: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/orders";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/orders";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/orders/{order_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/orders/{order_id}";
            readonly paginated: false;
        };
        readonly ship: {
            readonly method: "POST";
            readonly path: "/api/v1/orders/{order_id}/ship";
            readonly paginated: false;
        };
        readonly deliver: {
            readonly method: "POST";
            readonly path: "/api/v1/orders/{order_id}/deliver";
            readonly paginated: false;
        };
        readonly getOrderCheckout: {
            readonly method: "GET";
            readonly path: "/api/v1/orders/{order_id}/checkout";
            readonly paginated: false;
        };
        readonly submit: {
            readonly method: "POST";
            readonly path: "/api/v1/orders/{order_id}/submit";
            readonly paginated: false;
        };
        readonly cancel: {
            readonly method: "POST";
            readonly path: "/api/v1/orders/{order_id}/cancel";
            readonly paginated: false;
        };
    };
    readonly payments: {
        readonly receiveStripeWebhook: {
            readonly method: "POST";
            readonly path: "/api/v1/webhooks/stripe";
            readonly paginated: false;
        };
        readonly listOrderPayments: {
            readonly method: "GET";
            readonly path: "/api/v1/orders/{order_id}/payments";
            readonly paginated: true;
        };
        readonly registerOrderPayment: {
            readonly method: "POST";
            readonly path: "/api/v1/orders/{order_id}/payments";
            readonly paginated: false;
        };
        readonly getOrderBalance: {
            readonly method: "GET";
            readonly path: "/api/v1/orders/{order_id}/balance";
            readonly paginated: false;
        };
        readonly getOrderPaymentIntent: {
            readonly method: "GET";
            readonly path: "/api/v1/orders/{order_id}/payment-intent";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/payments/{payment_id}";
            readonly paginated: false;
        };
        readonly void: {
            readonly method: "POST";
            readonly path: "/api/v1/payments/{payment_id}/void";
            readonly paginated: false;
        };
        readonly refund: {
            readonly method: "POST";
            readonly path: "/api/v1/payments/{payment_id}/refund";
            readonly paginated: false;
        };
        readonly attachPaymentReceipt: {
            readonly method: "POST";
            readonly path: "/api/v1/payments/{payment_id}/attachments";
            readonly paginated: false;
        };
    };
    readonly files: {
        readonly download: {
            readonly method: "GET";
            readonly path: "/files/{*}";
            readonly paginated: false;
        };
    };
    readonly patients: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/patients";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/patients";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/patients/{patient_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/patients/{patient_id}";
            readonly paginated: false;
        };
        readonly listPatientNotes: {
            readonly method: "GET";
            readonly path: "/api/v1/patients/{patient_id}/notes";
            readonly paginated: true;
        };
        readonly createPatientNote: {
            readonly method: "POST";
            readonly path: "/api/v1/patients/{patient_id}/notes";
            readonly paginated: false;
        };
        readonly listPatientAttachments: {
            readonly method: "GET";
            readonly path: "/api/v1/patients/{patient_id}/attachments";
            readonly paginated: true;
        };
        readonly attachPatientFile: {
            readonly method: "POST";
            readonly path: "/api/v1/patients/{patient_id}/attachments";
            readonly paginated: false;
        };
    };
    readonly webhooks: {
        readonly listWebhookEndpoints: {
            readonly method: "GET";
            readonly path: "/api/v1/webhook-endpoints";
            readonly paginated: true;
        };
        readonly createWebhookEndpoint: {
            readonly method: "POST";
            readonly path: "/api/v1/webhook-endpoints";
            readonly paginated: false;
        };
        readonly getWebhookEndpoint: {
            readonly method: "GET";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}";
            readonly paginated: false;
        };
        readonly updateWebhookEndpoint: {
            readonly method: "PATCH";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}";
            readonly paginated: false;
        };
        readonly deleteWebhookEndpoint: {
            readonly method: "DELETE";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}";
            readonly paginated: false;
        };
        readonly rotateWebhookEndpointSecret: {
            readonly method: "POST";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}/rotate-secret";
            readonly paginated: false;
        };
        readonly pingWebhookEndpoint: {
            readonly method: "POST";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}/ping";
            readonly paginated: false;
        };
        readonly listWebhookEndpointDeliveries: {
            readonly method: "GET";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}/deliveries";
            readonly paginated: true;
        };
        readonly getWebhookDelivery: {
            readonly method: "GET";
            readonly path: "/api/v1/webhook-deliveries/{delivery_id}";
            readonly paginated: false;
        };
        readonly redeliverWebhookDelivery: {
            readonly method: "POST";
            readonly path: "/api/v1/webhook-deliveries/{delivery_id}/redeliver";
            readonly paginated: false;
        };
    };
    readonly clinicalCatalogs: {
        readonly listClinicalCatalogEntries: {
            readonly method: "GET";
            readonly path: "/api/v1/clinical-catalogs/entries";
            readonly paginated: true;
        };
        readonly createClinicalCatalogEntry: {
            readonly method: "POST";
            readonly path: "/api/v1/clinical-catalogs/entries";
            readonly paginated: false;
        };
        readonly getClinicalCatalogEntry: {
            readonly method: "GET";
            readonly path: "/api/v1/clinical-catalogs/entries/{entry_id}";
            readonly paginated: false;
        };
        readonly updateClinicalCatalogEntry: {
            readonly method: "PATCH";
            readonly path: "/api/v1/clinical-catalogs/entries/{entry_id}";
            readonly paginated: false;
        };
        readonly deleteClinicalCatalogEntry: {
            readonly method: "DELETE";
            readonly path: "/api/v1/clinical-catalogs/entries/{entry_id}";
            readonly paginated: false;
        };
        readonly putClinicalCatalogOverride: {
            readonly method: "PUT";
            readonly path: "/api/v1/clinical-catalogs/entries/{entry_id}/override";
            readonly paginated: false;
        };
        readonly deleteClinicalCatalogOverride: {
            readonly method: "DELETE";
            readonly path: "/api/v1/clinical-catalogs/entries/{entry_id}/override";
            readonly paginated: false;
        };
    };
    readonly agenda: {
        readonly listProfessionals: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/professionals";
            readonly paginated: true;
        };
        readonly createProfessional: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/professionals";
            readonly paginated: false;
        };
        readonly getProfessional: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/professionals/{professional_id}";
            readonly paginated: false;
        };
        readonly updateProfessional: {
            readonly method: "PATCH";
            readonly path: "/api/v1/agenda/professionals/{professional_id}";
            readonly paginated: false;
        };
        readonly listResources: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/resources";
            readonly paginated: true;
        };
        readonly createResource: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/resources";
            readonly paginated: false;
        };
        readonly getResource: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/resources/{resource_id}";
            readonly paginated: false;
        };
        readonly updateResource: {
            readonly method: "PATCH";
            readonly path: "/api/v1/agenda/resources/{resource_id}";
            readonly paginated: false;
        };
        readonly listServices: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/services";
            readonly paginated: true;
        };
        readonly createService: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/services";
            readonly paginated: false;
        };
        readonly getService: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/services/{service_id}";
            readonly paginated: false;
        };
        readonly updateService: {
            readonly method: "PATCH";
            readonly path: "/api/v1/agenda/services/{service_id}";
            readonly paginated: false;
        };
        readonly listAvailabilityRules: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/availability-rules";
            readonly paginated: true;
        };
        readonly createAvailabilityRule: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/availability-rules";
            readonly paginated: false;
        };
        readonly getAvailabilityRule: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/availability-rules/{rule_id}";
            readonly paginated: false;
        };
        readonly deleteAvailabilityRule: {
            readonly method: "DELETE";
            readonly path: "/api/v1/agenda/availability-rules/{rule_id}";
            readonly paginated: false;
        };
        readonly listAvailabilityExceptions: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/availability-exceptions";
            readonly paginated: true;
        };
        readonly createAvailabilityException: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/availability-exceptions";
            readonly paginated: false;
        };
        readonly getAvailabilityException: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/availability-exceptions/{exception_id}";
            readonly paginated: false;
        };
        readonly deleteAvailabilityException: {
            readonly method: "DELETE";
            readonly path: "/api/v1/agenda/availability-exceptions/{exception_id}";
            readonly paginated: false;
        };
        readonly findSlots: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/slots";
            readonly paginated: true;
        };
        readonly listAppointments: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/appointments";
            readonly paginated: true;
        };
        readonly holdSlot: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/appointments";
            readonly paginated: false;
        };
        readonly getAppointment: {
            readonly method: "GET";
            readonly path: "/api/v1/agenda/appointments/{appointment_id}";
            readonly paginated: false;
        };
        readonly bookAppointment: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/appointments/{appointment_id}/book";
            readonly paginated: false;
        };
        readonly confirmAppointment: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/appointments/{appointment_id}/confirm";
            readonly paginated: false;
        };
        readonly checkInAppointment: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/appointments/{appointment_id}/check-in";
            readonly paginated: false;
        };
        readonly startAppointment: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/appointments/{appointment_id}/start";
            readonly paginated: false;
        };
        readonly completeAppointment: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/appointments/{appointment_id}/complete";
            readonly paginated: false;
        };
        readonly cancelAppointment: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/appointments/{appointment_id}/cancel";
            readonly paginated: false;
        };
        readonly markAppointmentNoShow: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/appointments/{appointment_id}/no-show";
            readonly paginated: false;
        };
        readonly releaseHold: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/appointments/{appointment_id}/release";
            readonly paginated: false;
        };
        readonly rescheduleAppointment: {
            readonly method: "POST";
            readonly path: "/api/v1/agenda/appointments/{appointment_id}/reschedule";
            readonly paginated: false;
        };
    };
};
export type Resources = {
    system: {
        /** GET /api/v1/openapi.json — This API contract (OpenAPI 3.1) */
        getOpenApiDocument: Operation<O['getOpenApiDocument']>;
        /** GET /metrics — Prometheus metrics (behind Authorization: Bearer <METRICS_TOKEN> when one is configured) */
        getMetrics: Operation<O['getMetrics']>;
        /** GET /health — Liveness: the process is up */
        getHealth: Operation<O['getHealth']>;
        /** GET /health/ready — Readiness: the database is reachable and migrated, dependencies answer */
        getReadiness: Operation<O['getReadiness']>;
        /** PATCH /api/v1/system/clinical-catalogs/entries/{entry_id} — Change a global catalog entry (platform administrators) */
        updateGlobalClinicalCatalogEntry: Operation<O['updateGlobalClinicalCatalogEntry']>;
        /** GET /api/v1/system/events/dlq — List dead-lettered events */
        listDeadLetters: Operation<O['listDeadLetters']>;
        /** Every item of `listDeadLetters`, page after page (for await). */
        listDeadLettersAll: Iterate<O['listDeadLetters']>;
        /** GET /api/v1/system/events/dlq/{dead_letter_id} — Show a dead letter with its event and every attempt’s error */
        getDeadLetter: Operation<O['getDeadLetter']>;
        /** POST /api/v1/system/events/dlq/{dead_letter_id}/replay — Replay a dead letter: its consumer handles the event again (once) */
        replayDeadLetter: Operation<O['replayDeadLetter']>;
        /** POST /api/v1/system/events/dlq/{dead_letter_id}/discard — Discard a dead letter: its consumer never handles the event */
        discardDeadLetter: Operation<O['discardDeadLetter']>;
        /** POST /api/v1/system/events/setup — Create or update JetStream streams and durable consumers (idempotent) */
        setUpEventTransport: Operation<O['setUpEventTransport']>;
        /** GET /api/v1/system/consumers — Each event consumer’s position, lag and last error */
        listConsumers: Operation<O['listConsumers']>;
        /** Every item of `listConsumers`, page after page (for await). */
        listConsumersAll: Iterate<O['listConsumers']>;
    };
    auth: {
        /** GET /.well-known/jwks.json — Public keys for access tokens (JWKS) */
        getJwks: Operation<O['getJwks']>;
        /** POST /api/v1/auth/register — Create an account */
        register: Operation<O['register']>;
        /** POST /api/v1/auth/login — Sign in and get tokens */
        login: Operation<O['login']>;
        /** POST /api/v1/auth/refresh — Exchange a refresh token for a new pair (single use; reuse revokes the session) */
        refreshSession: Operation<O['refreshSession']>;
        /** POST /api/v1/auth/logout — End the session of a refresh token */
        logout: Operation<O['logout']>;
        /** POST /api/v1/auth/forgot-password — Email a password-reset link (always 202) */
        forgotPassword: Operation<O['forgotPassword']>;
        /** POST /api/v1/auth/reset-password — Set a new password with a reset token */
        resetPassword: Operation<O['resetPassword']>;
        /** GET /api/v1/me — The signed-in user */
        getMe: Operation<O['getMe']>;
        /** POST /api/v1/me/password — Change my password (ends every other session) */
        changePassword: Operation<O['changePassword']>;
    };
    apiKeys: {
        /** GET /api/v1/api-keys — List API keys, newest first */
        list: Operation<O['listApiKeys']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listApiKeys']>;
        /** POST /api/v1/api-keys — Create an API key (the secret is shown once) */
        create: Operation<O['createApiKey']>;
        /** GET /api/v1/api-keys/{api_key_id} — An API key (never its secret) */
        get: Operation<O['getApiKey']>;
        /** DELETE /api/v1/api-keys/{api_key_id} — Revoke an API key */
        revoke: Operation<O['revokeApiKey']>;
    };
    roles: {
        /** GET /api/v1/permissions — Every permission the code declares, by name */
        listPermissions: Operation<O['listPermissions']>;
        /** Every item of `listPermissions`, page after page (for await). */
        listPermissionsAll: Iterate<O['listPermissions']>;
        /** GET /api/v1/roles — List roles (default roles first, Owner and Admin leading) */
        list: Operation<O['listRoles']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listRoles']>;
        /** POST /api/v1/roles — Create a custom role */
        create: Operation<O['createRole']>;
        /** GET /api/v1/roles/{role_id} — A role */
        get: Operation<O['getRole']>;
        /** PATCH /api/v1/roles/{role_id} — Edit a role (system roles refuse) */
        update: Operation<O['updateRole']>;
        /** DELETE /api/v1/roles/{role_id} — Delete an unused custom role */
        delete: Operation<O['deleteRole']>;
    };
    workspaces: {
        /** GET /api/v1/workspaces — My workspaces, oldest first */
        list: Operation<O['listWorkspaces']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listWorkspaces']>;
        /** POST /api/v1/workspaces — Create a workspace (you become its Owner); without slug, one is made from the name */
        create: Operation<O['createWorkspace']>;
        /** GET /api/v1/workspaces/{workspace_id} — A workspace */
        get: Operation<O['getWorkspace']>;
        /** PATCH /api/v1/workspaces/{workspace_id} — Rename a workspace or change its settings */
        update: Operation<O['updateWorkspace']>;
        /** DELETE /api/v1/workspaces/{workspace_id} — Delete a workspace (soft; Owners only) */
        delete: Operation<O['deleteWorkspace']>;
    };
    members: {
        /** GET /api/v1/members — List members, oldest first */
        list: Operation<O['listMembers']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listMembers']>;
        /** GET /api/v1/members/{user_id} — A member and their role */
        get: Operation<O['getMember']>;
        /** PATCH /api/v1/members/{user_id} — Change a member's role or suspend/reactivate */
        update: Operation<O['updateMember']>;
        /** DELETE /api/v1/members/{user_id} — Remove a member */
        remove: Operation<O['removeMember']>;
        /** GET /api/v1/invitations — List invitations not withdrawn, newest first */
        listInvitations: Operation<O['listInvitations']>;
        /** Every item of `listInvitations`, page after page (for await). */
        listInvitationsAll: Iterate<O['listInvitations']>;
        /** POST /api/v1/invitations — Invite someone by email */
        invite: Operation<O['inviteMember']>;
        /** GET /api/v1/invitations/{invitation_id} — An invitation (not withdrawn) */
        getInvitation: Operation<O['getInvitation']>;
        /** DELETE /api/v1/invitations/{invitation_id} — Withdraw an invitation */
        revokeInvitation: Operation<O['revokeInvitation']>;
        /** POST /api/v1/invitations/accept — Accept an invitation (as the invited email) */
        acceptInvitation: Operation<O['acceptInvitation']>;
    };
    products: {
        /** GET /api/v1/products — List and search products */
        list: Operation<O['listProducts']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listProducts']>;
        /** POST /api/v1/products — Create a product with its variants */
        create: Operation<O['createProduct']>;
        /** GET /api/v1/products/{product_id} — A product with its variants */
        get: Operation<O['getProduct']>;
        /** PATCH /api/v1/products/{product_id} — Update a product */
        update: Operation<O['updateProduct']>;
        /** DELETE /api/v1/products/{product_id} — Soft-delete a product and its variants */
        delete: Operation<O['deleteProduct']>;
        /** POST /api/v1/products/{product_id}/variants — Add a variant */
        createProductVariant: Operation<O['createProductVariant']>;
        /** PATCH /api/v1/products/{product_id}/variants/{variant_id} — Change a variant (SKU, options, price) */
        updateProductVariant: Operation<O['updateProductVariant']>;
        /** DELETE /api/v1/products/{product_id}/variants/{variant_id} — Remove a variant (soft delete; its SKU is free again) */
        deleteProductVariant: Operation<O['deleteProductVariant']>;
        /** POST /api/v1/products/import — Import products from a CSV or XLSX file (the raw file is the body) */
        import: Operation<O['importProducts']>;
        /** GET /api/v1/products/import/{job_id} — Progress and report of a product import */
        getProductImport: Operation<O['getProductImport']>;
    };
    categories: {
        /** GET /api/v1/categories — Product categories, by name */
        list: Operation<O['listCategories']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listCategories']>;
        /** POST /api/v1/categories — Create a category */
        create: Operation<O['createCategory']>;
        /** GET /api/v1/categories/{category_id} — A product category */
        get: Operation<O['getCategory']>;
    };
    inventory: {
        /** GET /api/v1/stock — Current stock levels */
        listStock: Operation<O['listStock']>;
        /** Every item of `listStock`, page after page (for await). */
        listStockAll: Iterate<O['listStock']>;
        /** POST /api/v1/stock/adjust — Adjust on-hand stock with a reason */
        adjustStock: Operation<O['adjustStock']>;
        /** GET /api/v1/stock/{variant_id} — The stock level of one variant */
        getStockLevel: Operation<O['getStockLevel']>;
        /** PATCH /api/v1/stock/{variant_id} — Set the low-stock threshold of a variant */
        setLowStockThreshold: Operation<O['setLowStockThreshold']>;
        /** GET /api/v1/stock/movements — Stock movements, newest first */
        listStockMovements: Operation<O['listStockMovements']>;
        /** Every item of `listStockMovements`, page after page (for await). */
        listStockMovementsAll: Iterate<O['listStockMovements']>;
        /** POST /api/v1/stock/reserve — Reserve stock for all lines or none */
        reserveStock: Operation<O['reserveStock']>;
        /** POST /api/v1/stock/release — Release a reservation (idempotent) */
        releaseStockReservation: Operation<O['releaseStockReservation']>;
        /** GET /api/v1/stock/reservations/{reservation_id} — A reservation and its lines */
        getStockReservation: Operation<O['getStockReservation']>;
    };
    customers: {
        /** GET /api/v1/customers — List and search customers */
        list: Operation<O['listCustomers']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listCustomers']>;
        /** POST /api/v1/customers — Create a customer */
        create: Operation<O['createCustomer']>;
        /** GET /api/v1/customers/by-phone/{phone} — Find a customer by phone (any spelling) */
        findCustomerByPhone: Operation<O['findCustomerByPhone']>;
        /** GET /api/v1/customers/{customer_id} — A customer with addresses and notes */
        get: Operation<O['getCustomer']>;
        /** PATCH /api/v1/customers/{customer_id} — Update a customer */
        update: Operation<O['updateCustomer']>;
        /** DELETE /api/v1/customers/{customer_id} — Soft-delete a customer */
        delete: Operation<O['deleteCustomer']>;
        /** POST /api/v1/customers/{customer_id}/notes — Add a note to a customer */
        createCustomerNote: Operation<O['createCustomerNote']>;
        /** POST /api/v1/customers/{customer_id}/merge — Merge a duplicate into this customer */
        merge: Operation<O['mergeCustomers']>;
        /** POST /api/v1/customers/{customer_id}/addresses — Add a delivery address to a customer */
        createCustomerAddress: Operation<O['createCustomerAddress']>;
        /** GET /api/v1/customers/{customer_id}/addresses/{address_id} — One delivery address of a customer */
        getCustomerAddress: Operation<O['getCustomerAddress']>;
        /** PATCH /api/v1/customers/{customer_id}/addresses/{address_id} — Change a delivery address or make it the default */
        updateCustomerAddress: Operation<O['updateCustomerAddress']>;
        /** DELETE /api/v1/customers/{customer_id}/addresses/{address_id} — Remove a delivery address */
        deleteCustomerAddress: Operation<O['deleteCustomerAddress']>;
        /** GET /api/v1/customers/{customer_id}/orders — A customer's order history, newest first */
        listCustomerOrders: Operation<O['listCustomerOrders']>;
        /** Every item of `listCustomerOrders`, page after page (for await). */
        listCustomerOrdersAll: Iterate<O['listCustomerOrders']>;
    };
    people: {
        /** GET /api/v1/people/by-document/{type}/{number} — Find the person holding an identity document */
        findPersonByDocument: Operation<O['findPersonByDocument']>;
        /** GET /api/v1/people/{person_id}/documents — A person's identity documents */
        listPersonDocuments: Operation<O['listPersonDocuments']>;
        /** Every item of `listPersonDocuments`, page after page (for await). */
        listPersonDocumentsAll: Iterate<O['listPersonDocuments']>;
        /** POST /api/v1/people/{person_id}/documents — Add an identity document to a person */
        createPersonDocument: Operation<O['createPersonDocument']>;
        /** DELETE /api/v1/people/{person_id}/documents/{document_id} — Remove an identity document from a person */
        deletePersonDocument: Operation<O['deletePersonDocument']>;
    };
    orders: {
        /** GET /api/v1/orders — List orders (filter by status, customer, number, creation range) */
        list: Operation<O['listOrders']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listOrders']>;
        /** POST /api/v1/orders — Create an order (draft) */
        create: Operation<O['createOrder']>;
        /** GET /api/v1/orders/{order_id} — An order with its status history */
        get: Operation<O['getOrder']>;
        /** PATCH /api/v1/orders/{order_id} — Edit a draft order */
        update: Operation<O['updateOrder']>;
        /** POST /api/v1/orders/{order_id}/ship — Mark a confirmed (paid) order shipped (commits its stock) */
        ship: Operation<O['shipOrder']>;
        /** POST /api/v1/orders/{order_id}/deliver — Mark an order delivered */
        deliver: Operation<O['deliverOrder']>;
        /** GET /api/v1/orders/{order_id}/checkout — An order's checkout saga: its state, every step, and the payment it asked for */
        getOrderCheckout: Operation<O['getOrderCheckout']>;
        /** POST /api/v1/orders/{order_id}/submit — Submit a draft order for checkout (it becomes pending; paid later makes it confirmed) */
        submit: Operation<O['submitOrder']>;
        /** POST /api/v1/orders/{order_id}/cancel — Cancel an order that holds no money (a running checkout is compensated; stock comes back) */
        cancel: Operation<O['cancelOrder']>;
    };
    payments: {
        /** POST /api/v1/webhooks/stripe — Stripe webhook: PaymentIntent outcomes */
        receiveStripeWebhook: Operation<O['receiveStripeWebhook']>;
        /** GET /api/v1/orders/{order_id}/payments — An order's payments, oldest first */
        listOrderPayments: Operation<O['listOrderPayments']>;
        /** Every item of `listOrderPayments`, page after page (for await). */
        listOrderPaymentsAll: Iterate<O['listOrderPayments']>;
        /** POST /api/v1/orders/{order_id}/payments — Register a payment (partial allowed; never above the balance) */
        registerOrderPayment: Operation<O['registerOrderPayment']>;
        /** GET /api/v1/orders/{order_id}/balance — An order's total, paid amount, balance and paid status */
        getOrderBalance: Operation<O['getOrderBalance']>;
        /** GET /api/v1/orders/{order_id}/payment-intent — An order's payment intent (provider, status, Stripe client secret) */
        getOrderPaymentIntent: Operation<O['getOrderPaymentIntent']>;
        /** GET /api/v1/payments/{payment_id} — A payment with its receipts */
        get: Operation<O['getPayment']>;
        /** POST /api/v1/payments/{payment_id}/void — Void a payment registered by mistake */
        void: Operation<O['voidPayment']>;
        /** POST /api/v1/payments/{payment_id}/refund — Refund a payment in full */
        refund: Operation<O['refundPayment']>;
        /** POST /api/v1/payments/{payment_id}/attachments — Attach a receipt (JPEG, PNG, WebP or PDF) */
        attachPaymentReceipt: Operation<O['attachPaymentReceipt']>;
    };
    files: {
        /** GET /files/{*} — Download a file through a signed, expiring URL */
        download: Operation<O['downloadFile']>;
    };
    patients: {
        /** GET /api/v1/patients — List and search patients */
        list: Operation<O['listPatients']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listPatients']>;
        /** POST /api/v1/patients — Open a patient record */
        create: Operation<O['createPatient']>;
        /** GET /api/v1/patients/{patient_id} — A patient with its person and clinical profile */
        get: Operation<O['getPatient']>;
        /** PATCH /api/v1/patients/{patient_id} — Update a patient's clinical profile */
        update: Operation<O['updatePatient']>;
        /** GET /api/v1/patients/{patient_id}/notes — A patient's notes, newest first */
        listPatientNotes: Operation<O['listPatientNotes']>;
        /** Every item of `listPatientNotes`, page after page (for await). */
        listPatientNotesAll: Iterate<O['listPatientNotes']>;
        /** POST /api/v1/patients/{patient_id}/notes — Add a clinical note (signed by the caller) */
        createPatientNote: Operation<O['createPatientNote']>;
        /** GET /api/v1/patients/{patient_id}/attachments — A patient's attachments, newest first, with signed URLs */
        listPatientAttachments: Operation<O['listPatientAttachments']>;
        /** Every item of `listPatientAttachments`, page after page (for await). */
        listPatientAttachmentsAll: Iterate<O['listPatientAttachments']>;
        /** POST /api/v1/patients/{patient_id}/attachments — Attach a file to a patient (JPEG, PNG, WebP or PDF) */
        attachPatientFile: Operation<O['attachPatientFile']>;
    };
    webhooks: {
        /** GET /api/v1/webhook-endpoints — The workspace's webhook endpoints */
        listWebhookEndpoints: Operation<O['listWebhookEndpoints']>;
        /** Every item of `listWebhookEndpoints`, page after page (for await). */
        listWebhookEndpointsAll: Iterate<O['listWebhookEndpoints']>;
        /** POST /api/v1/webhook-endpoints — Create a webhook endpoint (its signing secret is in this answer only) */
        createWebhookEndpoint: Operation<O['createWebhookEndpoint']>;
        /** GET /api/v1/webhook-endpoints/{endpoint_id} — A webhook endpoint (without its secret) */
        getWebhookEndpoint: Operation<O['getWebhookEndpoint']>;
        /** PATCH /api/v1/webhook-endpoints/{endpoint_id} — Edit a webhook endpoint; enable or disable it */
        updateWebhookEndpoint: Operation<O['updateWebhookEndpoint']>;
        /** DELETE /api/v1/webhook-endpoints/{endpoint_id} — Delete a webhook endpoint and its delivery log */
        deleteWebhookEndpoint: Operation<O['deleteWebhookEndpoint']>;
        /** POST /api/v1/webhook-endpoints/{endpoint_id}/rotate-secret — Give an endpoint a new signing secret (shown in this answer only) */
        rotateWebhookEndpointSecret: Operation<O['rotateWebhookEndpointSecret']>;
        /** POST /api/v1/webhook-endpoints/{endpoint_id}/ping — Send a test delivery (webhooks.endpoint.ping) to an endpoint */
        pingWebhookEndpoint: Operation<O['pingWebhookEndpoint']>;
        /** GET /api/v1/webhook-endpoints/{endpoint_id}/deliveries — An endpoint's delivery log, newest first */
        listWebhookEndpointDeliveries: Operation<O['listWebhookEndpointDeliveries']>;
        /** Every item of `listWebhookEndpointDeliveries`, page after page (for await). */
        listWebhookEndpointDeliveriesAll: Iterate<O['listWebhookEndpointDeliveries']>;
        /** GET /api/v1/webhook-deliveries/{delivery_id} — A delivery with its body and every attempt */
        getWebhookDelivery: Operation<O['getWebhookDelivery']>;
        /** POST /api/v1/webhook-deliveries/{delivery_id}/redeliver — Send a delivery again (same webhook-id and body) */
        redeliverWebhookDelivery: Operation<O['redeliverWebhookDelivery']>;
    };
    clinicalCatalogs: {
        /** GET /api/v1/clinical-catalogs/entries — List and search a clinical catalog as the workspace sees it */
        listClinicalCatalogEntries: Operation<O['listClinicalCatalogEntries']>;
        /** Every item of `listClinicalCatalogEntries`, page after page (for await). */
        listClinicalCatalogEntriesAll: Iterate<O['listClinicalCatalogEntries']>;
        /** POST /api/v1/clinical-catalogs/entries — Add an entry of the workspace’s own to a catalog */
        createClinicalCatalogEntry: Operation<O['createClinicalCatalogEntry']>;
        /** GET /api/v1/clinical-catalogs/entries/{entry_id} — One catalog entry as the workspace sees it */
        getClinicalCatalogEntry: Operation<O['getClinicalCatalogEntry']>;
        /** PATCH /api/v1/clinical-catalogs/entries/{entry_id} — Change one of the workspace’s own entries */
        updateClinicalCatalogEntry: Operation<O['updateClinicalCatalogEntry']>;
        /** DELETE /api/v1/clinical-catalogs/entries/{entry_id} — Delete one of the workspace’s own entries */
        deleteClinicalCatalogEntry: Operation<O['deleteClinicalCatalogEntry']>;
        /** PUT /api/v1/clinical-catalogs/entries/{entry_id}/override — Set the workspace’s override of a global entry */
        putClinicalCatalogOverride: Operation<O['putClinicalCatalogOverride']>;
        /** DELETE /api/v1/clinical-catalogs/entries/{entry_id}/override — Drop the workspace’s override: the entry follows the global one again */
        deleteClinicalCatalogOverride: Operation<O['deleteClinicalCatalogOverride']>;
    };
    agenda: {
        /** GET /api/v1/agenda/professionals — List professionals */
        listProfessionals: Operation<O['listProfessionals']>;
        /** Every item of `listProfessionals`, page after page (for await). */
        listProfessionalsAll: Iterate<O['listProfessionals']>;
        /** POST /api/v1/agenda/professionals — Create a professional profile */
        createProfessional: Operation<O['createProfessional']>;
        /** GET /api/v1/agenda/professionals/{professional_id} — A professional */
        getProfessional: Operation<O['getProfessional']>;
        /** PATCH /api/v1/agenda/professionals/{professional_id} — Edit or deactivate a professional */
        updateProfessional: Operation<O['updateProfessional']>;
        /** GET /api/v1/agenda/resources — List rooms and resources */
        listResources: Operation<O['listResources']>;
        /** Every item of `listResources`, page after page (for await). */
        listResourcesAll: Iterate<O['listResources']>;
        /** POST /api/v1/agenda/resources — Create a room or resource */
        createResource: Operation<O['createResource']>;
        /** GET /api/v1/agenda/resources/{resource_id} — A room or resource */
        getResource: Operation<O['getResource']>;
        /** PATCH /api/v1/agenda/resources/{resource_id} — Edit or deactivate a room or resource */
        updateResource: Operation<O['updateResource']>;
        /** GET /api/v1/agenda/services — List services */
        listServices: Operation<O['listServices']>;
        /** Every item of `listServices`, page after page (for await). */
        listServicesAll: Iterate<O['listServices']>;
        /** POST /api/v1/agenda/services — Create a bookable service */
        createService: Operation<O['createService']>;
        /** GET /api/v1/agenda/services/{service_id} — A service */
        getService: Operation<O['getService']>;
        /** PATCH /api/v1/agenda/services/{service_id} — Edit or deactivate a service */
        updateService: Operation<O['updateService']>;
        /** GET /api/v1/agenda/availability-rules — The weekly rules of a professional or resource */
        listAvailabilityRules: Operation<O['listAvailabilityRules']>;
        /** Every item of `listAvailabilityRules`, page after page (for await). */
        listAvailabilityRulesAll: Iterate<O['listAvailabilityRules']>;
        /** POST /api/v1/agenda/availability-rules — Open a professional or resource weekly */
        createAvailabilityRule: Operation<O['createAvailabilityRule']>;
        /** GET /api/v1/agenda/availability-rules/{rule_id} — A weekly rule */
        getAvailabilityRule: Operation<O['getAvailabilityRule']>;
        /** DELETE /api/v1/agenda/availability-rules/{rule_id} — Remove a weekly rule */
        deleteAvailabilityRule: Operation<O['deleteAvailabilityRule']>;
        /** GET /api/v1/agenda/availability-exceptions — Availability exceptions */
        listAvailabilityExceptions: Operation<O['listAvailabilityExceptions']>;
        /** Every item of `listAvailabilityExceptions`, page after page (for await). */
        listAvailabilityExceptionsAll: Iterate<O['listAvailabilityExceptions']>;
        /** POST /api/v1/agenda/availability-exceptions — Close (holiday, absence) or open (extra hours) a time range */
        createAvailabilityException: Operation<O['createAvailabilityException']>;
        /** GET /api/v1/agenda/availability-exceptions/{exception_id} — An availability exception */
        getAvailabilityException: Operation<O['getAvailabilityException']>;
        /** DELETE /api/v1/agenda/availability-exceptions/{exception_id} — Remove an exception */
        deleteAvailabilityException: Operation<O['deleteAvailabilityException']>;
        /** GET /api/v1/agenda/slots — Free slots of a service (a professional and a room together) */
        findSlots: Operation<O['findSlots']>;
        /** Every item of `findSlots`, page after page (for await). */
        findSlotsAll: Iterate<O['findSlots']>;
        /** GET /api/v1/agenda/appointments — The agenda, by start time */
        listAppointments: Operation<O['listAppointments']>;
        /** Every item of `listAppointments`, page after page (for await). */
        listAppointmentsAll: Iterate<O['listAppointments']>;
        /** POST /api/v1/agenda/appointments — Hold a slot (held until expires_at) */
        holdSlot: Operation<O['holdSlot']>;
        /** GET /api/v1/agenda/appointments/{appointment_id} — An appointment with its history */
        getAppointment: Operation<O['getAppointment']>;
        /** POST /api/v1/agenda/appointments/{appointment_id}/book — Book a held slot for a patient (held → booked) */
        bookAppointment: Operation<O['bookAppointment']>;
        /** POST /api/v1/agenda/appointments/{appointment_id}/confirm — The patient confirmed (booked → confirmed) */
        confirmAppointment: Operation<O['confirmAppointment']>;
        /** POST /api/v1/agenda/appointments/{appointment_id}/check-in — The patient arrived (→ checked_in) */
        checkInAppointment: Operation<O['checkInAppointment']>;
        /** POST /api/v1/agenda/appointments/{appointment_id}/start — The professional starts (checked_in → in_service) */
        startAppointment: Operation<O['startAppointment']>;
        /** POST /api/v1/agenda/appointments/{appointment_id}/complete — The appointment ended (in_service → completed) */
        completeAppointment: Operation<O['completeAppointment']>;
        /** POST /api/v1/agenda/appointments/{appointment_id}/cancel — Cancel an appointment, with the reason */
        cancelAppointment: Operation<O['cancelAppointment']>;
        /** POST /api/v1/agenda/appointments/{appointment_id}/no-show — The patient did not come */
        markAppointmentNoShow: Operation<O['markAppointmentNoShow']>;
        /** POST /api/v1/agenda/appointments/{appointment_id}/release — Release a hold: its slot is free again */
        releaseHold: Operation<O['releaseHold']>;
        /** POST /api/v1/agenda/appointments/{appointment_id}/reschedule — Move an appointment to another time */
        rescheduleAppointment: Operation<O['rescheduleAppointment']>;
    };
};
