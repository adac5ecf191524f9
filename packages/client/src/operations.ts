// Generated from openapi.json by `npm run generate`. Do not edit.
import type { Iterate, Operation, OperationSpec } from './resource.js';
import type { operations as O } from './schema.js';

export const resources = {
  system: {
    getOpenApiDocument: { method: 'GET', path: '/api/v1/openapi.json', paginated: false },
    getMetrics: { method: 'GET', path: '/metrics', paginated: false },
    getHealth: { method: 'GET', path: '/health', paginated: false },
    getReadiness: { method: 'GET', path: '/health/ready', paginated: false },
    updateGlobalClinicalCatalogEntry: { method: 'PATCH', path: '/api/v1/system/clinical-catalogs/entries/{entry_id}', paginated: false },
    listDeadLetters: { method: 'GET', path: '/api/v1/system/events/dlq', paginated: true },
    getDeadLetter: { method: 'GET', path: '/api/v1/system/events/dlq/{dead_letter_id}', paginated: false },
    replayDeadLetter: { method: 'POST', path: '/api/v1/system/events/dlq/{dead_letter_id}/replay', paginated: false },
    discardDeadLetter: { method: 'POST', path: '/api/v1/system/events/dlq/{dead_letter_id}/discard', paginated: false },
    setUpEventTransport: { method: 'POST', path: '/api/v1/system/events/setup', paginated: false },
    listConsumers: { method: 'GET', path: '/api/v1/system/consumers', paginated: true },
  },
  auth: {
    getJwks: { method: 'GET', path: '/.well-known/jwks.json', paginated: false },
    register: { method: 'POST', path: '/api/v1/auth/register', paginated: false },
    login: { method: 'POST', path: '/api/v1/auth/login', paginated: false },
    refreshSession: { method: 'POST', path: '/api/v1/auth/refresh', paginated: false },
    logout: { method: 'POST', path: '/api/v1/auth/logout', paginated: false },
    forgotPassword: { method: 'POST', path: '/api/v1/auth/forgot-password', paginated: false },
    resetPassword: { method: 'POST', path: '/api/v1/auth/reset-password', paginated: false },
    getMe: { method: 'GET', path: '/api/v1/me', paginated: false },
    changePassword: { method: 'POST', path: '/api/v1/me/password', paginated: false },
  },
  apiKeys: {
    list: { method: 'GET', path: '/api/v1/api-keys', paginated: true },
    create: { method: 'POST', path: '/api/v1/api-keys', paginated: false },
    get: { method: 'GET', path: '/api/v1/api-keys/{api_key_id}', paginated: false },
    revoke: { method: 'DELETE', path: '/api/v1/api-keys/{api_key_id}', paginated: false },
  },
  roles: {
    listPermissions: { method: 'GET', path: '/api/v1/permissions', paginated: true },
    list: { method: 'GET', path: '/api/v1/roles', paginated: true },
    create: { method: 'POST', path: '/api/v1/roles', paginated: false },
    get: { method: 'GET', path: '/api/v1/roles/{role_id}', paginated: false },
    update: { method: 'PATCH', path: '/api/v1/roles/{role_id}', paginated: false },
    delete: { method: 'DELETE', path: '/api/v1/roles/{role_id}', paginated: false },
  },
  workspaces: {
    list: { method: 'GET', path: '/api/v1/workspaces', paginated: true },
    create: { method: 'POST', path: '/api/v1/workspaces', paginated: false },
    get: { method: 'GET', path: '/api/v1/workspaces/{workspace_id}', paginated: false },
    update: { method: 'PATCH', path: '/api/v1/workspaces/{workspace_id}', paginated: false },
    delete: { method: 'DELETE', path: '/api/v1/workspaces/{workspace_id}', paginated: false },
  },
  members: {
    list: { method: 'GET', path: '/api/v1/members', paginated: true },
    get: { method: 'GET', path: '/api/v1/members/{user_id}', paginated: false },
    update: { method: 'PATCH', path: '/api/v1/members/{user_id}', paginated: false },
    remove: { method: 'DELETE', path: '/api/v1/members/{user_id}', paginated: false },
    listInvitations: { method: 'GET', path: '/api/v1/invitations', paginated: true },
    invite: { method: 'POST', path: '/api/v1/invitations', paginated: false },
    getInvitation: { method: 'GET', path: '/api/v1/invitations/{invitation_id}', paginated: false },
    revokeInvitation: { method: 'DELETE', path: '/api/v1/invitations/{invitation_id}', paginated: false },
    acceptInvitation: { method: 'POST', path: '/api/v1/invitations/accept', paginated: false },
  },
  products: {
    list: { method: 'GET', path: '/api/v1/products', paginated: true },
    create: { method: 'POST', path: '/api/v1/products', paginated: false },
    get: { method: 'GET', path: '/api/v1/products/{product_id}', paginated: false },
    update: { method: 'PATCH', path: '/api/v1/products/{product_id}', paginated: false },
    delete: { method: 'DELETE', path: '/api/v1/products/{product_id}', paginated: false },
    createProductVariant: { method: 'POST', path: '/api/v1/products/{product_id}/variants', paginated: false },
    updateProductVariant: { method: 'PATCH', path: '/api/v1/products/{product_id}/variants/{variant_id}', paginated: false },
    deleteProductVariant: { method: 'DELETE', path: '/api/v1/products/{product_id}/variants/{variant_id}', paginated: false },
    import: { method: 'POST', path: '/api/v1/products/import', paginated: false },
    getProductImport: { method: 'GET', path: '/api/v1/products/import/{job_id}', paginated: false },
  },
  categories: {
    list: { method: 'GET', path: '/api/v1/categories', paginated: true },
    create: { method: 'POST', path: '/api/v1/categories', paginated: false },
    get: { method: 'GET', path: '/api/v1/categories/{category_id}', paginated: false },
  },
  inventory: {
    listStock: { method: 'GET', path: '/api/v1/stock', paginated: true },
    adjustStock: { method: 'POST', path: '/api/v1/stock/adjust', paginated: false },
    getStockLevel: { method: 'GET', path: '/api/v1/stock/{variant_id}', paginated: false },
    setLowStockThreshold: { method: 'PATCH', path: '/api/v1/stock/{variant_id}', paginated: false },
    listStockMovements: { method: 'GET', path: '/api/v1/stock/movements', paginated: true },
    reserveStock: { method: 'POST', path: '/api/v1/stock/reserve', paginated: false },
    releaseStockReservation: { method: 'POST', path: '/api/v1/stock/release', paginated: false },
    getStockReservation: { method: 'GET', path: '/api/v1/stock/reservations/{reservation_id}', paginated: false },
  },
  customers: {
    list: { method: 'GET', path: '/api/v1/customers', paginated: true },
    create: { method: 'POST', path: '/api/v1/customers', paginated: false },
    findCustomerByPhone: { method: 'GET', path: '/api/v1/customers/by-phone/{phone}', paginated: false },
    get: { method: 'GET', path: '/api/v1/customers/{customer_id}', paginated: false },
    update: { method: 'PATCH', path: '/api/v1/customers/{customer_id}', paginated: false },
    delete: { method: 'DELETE', path: '/api/v1/customers/{customer_id}', paginated: false },
    createCustomerNote: { method: 'POST', path: '/api/v1/customers/{customer_id}/notes', paginated: false },
    merge: { method: 'POST', path: '/api/v1/customers/{customer_id}/merge', paginated: false },
    createCustomerAddress: { method: 'POST', path: '/api/v1/customers/{customer_id}/addresses', paginated: false },
    getCustomerAddress: { method: 'GET', path: '/api/v1/customers/{customer_id}/addresses/{address_id}', paginated: false },
    updateCustomerAddress: { method: 'PATCH', path: '/api/v1/customers/{customer_id}/addresses/{address_id}', paginated: false },
    deleteCustomerAddress: { method: 'DELETE', path: '/api/v1/customers/{customer_id}/addresses/{address_id}', paginated: false },
    listCustomerOrders: { method: 'GET', path: '/api/v1/customers/{customer_id}/orders', paginated: true },
  },
  people: {
    findPersonByDocument: { method: 'GET', path: '/api/v1/people/by-document/{type}/{number}', paginated: false },
    listPersonDocuments: { method: 'GET', path: '/api/v1/people/{person_id}/documents', paginated: true },
    createPersonDocument: { method: 'POST', path: '/api/v1/people/{person_id}/documents', paginated: false },
    deletePersonDocument: { method: 'DELETE', path: '/api/v1/people/{person_id}/documents/{document_id}', paginated: false },
  },
  orders: {
    list: { method: 'GET', path: '/api/v1/orders', paginated: true },
    create: { method: 'POST', path: '/api/v1/orders', paginated: false },
    get: { method: 'GET', path: '/api/v1/orders/{order_id}', paginated: false },
    update: { method: 'PATCH', path: '/api/v1/orders/{order_id}', paginated: false },
    ship: { method: 'POST', path: '/api/v1/orders/{order_id}/ship', paginated: false },
    deliver: { method: 'POST', path: '/api/v1/orders/{order_id}/deliver', paginated: false },
    getOrderCheckout: { method: 'GET', path: '/api/v1/orders/{order_id}/checkout', paginated: false },
    submit: { method: 'POST', path: '/api/v1/orders/{order_id}/submit', paginated: false },
    cancel: { method: 'POST', path: '/api/v1/orders/{order_id}/cancel', paginated: false },
  },
  payments: {
    receiveStripeWebhook: { method: 'POST', path: '/api/v1/webhooks/stripe', paginated: false },
    listOrderPayments: { method: 'GET', path: '/api/v1/orders/{order_id}/payments', paginated: true },
    registerOrderPayment: { method: 'POST', path: '/api/v1/orders/{order_id}/payments', paginated: false },
    getOrderBalance: { method: 'GET', path: '/api/v1/orders/{order_id}/balance', paginated: false },
    getOrderPaymentIntent: { method: 'GET', path: '/api/v1/orders/{order_id}/payment-intent', paginated: false },
    get: { method: 'GET', path: '/api/v1/payments/{payment_id}', paginated: false },
    void: { method: 'POST', path: '/api/v1/payments/{payment_id}/void', paginated: false },
    refund: { method: 'POST', path: '/api/v1/payments/{payment_id}/refund', paginated: false },
    attachPaymentReceipt: { method: 'POST', path: '/api/v1/payments/{payment_id}/attachments', paginated: false },
  },
  files: {
    download: { method: 'GET', path: '/files/{*}', paginated: false },
  },
  patients: {
    list: { method: 'GET', path: '/api/v1/patients', paginated: true },
    create: { method: 'POST', path: '/api/v1/patients', paginated: false },
    get: { method: 'GET', path: '/api/v1/patients/{patient_id}', paginated: false },
    update: { method: 'PATCH', path: '/api/v1/patients/{patient_id}', paginated: false },
    listPatientNotes: { method: 'GET', path: '/api/v1/patients/{patient_id}/notes', paginated: true },
    createPatientNote: { method: 'POST', path: '/api/v1/patients/{patient_id}/notes', paginated: false },
    listPatientAttachments: { method: 'GET', path: '/api/v1/patients/{patient_id}/attachments', paginated: true },
    attachPatientFile: { method: 'POST', path: '/api/v1/patients/{patient_id}/attachments', paginated: false },
  },
  webhooks: {
    listWebhookEndpoints: { method: 'GET', path: '/api/v1/webhook-endpoints', paginated: true },
    createWebhookEndpoint: { method: 'POST', path: '/api/v1/webhook-endpoints', paginated: false },
    getWebhookEndpoint: { method: 'GET', path: '/api/v1/webhook-endpoints/{endpoint_id}', paginated: false },
    updateWebhookEndpoint: { method: 'PATCH', path: '/api/v1/webhook-endpoints/{endpoint_id}', paginated: false },
    deleteWebhookEndpoint: { method: 'DELETE', path: '/api/v1/webhook-endpoints/{endpoint_id}', paginated: false },
    rotateWebhookEndpointSecret: { method: 'POST', path: '/api/v1/webhook-endpoints/{endpoint_id}/rotate-secret', paginated: false },
    pingWebhookEndpoint: { method: 'POST', path: '/api/v1/webhook-endpoints/{endpoint_id}/ping', paginated: false },
    listWebhookEndpointDeliveries: { method: 'GET', path: '/api/v1/webhook-endpoints/{endpoint_id}/deliveries', paginated: true },
    getWebhookDelivery: { method: 'GET', path: '/api/v1/webhook-deliveries/{delivery_id}', paginated: false },
    redeliverWebhookDelivery: { method: 'POST', path: '/api/v1/webhook-deliveries/{delivery_id}/redeliver', paginated: false },
  },
  clinicalCatalogs: {
    listClinicalCatalogEntries: { method: 'GET', path: '/api/v1/clinical-catalogs/entries', paginated: true },
    createClinicalCatalogEntry: { method: 'POST', path: '/api/v1/clinical-catalogs/entries', paginated: false },
    getClinicalCatalogEntry: { method: 'GET', path: '/api/v1/clinical-catalogs/entries/{entry_id}', paginated: false },
    updateClinicalCatalogEntry: { method: 'PATCH', path: '/api/v1/clinical-catalogs/entries/{entry_id}', paginated: false },
    deleteClinicalCatalogEntry: { method: 'DELETE', path: '/api/v1/clinical-catalogs/entries/{entry_id}', paginated: false },
    putClinicalCatalogOverride: { method: 'PUT', path: '/api/v1/clinical-catalogs/entries/{entry_id}/override', paginated: false },
    deleteClinicalCatalogOverride: { method: 'DELETE', path: '/api/v1/clinical-catalogs/entries/{entry_id}/override', paginated: false },
  },
  agenda: {
    listProfessionals: { method: 'GET', path: '/api/v1/agenda/professionals', paginated: true },
    createProfessional: { method: 'POST', path: '/api/v1/agenda/professionals', paginated: false },
    getProfessional: { method: 'GET', path: '/api/v1/agenda/professionals/{professional_id}', paginated: false },
    updateProfessional: { method: 'PATCH', path: '/api/v1/agenda/professionals/{professional_id}', paginated: false },
    listResources: { method: 'GET', path: '/api/v1/agenda/resources', paginated: true },
    createResource: { method: 'POST', path: '/api/v1/agenda/resources', paginated: false },
    getResource: { method: 'GET', path: '/api/v1/agenda/resources/{resource_id}', paginated: false },
    updateResource: { method: 'PATCH', path: '/api/v1/agenda/resources/{resource_id}', paginated: false },
    listServices: { method: 'GET', path: '/api/v1/agenda/services', paginated: true },
    createService: { method: 'POST', path: '/api/v1/agenda/services', paginated: false },
    getService: { method: 'GET', path: '/api/v1/agenda/services/{service_id}', paginated: false },
    updateService: { method: 'PATCH', path: '/api/v1/agenda/services/{service_id}', paginated: false },
    listAvailabilityRules: { method: 'GET', path: '/api/v1/agenda/availability-rules', paginated: true },
    createAvailabilityRule: { method: 'POST', path: '/api/v1/agenda/availability-rules', paginated: false },
    getAvailabilityRule: { method: 'GET', path: '/api/v1/agenda/availability-rules/{rule_id}', paginated: false },
    deleteAvailabilityRule: { method: 'DELETE', path: '/api/v1/agenda/availability-rules/{rule_id}', paginated: false },
    listAvailabilityExceptions: { method: 'GET', path: '/api/v1/agenda/availability-exceptions', paginated: true },
    createAvailabilityException: { method: 'POST', path: '/api/v1/agenda/availability-exceptions', paginated: false },
    getAvailabilityException: { method: 'GET', path: '/api/v1/agenda/availability-exceptions/{exception_id}', paginated: false },
    deleteAvailabilityException: { method: 'DELETE', path: '/api/v1/agenda/availability-exceptions/{exception_id}', paginated: false },
    findSlots: { method: 'GET', path: '/api/v1/agenda/slots', paginated: true },
    listAppointments: { method: 'GET', path: '/api/v1/agenda/appointments', paginated: true },
    holdSlot: { method: 'POST', path: '/api/v1/agenda/appointments', paginated: false },
    getAppointment: { method: 'GET', path: '/api/v1/agenda/appointments/{appointment_id}', paginated: false },
    bookAppointment: { method: 'POST', path: '/api/v1/agenda/appointments/{appointment_id}/book', paginated: false },
    confirmAppointment: { method: 'POST', path: '/api/v1/agenda/appointments/{appointment_id}/confirm', paginated: false },
    checkInAppointment: { method: 'POST', path: '/api/v1/agenda/appointments/{appointment_id}/check-in', paginated: false },
    startAppointment: { method: 'POST', path: '/api/v1/agenda/appointments/{appointment_id}/start', paginated: false },
    completeAppointment: { method: 'POST', path: '/api/v1/agenda/appointments/{appointment_id}/complete', paginated: false },
    cancelAppointment: { method: 'POST', path: '/api/v1/agenda/appointments/{appointment_id}/cancel', paginated: false },
    markAppointmentNoShow: { method: 'POST', path: '/api/v1/agenda/appointments/{appointment_id}/no-show', paginated: false },
    releaseHold: { method: 'POST', path: '/api/v1/agenda/appointments/{appointment_id}/release', paginated: false },
    rescheduleAppointment: { method: 'POST', path: '/api/v1/agenda/appointments/{appointment_id}/reschedule', paginated: false },
  },
} as const satisfies Record<string, Record<string, OperationSpec>>;

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
