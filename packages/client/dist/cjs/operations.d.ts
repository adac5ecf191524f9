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
        readonly clinicalCatalogs: {
            readonly entries: {
                readonly updateGlobal: {
                    readonly method: "PATCH";
                    readonly path: "/api/v1/system/clinical-catalogs/entries/{entry_id}";
                    readonly paginated: false;
                };
            };
        };
        readonly events: {
            readonly setUpTransport: {
                readonly method: "POST";
                readonly path: "/api/v1/system/events/setup";
                readonly paginated: false;
            };
            readonly dlq: {
                readonly list: {
                    readonly method: "GET";
                    readonly path: "/api/v1/system/events/dlq";
                    readonly paginated: true;
                };
                readonly get: {
                    readonly method: "GET";
                    readonly path: "/api/v1/system/events/dlq/{dead_letter_id}";
                    readonly paginated: false;
                };
                readonly replay: {
                    readonly method: "POST";
                    readonly path: "/api/v1/system/events/dlq/{dead_letter_id}/replay";
                    readonly paginated: false;
                };
                readonly discard: {
                    readonly method: "POST";
                    readonly path: "/api/v1/system/events/dlq/{dead_letter_id}/discard";
                    readonly paginated: false;
                };
            };
        };
        readonly consumers: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/system/consumers";
                readonly paginated: true;
            };
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
    };
    readonly me: {
        readonly get: {
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
    readonly permissions: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/permissions";
            readonly paginated: true;
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
        readonly overview: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/workspaces/{workspace_id}/overview";
                readonly paginated: false;
            };
        };
    };
    readonly roles: {
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
    };
    readonly invitations: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/invitations";
            readonly paginated: true;
        };
        readonly inviteMember: {
            readonly method: "POST";
            readonly path: "/api/v1/invitations";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/invitations/{invitation_id}";
            readonly paginated: false;
        };
        readonly revoke: {
            readonly method: "DELETE";
            readonly path: "/api/v1/invitations/{invitation_id}";
            readonly paginated: false;
        };
        readonly accept: {
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
        readonly variants: {
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/products/{product_id}/variants";
                readonly paginated: false;
            };
            readonly update: {
                readonly method: "PATCH";
                readonly path: "/api/v1/products/{product_id}/variants/{variant_id}";
                readonly paginated: false;
            };
            readonly delete: {
                readonly method: "DELETE";
                readonly path: "/api/v1/products/{product_id}/variants/{variant_id}";
                readonly paginated: false;
            };
        };
        readonly import: {
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/products/import";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/products/import/{job_id}";
                readonly paginated: false;
            };
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
    readonly stock: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/stock";
            readonly paginated: true;
        };
        readonly adjust: {
            readonly method: "POST";
            readonly path: "/api/v1/stock/adjust";
            readonly paginated: false;
        };
        readonly getLevel: {
            readonly method: "GET";
            readonly path: "/api/v1/stock/{variant_id}";
            readonly paginated: false;
        };
        readonly setLowThreshold: {
            readonly method: "PATCH";
            readonly path: "/api/v1/stock/{variant_id}";
            readonly paginated: false;
        };
        readonly reserve: {
            readonly method: "POST";
            readonly path: "/api/v1/stock/reserve";
            readonly paginated: false;
        };
        readonly releaseReservation: {
            readonly method: "POST";
            readonly path: "/api/v1/stock/release";
            readonly paginated: false;
        };
        readonly movements: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/stock/movements";
                readonly paginated: true;
            };
        };
        readonly reservations: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/stock/reservations/{reservation_id}";
                readonly paginated: false;
            };
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
        readonly findByPhone: {
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
        readonly createNote: {
            readonly method: "POST";
            readonly path: "/api/v1/customers/{customer_id}/notes";
            readonly paginated: false;
        };
        readonly merge: {
            readonly method: "POST";
            readonly path: "/api/v1/customers/{customer_id}/merge";
            readonly paginated: false;
        };
        readonly addresses: {
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/customers/{customer_id}/addresses";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/customers/{customer_id}/addresses/{address_id}";
                readonly paginated: false;
            };
            readonly update: {
                readonly method: "PATCH";
                readonly path: "/api/v1/customers/{customer_id}/addresses/{address_id}";
                readonly paginated: false;
            };
            readonly delete: {
                readonly method: "DELETE";
                readonly path: "/api/v1/customers/{customer_id}/addresses/{address_id}";
                readonly paginated: false;
            };
        };
        readonly orders: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/customers/{customer_id}/orders";
                readonly paginated: true;
            };
        };
    };
    readonly people: {
        readonly findByDocument: {
            readonly method: "GET";
            readonly path: "/api/v1/people/by-document/{type}/{number}";
            readonly paginated: false;
        };
        readonly erase: {
            readonly method: "POST";
            readonly path: "/api/v1/people/{person_id}/erase";
            readonly paginated: false;
        };
        readonly documents: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/people/{person_id}/documents";
                readonly paginated: true;
            };
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/people/{person_id}/documents";
                readonly paginated: false;
            };
            readonly delete: {
                readonly method: "DELETE";
                readonly path: "/api/v1/people/{person_id}/documents/{document_id}";
                readonly paginated: false;
            };
        };
        readonly consents: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/people/{person_id}/consents";
                readonly paginated: false;
            };
            readonly record: {
                readonly method: "PUT";
                readonly path: "/api/v1/people/{person_id}/consents/{purpose}";
                readonly paginated: false;
            };
        };
        readonly exports: {
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/people/{person_id}/exports";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/people/{person_id}/exports/{export_id}";
                readonly paginated: false;
            };
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
        readonly checkout: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/orders/{order_id}/checkout";
                readonly paginated: false;
            };
        };
        readonly payments: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/orders/{order_id}/payments";
                readonly paginated: true;
            };
            readonly register: {
                readonly method: "POST";
                readonly path: "/api/v1/orders/{order_id}/payments";
                readonly paginated: false;
            };
        };
        readonly balance: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/orders/{order_id}/balance";
                readonly paginated: false;
            };
        };
        readonly paymentIntent: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/orders/{order_id}/payment-intent";
                readonly paginated: false;
            };
        };
    };
    readonly webhooks: {
        readonly receiveStripe: {
            readonly method: "POST";
            readonly path: "/api/v1/webhooks/stripe";
            readonly paginated: false;
        };
        readonly receiveChannel: {
            readonly method: "POST";
            readonly path: "/api/v1/webhooks/{provider}/{channel_id}";
            readonly paginated: false;
        };
        readonly meta: {
            readonly verify: {
                readonly method: "GET";
                readonly path: "/api/v1/webhooks/meta/{channel_id}";
                readonly paginated: false;
            };
        };
    };
    readonly payments: {
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
        readonly attachReceipt: {
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
        readonly notes: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/patients/{patient_id}/notes";
                readonly paginated: true;
            };
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/patients/{patient_id}/notes";
                readonly paginated: false;
            };
        };
        readonly attachments: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/patients/{patient_id}/attachments";
                readonly paginated: true;
            };
            readonly attachFile: {
                readonly method: "POST";
                readonly path: "/api/v1/patients/{patient_id}/attachments";
                readonly paginated: false;
            };
        };
        readonly balance: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/patients/{patient_id}/balance";
                readonly paginated: false;
            };
        };
        readonly summary: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/patients/{patient_id}/summary";
                readonly paginated: false;
            };
        };
        readonly timeline: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/patients/{patient_id}/timeline";
                readonly paginated: true;
            };
        };
        readonly billingTimeline: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/patients/{patient_id}/billing-timeline";
                readonly paginated: true;
            };
        };
    };
    readonly webhookEndpoints: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/webhook-endpoints";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/webhook-endpoints";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}";
            readonly paginated: false;
        };
        readonly delete: {
            readonly method: "DELETE";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}";
            readonly paginated: false;
        };
        readonly rotateSecret: {
            readonly method: "POST";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}/rotate-secret";
            readonly paginated: false;
        };
        readonly ping: {
            readonly method: "POST";
            readonly path: "/api/v1/webhook-endpoints/{endpoint_id}/ping";
            readonly paginated: false;
        };
        readonly deliveries: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/webhook-endpoints/{endpoint_id}/deliveries";
                readonly paginated: true;
            };
        };
    };
    readonly webhookDeliveries: {
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/webhook-deliveries/{delivery_id}";
            readonly paginated: false;
        };
        readonly redeliver: {
            readonly method: "POST";
            readonly path: "/api/v1/webhook-deliveries/{delivery_id}/redeliver";
            readonly paginated: false;
        };
    };
    readonly clinicalCatalogs: {
        readonly entries: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/clinical-catalogs/entries";
                readonly paginated: true;
            };
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/clinical-catalogs/entries";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/clinical-catalogs/entries/{entry_id}";
                readonly paginated: false;
            };
            readonly update: {
                readonly method: "PATCH";
                readonly path: "/api/v1/clinical-catalogs/entries/{entry_id}";
                readonly paginated: false;
            };
            readonly delete: {
                readonly method: "DELETE";
                readonly path: "/api/v1/clinical-catalogs/entries/{entry_id}";
                readonly paginated: false;
            };
            readonly override: {
                readonly put: {
                    readonly method: "PUT";
                    readonly path: "/api/v1/clinical-catalogs/entries/{entry_id}/override";
                    readonly paginated: false;
                };
                readonly delete: {
                    readonly method: "DELETE";
                    readonly path: "/api/v1/clinical-catalogs/entries/{entry_id}/override";
                    readonly paginated: false;
                };
            };
        };
    };
    readonly agenda: {
        readonly professionals: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/professionals";
                readonly paginated: true;
            };
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/professionals";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/professionals/{professional_id}";
                readonly paginated: false;
            };
            readonly update: {
                readonly method: "PATCH";
                readonly path: "/api/v1/agenda/professionals/{professional_id}";
                readonly paginated: false;
            };
        };
        readonly resources: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/resources";
                readonly paginated: true;
            };
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/resources";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/resources/{resource_id}";
                readonly paginated: false;
            };
            readonly update: {
                readonly method: "PATCH";
                readonly path: "/api/v1/agenda/resources/{resource_id}";
                readonly paginated: false;
            };
        };
        readonly services: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/services";
                readonly paginated: true;
            };
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/services";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/services/{service_id}";
                readonly paginated: false;
            };
            readonly update: {
                readonly method: "PATCH";
                readonly path: "/api/v1/agenda/services/{service_id}";
                readonly paginated: false;
            };
        };
        readonly availabilityRules: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/availability-rules";
                readonly paginated: true;
            };
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/availability-rules";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/availability-rules/{rule_id}";
                readonly paginated: false;
            };
            readonly delete: {
                readonly method: "DELETE";
                readonly path: "/api/v1/agenda/availability-rules/{rule_id}";
                readonly paginated: false;
            };
        };
        readonly availabilityExceptions: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/availability-exceptions";
                readonly paginated: true;
            };
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/availability-exceptions";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/availability-exceptions/{exception_id}";
                readonly paginated: false;
            };
            readonly delete: {
                readonly method: "DELETE";
                readonly path: "/api/v1/agenda/availability-exceptions/{exception_id}";
                readonly paginated: false;
            };
        };
        readonly slots: {
            readonly find: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/slots";
                readonly paginated: true;
            };
        };
        readonly appointments: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/appointments";
                readonly paginated: true;
            };
            readonly holdSlot: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointments";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/appointments/{appointment_id}";
                readonly paginated: false;
            };
            readonly book: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointments/{appointment_id}/book";
                readonly paginated: false;
            };
            readonly confirm: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointments/{appointment_id}/confirm";
                readonly paginated: false;
            };
            readonly checkIn: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointments/{appointment_id}/check-in";
                readonly paginated: false;
            };
            readonly start: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointments/{appointment_id}/start";
                readonly paginated: false;
            };
            readonly complete: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointments/{appointment_id}/complete";
                readonly paginated: false;
            };
            readonly cancel: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointments/{appointment_id}/cancel";
                readonly paginated: false;
            };
            readonly markNoShow: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointments/{appointment_id}/no-show";
                readonly paginated: false;
            };
            readonly releaseHold: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointments/{appointment_id}/release";
                readonly paginated: false;
            };
            readonly reschedule: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointments/{appointment_id}/reschedule";
                readonly paginated: false;
            };
        };
        readonly queue: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/queue";
                readonly paginated: true;
            };
            readonly addWalkIn: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/queue";
                readonly paginated: false;
            };
            readonly callNextIn: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/queue/call-next";
                readonly paginated: false;
            };
            readonly getEntry: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/queue/{entry_id}";
                readonly paginated: false;
            };
            readonly callEntry: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/queue/{entry_id}/call";
                readonly paginated: false;
            };
            readonly startEntry: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/queue/{entry_id}/start";
                readonly paginated: false;
            };
            readonly finishEntry: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/queue/{entry_id}/finish";
                readonly paginated: false;
            };
            readonly removeEntry: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/queue/{entry_id}/remove";
                readonly paginated: false;
            };
        };
        readonly appointmentSeries: {
            readonly book: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointment-series";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/appointment-series/{series_id}";
                readonly paginated: false;
            };
            readonly cancel: {
                readonly method: "POST";
                readonly path: "/api/v1/agenda/appointment-series/{series_id}/cancel";
                readonly paginated: false;
            };
        };
        readonly settings: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/agenda/settings";
                readonly paginated: false;
            };
            readonly put: {
                readonly method: "PUT";
                readonly path: "/api/v1/agenda/settings";
                readonly paginated: false;
            };
        };
    };
    readonly invoices: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/invoices";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/invoices";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/invoices/{invoice_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/invoices/{invoice_id}";
            readonly paginated: false;
        };
        readonly issue: {
            readonly method: "POST";
            readonly path: "/api/v1/invoices/{invoice_id}/issue";
            readonly paginated: false;
        };
        readonly void: {
            readonly method: "POST";
            readonly path: "/api/v1/invoices/{invoice_id}/void";
            readonly paginated: false;
        };
        readonly payments: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/invoices/{invoice_id}/payments";
                readonly paginated: true;
            };
            readonly register: {
                readonly method: "POST";
                readonly path: "/api/v1/invoices/{invoice_id}/payments";
                readonly paginated: false;
            };
            readonly reverse: {
                readonly method: "POST";
                readonly path: "/api/v1/invoices/{invoice_id}/payments/{payment_id}/reverse";
                readonly paginated: false;
            };
        };
    };
    readonly billing: {
        readonly settings: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/billing/settings";
                readonly paginated: false;
            };
            readonly put: {
                readonly method: "PUT";
                readonly path: "/api/v1/billing/settings";
                readonly paginated: false;
            };
        };
    };
    readonly billingTimeline: {
        readonly getWorkspace: {
            readonly method: "GET";
            readonly path: "/api/v1/billing-timeline";
            readonly paginated: true;
        };
    };
    readonly channels: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/channels";
            readonly paginated: true;
        };
        readonly create: {
            readonly method: "POST";
            readonly path: "/api/v1/channels";
            readonly paginated: false;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/channels/{channel_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/channels/{channel_id}";
            readonly paginated: false;
        };
        readonly simulator: {
            readonly sendSimulatedMessage: {
                readonly method: "POST";
                readonly path: "/api/v1/channels/{channel_id}/simulator/messages";
                readonly paginated: false;
            };
        };
    };
    readonly conversations: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/conversations";
            readonly paginated: true;
        };
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/conversations/{conversation_id}";
            readonly paginated: false;
        };
        readonly update: {
            readonly method: "PATCH";
            readonly path: "/api/v1/conversations/{conversation_id}";
            readonly paginated: false;
        };
        readonly uploadFile: {
            readonly method: "POST";
            readonly path: "/api/v1/conversations/{conversation_id}/files";
            readonly paginated: false;
        };
        readonly requestHandoff: {
            readonly method: "POST";
            readonly path: "/api/v1/conversations/{conversation_id}/handoff";
            readonly paginated: false;
        };
        readonly takeOver: {
            readonly method: "POST";
            readonly path: "/api/v1/conversations/{conversation_id}/take-over";
            readonly paginated: false;
        };
        readonly returnToAgent: {
            readonly method: "POST";
            readonly path: "/api/v1/conversations/{conversation_id}/return-to-agent";
            readonly paginated: false;
        };
        readonly messages: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/conversations/{conversation_id}/messages";
                readonly paginated: true;
            };
            readonly send: {
                readonly method: "POST";
                readonly path: "/api/v1/conversations/{conversation_id}/messages";
                readonly paginated: false;
            };
        };
        readonly handoffs: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/conversations/{conversation_id}/handoffs";
                readonly paginated: true;
            };
        };
        readonly agentSession: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/conversations/{conversation_id}/agent-session";
                readonly paginated: false;
            };
        };
    };
    readonly notifications: {
        readonly list: {
            readonly method: "GET";
            readonly path: "/api/v1/notifications";
            readonly paginated: true;
        };
        readonly read: {
            readonly method: "POST";
            readonly path: "/api/v1/notifications/{notification_id}/read";
            readonly paginated: false;
        };
        readonly readAll: {
            readonly method: "POST";
            readonly path: "/api/v1/notifications/read-all";
            readonly paginated: false;
        };
        readonly unreadCount: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/notifications/unread-count";
                readonly paginated: false;
            };
        };
        readonly settings: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/notifications/settings";
                readonly paginated: false;
            };
            readonly put: {
                readonly method: "PUT";
                readonly path: "/api/v1/notifications/settings";
                readonly paginated: false;
            };
        };
        readonly preferences: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/notifications/preferences";
                readonly paginated: false;
            };
            readonly put: {
                readonly method: "PUT";
                readonly path: "/api/v1/notifications/preferences";
                readonly paginated: false;
            };
        };
    };
    readonly agent: {
        readonly tools: {
            readonly list: {
                readonly method: "GET";
                readonly path: "/api/v1/agent/tools";
                readonly paginated: true;
            };
        };
        readonly settings: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/agent/settings";
                readonly paginated: false;
            };
            readonly put: {
                readonly method: "PUT";
                readonly path: "/api/v1/agent/settings";
                readonly paginated: false;
            };
        };
        readonly usage: {
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/agent/usage";
                readonly paginated: false;
            };
        };
    };
    readonly audit: {
        readonly listEntries: {
            readonly method: "GET";
            readonly path: "/api/v1/audit";
            readonly paginated: true;
        };
        readonly verify: {
            readonly verifyChain: {
                readonly method: "GET";
                readonly path: "/api/v1/audit/verify";
                readonly paginated: false;
            };
        };
        readonly exports: {
            readonly create: {
                readonly method: "POST";
                readonly path: "/api/v1/audit/exports";
                readonly paginated: false;
            };
            readonly get: {
                readonly method: "GET";
                readonly path: "/api/v1/audit/exports/{export_id}";
                readonly paginated: false;
            };
        };
    };
    readonly retention: {
        readonly get: {
            readonly method: "GET";
            readonly path: "/api/v1/retention";
            readonly paginated: false;
        };
        readonly set: {
            readonly method: "PUT";
            readonly path: "/api/v1/retention";
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
        clinicalCatalogs: {
            entries: {
                /** PATCH /api/v1/system/clinical-catalogs/entries/{entry_id} — Change a global catalog entry (platform administrators) */
                updateGlobal: Operation<O['updateGlobalClinicalCatalogEntry']>;
            };
        };
        events: {
            /** POST /api/v1/system/events/setup — Create or update JetStream streams and durable consumers (idempotent) */
            setUpTransport: Operation<O['setUpEventTransport']>;
            dlq: {
                /** GET /api/v1/system/events/dlq — List dead-lettered events */
                list: Operation<O['listDeadLetters']>;
                /** Every item of `list`, page after page (for await). */
                listAll: Iterate<O['listDeadLetters']>;
                /** GET /api/v1/system/events/dlq/{dead_letter_id} — Show a dead letter with its event and every attempt’s error */
                get: Operation<O['getDeadLetter']>;
                /** POST /api/v1/system/events/dlq/{dead_letter_id}/replay — Replay a dead letter: its consumer handles the event again (once) */
                replay: Operation<O['replayDeadLetter']>;
                /** POST /api/v1/system/events/dlq/{dead_letter_id}/discard — Discard a dead letter: its consumer never handles the event */
                discard: Operation<O['discardDeadLetter']>;
            };
        };
        consumers: {
            /** GET /api/v1/system/consumers — Each event consumer’s position, lag and last error */
            list: Operation<O['listConsumers']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listConsumers']>;
        };
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
    };
    me: {
        /** GET /api/v1/me — The signed-in user */
        get: Operation<O['getMe']>;
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
    permissions: {
        /** GET /api/v1/permissions — Every permission the code declares, by name */
        list: Operation<O['listPermissions']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listPermissions']>;
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
        overview: {
            /** GET /api/v1/workspaces/{workspace_id}/overview — The workspace at a glance: today’s orders, sales, stock alerts, agenda and inbox */
            get: Operation<O['getWorkspaceOverview']>;
        };
    };
    roles: {
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
    };
    invitations: {
        /** GET /api/v1/invitations — List invitations not withdrawn, newest first */
        list: Operation<O['listInvitations']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listInvitations']>;
        /** POST /api/v1/invitations — Invite someone by email */
        inviteMember: Operation<O['inviteMember']>;
        /** GET /api/v1/invitations/{invitation_id} — An invitation (not withdrawn) */
        get: Operation<O['getInvitation']>;
        /** DELETE /api/v1/invitations/{invitation_id} — Withdraw an invitation */
        revoke: Operation<O['revokeInvitation']>;
        /** POST /api/v1/invitations/accept — Accept an invitation (as the invited email) */
        accept: Operation<O['acceptInvitation']>;
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
        variants: {
            /** POST /api/v1/products/{product_id}/variants — Add a variant */
            create: Operation<O['createProductVariant']>;
            /** PATCH /api/v1/products/{product_id}/variants/{variant_id} — Change a variant (SKU, options, price) */
            update: Operation<O['updateProductVariant']>;
            /** DELETE /api/v1/products/{product_id}/variants/{variant_id} — Remove a variant (soft delete; its SKU is free again) */
            delete: Operation<O['deleteProductVariant']>;
        };
        import: {
            /** POST /api/v1/products/import — Import products from a CSV or XLSX file (the raw file is the body) */
            create: Operation<O['importProducts']>;
            /** GET /api/v1/products/import/{job_id} — Progress and report of a product import */
            get: Operation<O['getProductImport']>;
        };
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
    stock: {
        /** GET /api/v1/stock — Current stock levels */
        list: Operation<O['listStock']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listStock']>;
        /** POST /api/v1/stock/adjust — Adjust on-hand stock with a reason */
        adjust: Operation<O['adjustStock']>;
        /** GET /api/v1/stock/{variant_id} — The stock level of one variant */
        getLevel: Operation<O['getStockLevel']>;
        /** PATCH /api/v1/stock/{variant_id} — Set the low-stock threshold of a variant */
        setLowThreshold: Operation<O['setLowStockThreshold']>;
        /** POST /api/v1/stock/reserve — Reserve stock for all lines or none */
        reserve: Operation<O['reserveStock']>;
        /** POST /api/v1/stock/release — Release a reservation (idempotent) */
        releaseReservation: Operation<O['releaseStockReservation']>;
        movements: {
            /** GET /api/v1/stock/movements — Stock movements, newest first */
            list: Operation<O['listStockMovements']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listStockMovements']>;
        };
        reservations: {
            /** GET /api/v1/stock/reservations/{reservation_id} — A reservation and its lines */
            get: Operation<O['getStockReservation']>;
        };
    };
    customers: {
        /** GET /api/v1/customers — List and search customers */
        list: Operation<O['listCustomers']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listCustomers']>;
        /** POST /api/v1/customers — Create a customer */
        create: Operation<O['createCustomer']>;
        /** GET /api/v1/customers/by-phone/{phone} — Find a customer by phone (any spelling) */
        findByPhone: Operation<O['findCustomerByPhone']>;
        /** GET /api/v1/customers/{customer_id} — A customer with addresses and notes */
        get: Operation<O['getCustomer']>;
        /** PATCH /api/v1/customers/{customer_id} — Update a customer */
        update: Operation<O['updateCustomer']>;
        /** DELETE /api/v1/customers/{customer_id} — Soft-delete a customer */
        delete: Operation<O['deleteCustomer']>;
        /** POST /api/v1/customers/{customer_id}/notes — Add a note to a customer */
        createNote: Operation<O['createCustomerNote']>;
        /** POST /api/v1/customers/{customer_id}/merge — Merge a duplicate into this customer */
        merge: Operation<O['mergeCustomers']>;
        addresses: {
            /** POST /api/v1/customers/{customer_id}/addresses — Add a delivery address to a customer */
            create: Operation<O['createCustomerAddress']>;
            /** GET /api/v1/customers/{customer_id}/addresses/{address_id} — One delivery address of a customer */
            get: Operation<O['getCustomerAddress']>;
            /** PATCH /api/v1/customers/{customer_id}/addresses/{address_id} — Change a delivery address or make it the default */
            update: Operation<O['updateCustomerAddress']>;
            /** DELETE /api/v1/customers/{customer_id}/addresses/{address_id} — Remove a delivery address */
            delete: Operation<O['deleteCustomerAddress']>;
        };
        orders: {
            /** GET /api/v1/customers/{customer_id}/orders — A customer's order history, newest first */
            list: Operation<O['listCustomerOrders']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listCustomerOrders']>;
        };
    };
    people: {
        /** GET /api/v1/people/by-document/{type}/{number} — Find the person holding an identity document */
        findByDocument: Operation<O['findPersonByDocument']>;
        /** POST /api/v1/people/{person_id}/erase — Erase a person's personal data (LGPD/GDPR) */
        erase: Operation<O['erasePerson']>;
        documents: {
            /** GET /api/v1/people/{person_id}/documents — A person's identity documents */
            list: Operation<O['listPersonDocuments']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listPersonDocuments']>;
            /** POST /api/v1/people/{person_id}/documents — Add an identity document to a person */
            create: Operation<O['createPersonDocument']>;
            /** DELETE /api/v1/people/{person_id}/documents/{document_id} — Remove an identity document from a person */
            delete: Operation<O['deletePersonDocument']>;
        };
        consents: {
            /** GET /api/v1/people/{person_id}/consents — A person's consents and their history */
            list: Operation<O['listPersonConsents']>;
            /** PUT /api/v1/people/{person_id}/consents/{purpose} — Record a person's consent decision for one purpose */
            record: Operation<O['recordPersonConsent']>;
        };
        exports: {
            /** POST /api/v1/people/{person_id}/exports — Export everything held about a person (LGPD/GDPR) */
            create: Operation<O['createPersonExport']>;
            /** GET /api/v1/people/{person_id}/exports/{export_id} — Progress of a person's export and, once completed, its download */
            get: Operation<O['getPersonExport']>;
        };
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
        /** POST /api/v1/orders/{order_id}/submit — Submit a draft order for checkout (it becomes pending; paid later makes it confirmed) */
        submit: Operation<O['submitOrder']>;
        /** POST /api/v1/orders/{order_id}/cancel — Cancel an order that holds no money (a running checkout is compensated; stock comes back) */
        cancel: Operation<O['cancelOrder']>;
        checkout: {
            /** GET /api/v1/orders/{order_id}/checkout — An order's checkout saga: its state, every step, and the payment it asked for */
            get: Operation<O['getOrderCheckout']>;
        };
        payments: {
            /** GET /api/v1/orders/{order_id}/payments — An order's payments, oldest first */
            list: Operation<O['listOrderPayments']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listOrderPayments']>;
            /** POST /api/v1/orders/{order_id}/payments — Register a payment (partial allowed; never above the balance) */
            register: Operation<O['registerOrderPayment']>;
        };
        balance: {
            /** GET /api/v1/orders/{order_id}/balance — An order's total, paid amount, balance and paid status */
            get: Operation<O['getOrderBalance']>;
        };
        paymentIntent: {
            /** GET /api/v1/orders/{order_id}/payment-intent — An order's payment intent (provider, status, Stripe client secret) */
            get: Operation<O['getOrderPaymentIntent']>;
        };
    };
    webhooks: {
        /** POST /api/v1/webhooks/stripe — Stripe webhook: PaymentIntent outcomes */
        receiveStripe: Operation<O['receiveStripeWebhook']>;
        /** POST /api/v1/webhooks/{provider}/{channel_id} — A provider's webhook: inbound messages and delivery/read receipts */
        receiveChannel: Operation<O['receiveChannelWebhook']>;
        meta: {
            /** GET /api/v1/webhooks/meta/{channel_id} — Meta's subscription check (hub.challenge) */
            verify: Operation<O['verifyMetaWebhook']>;
        };
    };
    payments: {
        /** GET /api/v1/payments/{payment_id} — A payment with its receipts */
        get: Operation<O['getPayment']>;
        /** POST /api/v1/payments/{payment_id}/void — Void a payment registered by mistake */
        void: Operation<O['voidPayment']>;
        /** POST /api/v1/payments/{payment_id}/refund — Refund a payment in full */
        refund: Operation<O['refundPayment']>;
        /** POST /api/v1/payments/{payment_id}/attachments — Attach a receipt (JPEG, PNG, WebP or PDF) */
        attachReceipt: Operation<O['attachPaymentReceipt']>;
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
        notes: {
            /** GET /api/v1/patients/{patient_id}/notes — A patient's notes, newest first */
            list: Operation<O['listPatientNotes']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listPatientNotes']>;
            /** POST /api/v1/patients/{patient_id}/notes — Add a clinical note (signed by the caller) */
            create: Operation<O['createPatientNote']>;
        };
        attachments: {
            /** GET /api/v1/patients/{patient_id}/attachments — A patient's attachments, newest first, with signed URLs */
            list: Operation<O['listPatientAttachments']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listPatientAttachments']>;
            /** POST /api/v1/patients/{patient_id}/attachments — Attach a file to a patient (JPEG, PNG, WebP or PDF) */
            attachFile: Operation<O['attachPatientFile']>;
        };
        balance: {
            /** GET /api/v1/patients/{patient_id}/balance — A patient's invoiced, paid and balance, per currency */
            get: Operation<O['getPatientBalance']>;
        };
        summary: {
            /** GET /api/v1/patients/{patient_id}/summary — A patient's summary: invoices, payments, balance per currency, next appointment, last visit */
            get: Operation<O['getPatientSummary']>;
        };
        timeline: {
            /** GET /api/v1/patients/{patient_id}/timeline — A patient's timeline: appointments, queue visits, invoices, payments, record changes and merges */
            get: Operation<O['getPatientTimeline']>;
            /** Every item of `get`, page after page (for await). */
            getAll: Iterate<O['getPatientTimeline']>;
        };
        billingTimeline: {
            /** GET /api/v1/patients/{patient_id}/billing-timeline — A patient's invoices and payments, newest first, with the running balance per currency */
            get: Operation<O['getPatientBillingTimeline']>;
            /** Every item of `get`, page after page (for await). */
            getAll: Iterate<O['getPatientBillingTimeline']>;
        };
    };
    webhookEndpoints: {
        /** GET /api/v1/webhook-endpoints — The workspace's webhook endpoints */
        list: Operation<O['listWebhookEndpoints']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listWebhookEndpoints']>;
        /** POST /api/v1/webhook-endpoints — Create a webhook endpoint (its signing secret is in this answer only) */
        create: Operation<O['createWebhookEndpoint']>;
        /** GET /api/v1/webhook-endpoints/{endpoint_id} — A webhook endpoint (without its secret) */
        get: Operation<O['getWebhookEndpoint']>;
        /** PATCH /api/v1/webhook-endpoints/{endpoint_id} — Edit a webhook endpoint; enable or disable it */
        update: Operation<O['updateWebhookEndpoint']>;
        /** DELETE /api/v1/webhook-endpoints/{endpoint_id} — Delete a webhook endpoint and its delivery log */
        delete: Operation<O['deleteWebhookEndpoint']>;
        /** POST /api/v1/webhook-endpoints/{endpoint_id}/rotate-secret — Give an endpoint a new signing secret (shown in this answer only) */
        rotateSecret: Operation<O['rotateWebhookEndpointSecret']>;
        /** POST /api/v1/webhook-endpoints/{endpoint_id}/ping — Send a test delivery (webhooks.endpoint.ping) to an endpoint */
        ping: Operation<O['pingWebhookEndpoint']>;
        deliveries: {
            /** GET /api/v1/webhook-endpoints/{endpoint_id}/deliveries — An endpoint's delivery log, newest first */
            list: Operation<O['listWebhookEndpointDeliveries']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listWebhookEndpointDeliveries']>;
        };
    };
    webhookDeliveries: {
        /** GET /api/v1/webhook-deliveries/{delivery_id} — A delivery with its body and every attempt */
        get: Operation<O['getWebhookDelivery']>;
        /** POST /api/v1/webhook-deliveries/{delivery_id}/redeliver — Send a delivery again (same webhook-id and body) */
        redeliver: Operation<O['redeliverWebhookDelivery']>;
    };
    clinicalCatalogs: {
        entries: {
            /** GET /api/v1/clinical-catalogs/entries — List and search a clinical catalog as the workspace sees it */
            list: Operation<O['listClinicalCatalogEntries']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listClinicalCatalogEntries']>;
            /** POST /api/v1/clinical-catalogs/entries — Add an entry of the workspace’s own to a catalog */
            create: Operation<O['createClinicalCatalogEntry']>;
            /** GET /api/v1/clinical-catalogs/entries/{entry_id} — One catalog entry as the workspace sees it */
            get: Operation<O['getClinicalCatalogEntry']>;
            /** PATCH /api/v1/clinical-catalogs/entries/{entry_id} — Change one of the workspace’s own entries */
            update: Operation<O['updateClinicalCatalogEntry']>;
            /** DELETE /api/v1/clinical-catalogs/entries/{entry_id} — Delete one of the workspace’s own entries */
            delete: Operation<O['deleteClinicalCatalogEntry']>;
            override: {
                /** PUT /api/v1/clinical-catalogs/entries/{entry_id}/override — Set the workspace’s override of a global entry */
                put: Operation<O['putClinicalCatalogOverride']>;
                /** DELETE /api/v1/clinical-catalogs/entries/{entry_id}/override — Drop the workspace’s override: the entry follows the global one again */
                delete: Operation<O['deleteClinicalCatalogOverride']>;
            };
        };
    };
    agenda: {
        professionals: {
            /** GET /api/v1/agenda/professionals — List professionals */
            list: Operation<O['listProfessionals']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listProfessionals']>;
            /** POST /api/v1/agenda/professionals — Create a professional profile */
            create: Operation<O['createProfessional']>;
            /** GET /api/v1/agenda/professionals/{professional_id} — A professional */
            get: Operation<O['getProfessional']>;
            /** PATCH /api/v1/agenda/professionals/{professional_id} — Edit or deactivate a professional */
            update: Operation<O['updateProfessional']>;
        };
        resources: {
            /** GET /api/v1/agenda/resources — List rooms and resources */
            list: Operation<O['listResources']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listResources']>;
            /** POST /api/v1/agenda/resources — Create a room or resource */
            create: Operation<O['createResource']>;
            /** GET /api/v1/agenda/resources/{resource_id} — A room or resource */
            get: Operation<O['getResource']>;
            /** PATCH /api/v1/agenda/resources/{resource_id} — Edit or deactivate a room or resource */
            update: Operation<O['updateResource']>;
        };
        services: {
            /** GET /api/v1/agenda/services — List services */
            list: Operation<O['listServices']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listServices']>;
            /** POST /api/v1/agenda/services — Create a bookable service */
            create: Operation<O['createService']>;
            /** GET /api/v1/agenda/services/{service_id} — A service */
            get: Operation<O['getService']>;
            /** PATCH /api/v1/agenda/services/{service_id} — Edit or deactivate a service */
            update: Operation<O['updateService']>;
        };
        availabilityRules: {
            /** GET /api/v1/agenda/availability-rules — The weekly rules of a professional or resource */
            list: Operation<O['listAvailabilityRules']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listAvailabilityRules']>;
            /** POST /api/v1/agenda/availability-rules — Open a professional or resource weekly */
            create: Operation<O['createAvailabilityRule']>;
            /** GET /api/v1/agenda/availability-rules/{rule_id} — A weekly rule */
            get: Operation<O['getAvailabilityRule']>;
            /** DELETE /api/v1/agenda/availability-rules/{rule_id} — Remove a weekly rule */
            delete: Operation<O['deleteAvailabilityRule']>;
        };
        availabilityExceptions: {
            /** GET /api/v1/agenda/availability-exceptions — Availability exceptions */
            list: Operation<O['listAvailabilityExceptions']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listAvailabilityExceptions']>;
            /** POST /api/v1/agenda/availability-exceptions — Close (holiday, absence) or open (extra hours) a time range */
            create: Operation<O['createAvailabilityException']>;
            /** GET /api/v1/agenda/availability-exceptions/{exception_id} — An availability exception */
            get: Operation<O['getAvailabilityException']>;
            /** DELETE /api/v1/agenda/availability-exceptions/{exception_id} — Remove an exception */
            delete: Operation<O['deleteAvailabilityException']>;
        };
        slots: {
            /** GET /api/v1/agenda/slots — Free slots of a service (a professional and a room together) */
            find: Operation<O['findSlots']>;
            /** Every item of `find`, page after page (for await). */
            findAll: Iterate<O['findSlots']>;
        };
        appointments: {
            /** GET /api/v1/agenda/appointments — The agenda, by start time */
            list: Operation<O['listAppointments']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listAppointments']>;
            /** POST /api/v1/agenda/appointments — Hold a slot (held until expires_at) */
            holdSlot: Operation<O['holdSlot']>;
            /** GET /api/v1/agenda/appointments/{appointment_id} — An appointment with its history */
            get: Operation<O['getAppointment']>;
            /** POST /api/v1/agenda/appointments/{appointment_id}/book — Book a held slot for a patient (held → booked) */
            book: Operation<O['bookAppointment']>;
            /** POST /api/v1/agenda/appointments/{appointment_id}/confirm — The patient confirmed (booked → confirmed) */
            confirm: Operation<O['confirmAppointment']>;
            /** POST /api/v1/agenda/appointments/{appointment_id}/check-in — The patient arrived (→ checked_in) */
            checkIn: Operation<O['checkInAppointment']>;
            /** POST /api/v1/agenda/appointments/{appointment_id}/start — The professional starts (checked_in → in_service) */
            start: Operation<O['startAppointment']>;
            /** POST /api/v1/agenda/appointments/{appointment_id}/complete — The appointment ended (in_service → completed) */
            complete: Operation<O['completeAppointment']>;
            /** POST /api/v1/agenda/appointments/{appointment_id}/cancel — Cancel an appointment, with the reason */
            cancel: Operation<O['cancelAppointment']>;
            /** POST /api/v1/agenda/appointments/{appointment_id}/no-show — The patient did not come */
            markNoShow: Operation<O['markAppointmentNoShow']>;
            /** POST /api/v1/agenda/appointments/{appointment_id}/release — Release a hold: its slot is free again */
            releaseHold: Operation<O['releaseHold']>;
            /** POST /api/v1/agenda/appointments/{appointment_id}/reschedule — Move an appointment to another time */
            reschedule: Operation<O['rescheduleAppointment']>;
        };
        queue: {
            /** GET /api/v1/agenda/queue — A day's reception queue with positions and estimated waits */
            list: Operation<O['listQueue']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listQueue']>;
            /** POST /api/v1/agenda/queue — A walk-in joins today’s queue */
            addWalkIn: Operation<O['addWalkIn']>;
            /** POST /api/v1/agenda/queue/call-next — Call the next waiting patient */
            callNextIn: Operation<O['callNextInQueue']>;
            /** GET /api/v1/agenda/queue/{entry_id} — A queue entry with its position and estimated wait */
            getEntry: Operation<O['getQueueEntry']>;
            /** POST /api/v1/agenda/queue/{entry_id}/call — Call this patient (waiting → called) */
            callEntry: Operation<O['callQueueEntry']>;
            /** POST /api/v1/agenda/queue/{entry_id}/start — The patient is being seen (→ in_service) */
            startEntry: Operation<O['startQueueEntry']>;
            /** POST /api/v1/agenda/queue/{entry_id}/finish — The patient was seen (in_service → done) */
            finishEntry: Operation<O['finishQueueEntry']>;
            /** POST /api/v1/agenda/queue/{entry_id}/remove — The patient left the queue (→ left or no_show) */
            removeEntry: Operation<O['removeQueueEntry']>;
        };
        appointmentSeries: {
            /** POST /api/v1/agenda/appointment-series — Book a recurring series from an RRULE */
            book: Operation<O['bookAppointmentSeries']>;
            /** GET /api/v1/agenda/appointment-series/{series_id} — A series with its occurrences and their statuses */
            get: Operation<O['getAppointmentSeries']>;
            /** POST /api/v1/agenda/appointment-series/{series_id}/cancel — Cancel the rest of a series */
            cancel: Operation<O['cancelAppointmentSeries']>;
        };
        settings: {
            /** GET /api/v1/agenda/settings — The workspace's agenda settings (appointment reminders) */
            get: Operation<O['getAgendaSettings']>;
            /** PUT /api/v1/agenda/settings — Turn appointment reminders on or off and set how long before the start they go out */
            put: Operation<O['putAgendaSettings']>;
        };
    };
    invoices: {
        /** GET /api/v1/invoices — List invoices (filter by patient, status, creation range) */
        list: Operation<O['listInvoices']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listInvoices']>;
        /** POST /api/v1/invoices — Open a draft invoice for a patient */
        create: Operation<O['createInvoice']>;
        /** GET /api/v1/invoices/{invoice_id} — An invoice with its items and totals */
        get: Operation<O['getInvoice']>;
        /** PATCH /api/v1/invoices/{invoice_id} — Edit a draft invoice */
        update: Operation<O['updateInvoice']>;
        /** POST /api/v1/invoices/{invoice_id}/issue — Issue a draft: fix its prices and tax, give it its number */
        issue: Operation<O['issueInvoice']>;
        /** POST /api/v1/invoices/{invoice_id}/void — Void an issued or partially paid invoice */
        void: Operation<O['voidInvoice']>;
        payments: {
            /** GET /api/v1/invoices/{invoice_id}/payments — An invoice's payments, oldest first (reversed ones included) */
            list: Operation<O['listInvoicePayments']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listInvoicePayments']>;
            /** POST /api/v1/invoices/{invoice_id}/payments — Register a payment of an issued invoice (partial allowed) */
            register: Operation<O['registerInvoicePayment']>;
            /** POST /api/v1/invoices/{invoice_id}/payments/{payment_id}/reverse — Void or refund a payment of an invoice */
            reverse: Operation<O['reverseInvoicePayment']>;
        };
    };
    billing: {
        settings: {
            /** GET /api/v1/billing/settings — The workspace's billing settings (tax rate) */
            get: Operation<O['getBillingSettings']>;
            /** PUT /api/v1/billing/settings — Set the tax rate */
            put: Operation<O['putBillingSettings']>;
        };
    };
    billingTimeline: {
        /** GET /api/v1/billing-timeline — The workspace's invoices and payments, newest first, with its running receivables per currency */
        getWorkspace: Operation<O['getWorkspaceBillingTimeline']>;
        /** Every item of `getWorkspace`, page after page (for await). */
        getWorkspaceAll: Iterate<O['getWorkspaceBillingTimeline']>;
    };
    channels: {
        /** GET /api/v1/channels — The workspace's channels */
        list: Operation<O['listChannels']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listChannels']>;
        /** POST /api/v1/channels — Add a WhatsApp channel (its credentials are sealed and never answered) */
        create: Operation<O['createChannel']>;
        /** GET /api/v1/channels/{channel_id} — A channel (without its credentials) */
        get: Operation<O['getChannel']>;
        /** PATCH /api/v1/channels/{channel_id} — Rename, disable or enable a channel; replace settings or rotate credentials */
        update: Operation<O['updateChannel']>;
        simulator: {
            /** POST /api/v1/channels/{channel_id}/simulator/messages — Write to a simulator channel as a customer would (enters like a provider webhook) */
            sendSimulatedMessage: Operation<O['sendSimulatedMessage']>;
        };
    };
    conversations: {
        /** GET /api/v1/conversations — The inbox: conversations newest first */
        list: Operation<O['listConversations']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listConversations']>;
        /** GET /api/v1/conversations/{conversation_id} — A conversation */
        get: Operation<O['getConversation']>;
        /** PATCH /api/v1/conversations/{conversation_id} — Set status (open, pending, resolved), assign to a member, mark read */
        update: Operation<O['updateConversation']>;
        /** POST /api/v1/conversations/{conversation_id}/files — Upload an image or PDF to send in a conversation */
        uploadFile: Operation<O['uploadConversationFile']>;
        /** POST /api/v1/conversations/{conversation_id}/handoff — Ask for a human: the conversation waits for a member to take it over */
        requestHandoff: Operation<O['requestConversationHandoff']>;
        /** POST /api/v1/conversations/{conversation_id}/take-over — Take the conversation over: the agent stops, it is assigned to you */
        takeOver: Operation<O['takeOverConversation']>;
        /** POST /api/v1/conversations/{conversation_id}/return-to-agent — Hand the conversation back to the agent (or decline a pending request) */
        returnToAgent: Operation<O['returnConversationToAgent']>;
        messages: {
            /** GET /api/v1/conversations/{conversation_id}/messages — A conversation's messages, newest first */
            list: Operation<O['listConversationMessages']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listConversationMessages']>;
            /** POST /api/v1/conversations/{conversation_id}/messages — Reply to the contact (queued; sent by the channel's provider) */
            send: Operation<O['sendConversationMessage']>;
        };
        handoffs: {
            /** GET /api/v1/conversations/{conversation_id}/handoffs — A conversation's handoff history, newest first */
            list: Operation<O['listConversationHandoffs']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listConversationHandoffs']>;
        };
        agentSession: {
            /** GET /api/v1/conversations/{conversation_id}/agent-session — The agent's session of a conversation (its state machine) */
            get: Operation<O['getConversationAgentSession']>;
        };
    };
    notifications: {
        /** GET /api/v1/notifications — The caller's notifications, newest first */
        list: Operation<O['listNotifications']>;
        /** Every item of `list`, page after page (for await). */
        listAll: Iterate<O['listNotifications']>;
        /** POST /api/v1/notifications/{notification_id}/read — Mark one of the caller’s notifications read */
        read: Operation<O['readNotification']>;
        /** POST /api/v1/notifications/read-all — Mark all the caller's notifications read */
        readAll: Operation<O['readAllNotifications']>;
        unreadCount: {
            /** GET /api/v1/notifications/unread-count — How many of the caller's notifications are unread */
            get: Operation<O['countUnreadNotifications']>;
        };
        settings: {
            /** GET /api/v1/notifications/settings — Which notification kinds go out on which channel in this workspace */
            get: Operation<O['getNotificationSettings']>;
            /** PUT /api/v1/notifications/settings — Turn notification kinds on or off per channel for the whole workspace */
            put: Operation<O['putNotificationSettings']>;
        };
        preferences: {
            /** GET /api/v1/notifications/preferences — The caller's own notification preferences */
            get: Operation<O['getNotificationPreferences']>;
            /** PUT /api/v1/notifications/preferences — Turn notification kinds off (or back on) for oneself; set one’s language */
            put: Operation<O['putNotificationPreferences']>;
        };
    };
    agent: {
        tools: {
            /** GET /api/v1/agent/tools — The agent's tools with their input JSON Schemas */
            list: Operation<O['listAgentTools']>;
            /** Every item of `list`, page after page (for await). */
            listAll: Iterate<O['listAgentTools']>;
        };
        settings: {
            /** GET /api/v1/agent/settings — The agent's role: the permissions its tools run with */
            get: Operation<O['getAgentSettings']>;
            /** PUT /api/v1/agent/settings — Set the agent's role (the permissions its tools run with) */
            put: Operation<O['putAgentSettings']>;
        };
        usage: {
            /** GET /api/v1/agent/usage — The agent's model tokens and calls of a month, per provider and model, with the budget */
            get: Operation<O['getAgentUsage']>;
        };
    };
    audit: {
        /** GET /api/v1/audit — The audit trail of the workspace, newest first */
        listEntries: Operation<O['listAuditEntries']>;
        /** Every item of `listEntries`, page after page (for await). */
        listEntriesAll: Iterate<O['listAuditEntries']>;
        verify: {
            /** GET /api/v1/audit/verify — Recompute the workspace hash chain and report the first broken entry */
            verifyChain: Operation<O['verifyAuditChain']>;
        };
        exports: {
            /** POST /api/v1/audit/exports — Export the audit trail (CSV or JSON) with the same filters as GET /audit */
            create: Operation<O['createAuditExport']>;
            /** GET /api/v1/audit/exports/{export_id} — Progress of an audit export and, once completed, its download */
            get: Operation<O['getAuditExport']>;
        };
    };
    retention: {
        /** GET /api/v1/retention — The workspace's retention and the latest runs that removed its data */
        get: Operation<O['getRetention']>;
        /** PUT /api/v1/retention — Set how long the workspace keeps each data class */
        set: Operation<O['setRetention']>;
    };
};
