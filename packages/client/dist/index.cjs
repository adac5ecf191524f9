// Generated from openapi.json by `npm run generate`. Do not edit.
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// packages/client/src/index.ts
var index_exports = {};
__export(index_exports, {
  NexovaError: () => NexovaError,
  createClient: () => createClient,
  paginate: () => paginate,
  resources: () => resources
});
module.exports = __toCommonJS(index_exports);

// packages/client/src/operations.ts
var resources = {
  system: {
    getOpenApiDocument: { method: "GET", path: "/api/v1/openapi.json", paginated: false },
    getMetrics: { method: "GET", path: "/metrics", paginated: false },
    getHealth: { method: "GET", path: "/health", paginated: false },
    getReadiness: { method: "GET", path: "/health/ready", paginated: false },
    clinicalCatalogs: {
      entries: {
        updateGlobal: { method: "PATCH", path: "/api/v1/system/clinical-catalogs/entries/{entry_id}", paginated: false }
      }
    },
    events: {
      setUpTransport: { method: "POST", path: "/api/v1/system/events/setup", paginated: false },
      dlq: {
        list: { method: "GET", path: "/api/v1/system/events/dlq", paginated: true },
        get: { method: "GET", path: "/api/v1/system/events/dlq/{dead_letter_id}", paginated: false },
        replay: { method: "POST", path: "/api/v1/system/events/dlq/{dead_letter_id}/replay", paginated: false },
        discard: { method: "POST", path: "/api/v1/system/events/dlq/{dead_letter_id}/discard", paginated: false }
      }
    },
    consumers: {
      list: { method: "GET", path: "/api/v1/system/consumers", paginated: true }
    }
  },
  auth: {
    getJwks: { method: "GET", path: "/.well-known/jwks.json", paginated: false },
    register: { method: "POST", path: "/api/v1/auth/register", paginated: false },
    login: { method: "POST", path: "/api/v1/auth/login", paginated: false },
    refreshSession: { method: "POST", path: "/api/v1/auth/refresh", paginated: false },
    logout: { method: "POST", path: "/api/v1/auth/logout", paginated: false },
    forgotPassword: { method: "POST", path: "/api/v1/auth/forgot-password", paginated: false },
    resetPassword: { method: "POST", path: "/api/v1/auth/reset-password", paginated: false }
  },
  me: {
    get: { method: "GET", path: "/api/v1/me", paginated: false },
    changePassword: { method: "POST", path: "/api/v1/me/password", paginated: false }
  },
  apiKeys: {
    list: { method: "GET", path: "/api/v1/api-keys", paginated: true },
    create: { method: "POST", path: "/api/v1/api-keys", paginated: false },
    get: { method: "GET", path: "/api/v1/api-keys/{api_key_id}", paginated: false },
    revoke: { method: "DELETE", path: "/api/v1/api-keys/{api_key_id}", paginated: false }
  },
  permissions: {
    list: { method: "GET", path: "/api/v1/permissions", paginated: true }
  },
  workspaces: {
    list: { method: "GET", path: "/api/v1/workspaces", paginated: true },
    create: { method: "POST", path: "/api/v1/workspaces", paginated: false },
    get: { method: "GET", path: "/api/v1/workspaces/{workspace_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/workspaces/{workspace_id}", paginated: false },
    delete: { method: "DELETE", path: "/api/v1/workspaces/{workspace_id}", paginated: false },
    overview: {
      get: { method: "GET", path: "/api/v1/workspaces/{workspace_id}/overview", paginated: false }
    }
  },
  roles: {
    list: { method: "GET", path: "/api/v1/roles", paginated: true },
    create: { method: "POST", path: "/api/v1/roles", paginated: false },
    get: { method: "GET", path: "/api/v1/roles/{role_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/roles/{role_id}", paginated: false },
    delete: { method: "DELETE", path: "/api/v1/roles/{role_id}", paginated: false }
  },
  members: {
    list: { method: "GET", path: "/api/v1/members", paginated: true },
    get: { method: "GET", path: "/api/v1/members/{user_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/members/{user_id}", paginated: false },
    remove: { method: "DELETE", path: "/api/v1/members/{user_id}", paginated: false }
  },
  invitations: {
    list: { method: "GET", path: "/api/v1/invitations", paginated: true },
    inviteMember: { method: "POST", path: "/api/v1/invitations", paginated: false },
    get: { method: "GET", path: "/api/v1/invitations/{invitation_id}", paginated: false },
    revoke: { method: "DELETE", path: "/api/v1/invitations/{invitation_id}", paginated: false },
    accept: { method: "POST", path: "/api/v1/invitations/accept", paginated: false }
  },
  products: {
    list: { method: "GET", path: "/api/v1/products", paginated: true },
    create: { method: "POST", path: "/api/v1/products", paginated: false },
    get: { method: "GET", path: "/api/v1/products/{product_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/products/{product_id}", paginated: false },
    delete: { method: "DELETE", path: "/api/v1/products/{product_id}", paginated: false },
    variants: {
      create: { method: "POST", path: "/api/v1/products/{product_id}/variants", paginated: false },
      update: { method: "PATCH", path: "/api/v1/products/{product_id}/variants/{variant_id}", paginated: false },
      delete: { method: "DELETE", path: "/api/v1/products/{product_id}/variants/{variant_id}", paginated: false }
    },
    import: {
      create: { method: "POST", path: "/api/v1/products/import", paginated: false },
      get: { method: "GET", path: "/api/v1/products/import/{job_id}", paginated: false }
    }
  },
  categories: {
    list: { method: "GET", path: "/api/v1/categories", paginated: true },
    create: { method: "POST", path: "/api/v1/categories", paginated: false },
    get: { method: "GET", path: "/api/v1/categories/{category_id}", paginated: false }
  },
  stock: {
    list: { method: "GET", path: "/api/v1/stock", paginated: true },
    adjust: { method: "POST", path: "/api/v1/stock/adjust", paginated: false },
    getLevel: { method: "GET", path: "/api/v1/stock/{variant_id}", paginated: false },
    setLowThreshold: { method: "PATCH", path: "/api/v1/stock/{variant_id}", paginated: false },
    reserve: { method: "POST", path: "/api/v1/stock/reserve", paginated: false },
    releaseReservation: { method: "POST", path: "/api/v1/stock/release", paginated: false },
    movements: {
      list: { method: "GET", path: "/api/v1/stock/movements", paginated: true }
    },
    reservations: {
      get: { method: "GET", path: "/api/v1/stock/reservations/{reservation_id}", paginated: false }
    }
  },
  customers: {
    list: { method: "GET", path: "/api/v1/customers", paginated: true },
    create: { method: "POST", path: "/api/v1/customers", paginated: false },
    findByPhone: { method: "GET", path: "/api/v1/customers/by-phone/{phone}", paginated: false },
    get: { method: "GET", path: "/api/v1/customers/{customer_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/customers/{customer_id}", paginated: false },
    delete: { method: "DELETE", path: "/api/v1/customers/{customer_id}", paginated: false },
    createNote: { method: "POST", path: "/api/v1/customers/{customer_id}/notes", paginated: false },
    merge: { method: "POST", path: "/api/v1/customers/{customer_id}/merge", paginated: false },
    addresses: {
      create: { method: "POST", path: "/api/v1/customers/{customer_id}/addresses", paginated: false },
      get: { method: "GET", path: "/api/v1/customers/{customer_id}/addresses/{address_id}", paginated: false },
      update: { method: "PATCH", path: "/api/v1/customers/{customer_id}/addresses/{address_id}", paginated: false },
      delete: { method: "DELETE", path: "/api/v1/customers/{customer_id}/addresses/{address_id}", paginated: false }
    },
    orders: {
      list: { method: "GET", path: "/api/v1/customers/{customer_id}/orders", paginated: true }
    }
  },
  people: {
    findByDocument: { method: "GET", path: "/api/v1/people/by-document/{type}/{number}", paginated: false },
    erase: { method: "POST", path: "/api/v1/people/{person_id}/erase", paginated: false },
    documents: {
      list: { method: "GET", path: "/api/v1/people/{person_id}/documents", paginated: true },
      create: { method: "POST", path: "/api/v1/people/{person_id}/documents", paginated: false },
      delete: { method: "DELETE", path: "/api/v1/people/{person_id}/documents/{document_id}", paginated: false }
    },
    consents: {
      list: { method: "GET", path: "/api/v1/people/{person_id}/consents", paginated: false },
      record: { method: "PUT", path: "/api/v1/people/{person_id}/consents/{purpose}", paginated: false }
    },
    exports: {
      create: { method: "POST", path: "/api/v1/people/{person_id}/exports", paginated: false },
      get: { method: "GET", path: "/api/v1/people/{person_id}/exports/{export_id}", paginated: false }
    }
  },
  orders: {
    list: { method: "GET", path: "/api/v1/orders", paginated: true },
    create: { method: "POST", path: "/api/v1/orders", paginated: false },
    get: { method: "GET", path: "/api/v1/orders/{order_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/orders/{order_id}", paginated: false },
    ship: { method: "POST", path: "/api/v1/orders/{order_id}/ship", paginated: false },
    deliver: { method: "POST", path: "/api/v1/orders/{order_id}/deliver", paginated: false },
    submit: { method: "POST", path: "/api/v1/orders/{order_id}/submit", paginated: false },
    cancel: { method: "POST", path: "/api/v1/orders/{order_id}/cancel", paginated: false },
    checkout: {
      get: { method: "GET", path: "/api/v1/orders/{order_id}/checkout", paginated: false }
    },
    payments: {
      list: { method: "GET", path: "/api/v1/orders/{order_id}/payments", paginated: true },
      register: { method: "POST", path: "/api/v1/orders/{order_id}/payments", paginated: false }
    },
    balance: {
      get: { method: "GET", path: "/api/v1/orders/{order_id}/balance", paginated: false }
    },
    paymentIntent: {
      get: { method: "GET", path: "/api/v1/orders/{order_id}/payment-intent", paginated: false }
    }
  },
  webhooks: {
    receiveStripe: { method: "POST", path: "/api/v1/webhooks/stripe", paginated: false },
    receiveChannel: { method: "POST", path: "/api/v1/webhooks/{provider}/{channel_id}", paginated: false },
    meta: {
      verify: { method: "GET", path: "/api/v1/webhooks/meta/{channel_id}", paginated: false }
    }
  },
  payments: {
    get: { method: "GET", path: "/api/v1/payments/{payment_id}", paginated: false },
    void: { method: "POST", path: "/api/v1/payments/{payment_id}/void", paginated: false },
    refund: { method: "POST", path: "/api/v1/payments/{payment_id}/refund", paginated: false },
    attachReceipt: { method: "POST", path: "/api/v1/payments/{payment_id}/attachments", paginated: false }
  },
  files: {
    download: { method: "GET", path: "/files/{*}", paginated: false }
  },
  patients: {
    list: { method: "GET", path: "/api/v1/patients", paginated: true },
    create: { method: "POST", path: "/api/v1/patients", paginated: false },
    get: { method: "GET", path: "/api/v1/patients/{patient_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/patients/{patient_id}", paginated: false },
    notes: {
      list: { method: "GET", path: "/api/v1/patients/{patient_id}/notes", paginated: true },
      create: { method: "POST", path: "/api/v1/patients/{patient_id}/notes", paginated: false }
    },
    attachments: {
      list: { method: "GET", path: "/api/v1/patients/{patient_id}/attachments", paginated: true },
      attachFile: { method: "POST", path: "/api/v1/patients/{patient_id}/attachments", paginated: false }
    },
    balance: {
      get: { method: "GET", path: "/api/v1/patients/{patient_id}/balance", paginated: false }
    },
    summary: {
      get: { method: "GET", path: "/api/v1/patients/{patient_id}/summary", paginated: false }
    },
    timeline: {
      get: { method: "GET", path: "/api/v1/patients/{patient_id}/timeline", paginated: true }
    },
    billingTimeline: {
      get: { method: "GET", path: "/api/v1/patients/{patient_id}/billing-timeline", paginated: true }
    }
  },
  webhookEndpoints: {
    list: { method: "GET", path: "/api/v1/webhook-endpoints", paginated: true },
    create: { method: "POST", path: "/api/v1/webhook-endpoints", paginated: false },
    get: { method: "GET", path: "/api/v1/webhook-endpoints/{endpoint_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/webhook-endpoints/{endpoint_id}", paginated: false },
    delete: { method: "DELETE", path: "/api/v1/webhook-endpoints/{endpoint_id}", paginated: false },
    rotateSecret: { method: "POST", path: "/api/v1/webhook-endpoints/{endpoint_id}/rotate-secret", paginated: false },
    ping: { method: "POST", path: "/api/v1/webhook-endpoints/{endpoint_id}/ping", paginated: false },
    deliveries: {
      list: { method: "GET", path: "/api/v1/webhook-endpoints/{endpoint_id}/deliveries", paginated: true }
    }
  },
  webhookDeliveries: {
    get: { method: "GET", path: "/api/v1/webhook-deliveries/{delivery_id}", paginated: false },
    redeliver: { method: "POST", path: "/api/v1/webhook-deliveries/{delivery_id}/redeliver", paginated: false }
  },
  clinicalCatalogs: {
    entries: {
      list: { method: "GET", path: "/api/v1/clinical-catalogs/entries", paginated: true },
      create: { method: "POST", path: "/api/v1/clinical-catalogs/entries", paginated: false },
      get: { method: "GET", path: "/api/v1/clinical-catalogs/entries/{entry_id}", paginated: false },
      update: { method: "PATCH", path: "/api/v1/clinical-catalogs/entries/{entry_id}", paginated: false },
      delete: { method: "DELETE", path: "/api/v1/clinical-catalogs/entries/{entry_id}", paginated: false },
      override: {
        put: { method: "PUT", path: "/api/v1/clinical-catalogs/entries/{entry_id}/override", paginated: false },
        delete: { method: "DELETE", path: "/api/v1/clinical-catalogs/entries/{entry_id}/override", paginated: false }
      }
    }
  },
  agenda: {
    professionals: {
      list: { method: "GET", path: "/api/v1/agenda/professionals", paginated: true },
      create: { method: "POST", path: "/api/v1/agenda/professionals", paginated: false },
      get: { method: "GET", path: "/api/v1/agenda/professionals/{professional_id}", paginated: false },
      update: { method: "PATCH", path: "/api/v1/agenda/professionals/{professional_id}", paginated: false }
    },
    resources: {
      list: { method: "GET", path: "/api/v1/agenda/resources", paginated: true },
      create: { method: "POST", path: "/api/v1/agenda/resources", paginated: false },
      get: { method: "GET", path: "/api/v1/agenda/resources/{resource_id}", paginated: false },
      update: { method: "PATCH", path: "/api/v1/agenda/resources/{resource_id}", paginated: false }
    },
    services: {
      list: { method: "GET", path: "/api/v1/agenda/services", paginated: true },
      create: { method: "POST", path: "/api/v1/agenda/services", paginated: false },
      get: { method: "GET", path: "/api/v1/agenda/services/{service_id}", paginated: false },
      update: { method: "PATCH", path: "/api/v1/agenda/services/{service_id}", paginated: false }
    },
    availabilityRules: {
      list: { method: "GET", path: "/api/v1/agenda/availability-rules", paginated: true },
      create: { method: "POST", path: "/api/v1/agenda/availability-rules", paginated: false },
      get: { method: "GET", path: "/api/v1/agenda/availability-rules/{rule_id}", paginated: false },
      delete: { method: "DELETE", path: "/api/v1/agenda/availability-rules/{rule_id}", paginated: false }
    },
    availabilityExceptions: {
      list: { method: "GET", path: "/api/v1/agenda/availability-exceptions", paginated: true },
      create: { method: "POST", path: "/api/v1/agenda/availability-exceptions", paginated: false },
      get: { method: "GET", path: "/api/v1/agenda/availability-exceptions/{exception_id}", paginated: false },
      delete: { method: "DELETE", path: "/api/v1/agenda/availability-exceptions/{exception_id}", paginated: false }
    },
    slots: {
      find: { method: "GET", path: "/api/v1/agenda/slots", paginated: true }
    },
    appointments: {
      list: { method: "GET", path: "/api/v1/agenda/appointments", paginated: true },
      holdSlot: { method: "POST", path: "/api/v1/agenda/appointments", paginated: false },
      get: { method: "GET", path: "/api/v1/agenda/appointments/{appointment_id}", paginated: false },
      book: { method: "POST", path: "/api/v1/agenda/appointments/{appointment_id}/book", paginated: false },
      confirm: { method: "POST", path: "/api/v1/agenda/appointments/{appointment_id}/confirm", paginated: false },
      checkIn: { method: "POST", path: "/api/v1/agenda/appointments/{appointment_id}/check-in", paginated: false },
      start: { method: "POST", path: "/api/v1/agenda/appointments/{appointment_id}/start", paginated: false },
      complete: { method: "POST", path: "/api/v1/agenda/appointments/{appointment_id}/complete", paginated: false },
      cancel: { method: "POST", path: "/api/v1/agenda/appointments/{appointment_id}/cancel", paginated: false },
      markNoShow: { method: "POST", path: "/api/v1/agenda/appointments/{appointment_id}/no-show", paginated: false },
      releaseHold: { method: "POST", path: "/api/v1/agenda/appointments/{appointment_id}/release", paginated: false },
      reschedule: { method: "POST", path: "/api/v1/agenda/appointments/{appointment_id}/reschedule", paginated: false }
    },
    queue: {
      list: { method: "GET", path: "/api/v1/agenda/queue", paginated: true },
      addWalkIn: { method: "POST", path: "/api/v1/agenda/queue", paginated: false },
      callNextIn: { method: "POST", path: "/api/v1/agenda/queue/call-next", paginated: false },
      getEntry: { method: "GET", path: "/api/v1/agenda/queue/{entry_id}", paginated: false },
      callEntry: { method: "POST", path: "/api/v1/agenda/queue/{entry_id}/call", paginated: false },
      startEntry: { method: "POST", path: "/api/v1/agenda/queue/{entry_id}/start", paginated: false },
      finishEntry: { method: "POST", path: "/api/v1/agenda/queue/{entry_id}/finish", paginated: false },
      removeEntry: { method: "POST", path: "/api/v1/agenda/queue/{entry_id}/remove", paginated: false }
    },
    appointmentSeries: {
      book: { method: "POST", path: "/api/v1/agenda/appointment-series", paginated: false },
      get: { method: "GET", path: "/api/v1/agenda/appointment-series/{series_id}", paginated: false },
      cancel: { method: "POST", path: "/api/v1/agenda/appointment-series/{series_id}/cancel", paginated: false }
    },
    settings: {
      get: { method: "GET", path: "/api/v1/agenda/settings", paginated: false },
      put: { method: "PUT", path: "/api/v1/agenda/settings", paginated: false }
    }
  },
  invoices: {
    list: { method: "GET", path: "/api/v1/invoices", paginated: true },
    create: { method: "POST", path: "/api/v1/invoices", paginated: false },
    get: { method: "GET", path: "/api/v1/invoices/{invoice_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/invoices/{invoice_id}", paginated: false },
    issue: { method: "POST", path: "/api/v1/invoices/{invoice_id}/issue", paginated: false },
    void: { method: "POST", path: "/api/v1/invoices/{invoice_id}/void", paginated: false },
    payments: {
      list: { method: "GET", path: "/api/v1/invoices/{invoice_id}/payments", paginated: true },
      register: { method: "POST", path: "/api/v1/invoices/{invoice_id}/payments", paginated: false },
      reverse: { method: "POST", path: "/api/v1/invoices/{invoice_id}/payments/{payment_id}/reverse", paginated: false }
    }
  },
  billing: {
    settings: {
      get: { method: "GET", path: "/api/v1/billing/settings", paginated: false },
      put: { method: "PUT", path: "/api/v1/billing/settings", paginated: false }
    }
  },
  billingTimeline: {
    getWorkspace: { method: "GET", path: "/api/v1/billing-timeline", paginated: true }
  },
  channels: {
    list: { method: "GET", path: "/api/v1/channels", paginated: true },
    create: { method: "POST", path: "/api/v1/channels", paginated: false },
    get: { method: "GET", path: "/api/v1/channels/{channel_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/channels/{channel_id}", paginated: false },
    simulator: {
      sendSimulatedMessage: { method: "POST", path: "/api/v1/channels/{channel_id}/simulator/messages", paginated: false }
    }
  },
  conversations: {
    list: { method: "GET", path: "/api/v1/conversations", paginated: true },
    get: { method: "GET", path: "/api/v1/conversations/{conversation_id}", paginated: false },
    update: { method: "PATCH", path: "/api/v1/conversations/{conversation_id}", paginated: false },
    uploadFile: { method: "POST", path: "/api/v1/conversations/{conversation_id}/files", paginated: false },
    requestHandoff: { method: "POST", path: "/api/v1/conversations/{conversation_id}/handoff", paginated: false },
    takeOver: { method: "POST", path: "/api/v1/conversations/{conversation_id}/take-over", paginated: false },
    returnToAgent: { method: "POST", path: "/api/v1/conversations/{conversation_id}/return-to-agent", paginated: false },
    messages: {
      list: { method: "GET", path: "/api/v1/conversations/{conversation_id}/messages", paginated: true },
      send: { method: "POST", path: "/api/v1/conversations/{conversation_id}/messages", paginated: false }
    },
    handoffs: {
      list: { method: "GET", path: "/api/v1/conversations/{conversation_id}/handoffs", paginated: true }
    },
    agentSession: {
      get: { method: "GET", path: "/api/v1/conversations/{conversation_id}/agent-session", paginated: false }
    }
  },
  notifications: {
    list: { method: "GET", path: "/api/v1/notifications", paginated: true },
    read: { method: "POST", path: "/api/v1/notifications/{notification_id}/read", paginated: false },
    readAll: { method: "POST", path: "/api/v1/notifications/read-all", paginated: false },
    unreadCount: {
      get: { method: "GET", path: "/api/v1/notifications/unread-count", paginated: false }
    },
    settings: {
      get: { method: "GET", path: "/api/v1/notifications/settings", paginated: false },
      put: { method: "PUT", path: "/api/v1/notifications/settings", paginated: false }
    },
    preferences: {
      get: { method: "GET", path: "/api/v1/notifications/preferences", paginated: false },
      put: { method: "PUT", path: "/api/v1/notifications/preferences", paginated: false }
    }
  },
  agent: {
    tools: {
      list: { method: "GET", path: "/api/v1/agent/tools", paginated: true }
    },
    settings: {
      get: { method: "GET", path: "/api/v1/agent/settings", paginated: false },
      put: { method: "PUT", path: "/api/v1/agent/settings", paginated: false }
    },
    usage: {
      get: { method: "GET", path: "/api/v1/agent/usage", paginated: false }
    }
  },
  audit: {
    listEntries: { method: "GET", path: "/api/v1/audit", paginated: true },
    verify: {
      verifyChain: { method: "GET", path: "/api/v1/audit/verify", paginated: false }
    },
    exports: {
      create: { method: "POST", path: "/api/v1/audit/exports", paginated: false },
      get: { method: "GET", path: "/api/v1/audit/exports/{export_id}", paginated: false }
    }
  },
  retention: {
    get: { method: "GET", path: "/api/v1/retention", paginated: false },
    set: { method: "PUT", path: "/api/v1/retention", paginated: false }
  }
};

// packages/client/src/resource.ts
var isOperationSpec = (value) => typeof value.method === "string" && typeof value.path === "string";

// packages/client/src/errors.ts
var NexovaError = class extends Error {
  name = "NexovaError";
  status;
  code;
  title;
  detail;
  errors;
  requestId;
  /** The parsed body as the server sent it. */
  body;
  constructor(status, body, cause) {
    const problem = body && typeof body === "object" ? body : {};
    const text = (key) => typeof problem[key] === "string" ? problem[key] : void 0;
    const detail = text("detail");
    const title = text("title");
    super(detail ?? title ?? `HTTP ${status}`, cause === void 0 ? void 0 : { cause });
    this.status = status;
    this.code = text("code") ?? (status === 0 ? "network_error" : `http_${status}`);
    this.title = title;
    this.detail = detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.requestId = text("request_id") ?? text("requestId");
    this.body = body;
  }
};

// packages/client/src/transport.ts
var REFRESH_PATH = "/api/v1/auth/refresh";
var Transport = class _Transport {
  constructor(options, session) {
    this.options = options;
    this.session = session;
  }
  async request(method, template, input = {}) {
    const url = this.url(template, input);
    const headers = { accept: "application/json", ...this.options.headers };
    if (this.options.workspaceId) headers["x-workspace-id"] = this.options.workspaceId;
    let body;
    if (input.body !== void 0) {
      if (isRaw(input.body)) body = input.body;
      else {
        body = JSON.stringify(input.body);
        headers["content-type"] = "application/json";
      }
    }
    if (method === "POST") headers["idempotency-key"] = input.idempotencyKey ?? globalThis.crypto.randomUUID();
    Object.assign(headers, input.headers);
    const retries = this.options.retries ?? 3;
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const credential = this.credential();
      if (credential) headers.authorization = `Bearer ${credential}`;
      let response;
      try {
        response = await this.fetch(url, { method, headers, body, signal: input.signal ?? null });
      } catch (error) {
        if (input.signal?.aborted || attempt >= retries) throw new NexovaError(0, void 0, error);
        await this.wait(this.backoff(attempt), input.signal);
        continue;
      }
      if ((response.status === 503 || response.status === 429) && attempt < retries) {
        await response.body?.cancel();
        await this.wait(this.retryAfter(response) ?? this.backoff(attempt), input.signal);
        continue;
      }
      const payload = await parse(response);
      if (response.ok) return payload;
      if (response.status === 401 && !refreshed && mustRefresh(payload) && this.session.tokens?.refresh_token) {
        refreshed = true;
        await this.refresh();
        attempt--;
        continue;
      }
      throw new NexovaError(response.status, payload);
    }
  }
  /** Exchanges the refresh token for a new pair; concurrent callers share one exchange. */
  refresh() {
    this.session.refreshing ??= (async () => {
      const refreshToken = this.session.tokens?.refresh_token;
      if (!refreshToken) throw new NexovaError(401, { code: "invalid_token", detail: "No refresh token." });
      const pair = await this.post(REFRESH_PATH, { refresh_token: refreshToken, refreshToken });
      this.setTokens(pair);
    })().finally(() => {
      this.session.refreshing = void 0;
    });
    return this.session.refreshing;
  }
  /** A POST without credentials, workspace or refresh (sign-in and refresh themselves). */
  post(path, body) {
    const anonymous = new _Transport({ ...this.options, apiKey: void 0, workspaceId: void 0 }, {});
    return anonymous.request("POST", path, { body });
  }
  setTokens(raw) {
    const tokens = normalizeTokens(raw);
    this.session.tokens = tokens;
    this.options.onTokens?.(tokens);
    return tokens;
  }
  credential() {
    return this.options.apiKey ?? this.session.tokens?.access_token;
  }
  fetch(url, init) {
    return (this.options.fetch ?? globalThis.fetch)(url, init);
  }
  url(template, input) {
    const path = template.replace(/\{([^}]+)\}/g, (_, name) => {
      const value = input.path?.[name];
      if (value === void 0 || value === null)
        throw new TypeError(`Missing path parameter "${name}" for ${template}`);
      return name === "*" ? encodeURI(String(value)) : encodeURIComponent(String(value));
    });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(input.query ?? {})) {
      if (value === void 0 || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
    }
    const query = search.toString();
    return `${this.options.baseUrl.replace(/\/+$/, "")}${path}${query ? `?${query}` : ""}`;
  }
  backoff(attempt) {
    return (this.options.retryDelayMs ?? 300) * 2 ** attempt;
  }
  /** `Retry-After` in seconds or as an HTTP date, in milliseconds. */
  retryAfter(response) {
    const header = response.headers.get("retry-after");
    if (!header) return void 0;
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(header) - Date.now();
    return Number.isFinite(ms) ? Math.max(0, ms) : void 0;
  }
  wait(ms, signal) {
    const delay = Math.min(ms, this.options.maxRetryDelayMs ?? 3e4);
    if (delay <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, delay);
      signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  }
};
function isRaw(body) {
  return typeof body === "string" || body instanceof ArrayBuffer || ArrayBuffer.isView(body) || typeof Blob !== "undefined" && body instanceof Blob || typeof FormData !== "undefined" && body instanceof FormData || body instanceof URLSearchParams;
}
async function parse(response) {
  if (response.status === 204) return void 0;
  const text = await response.text();
  if (!text) return void 0;
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
function mustRefresh(body) {
  if (!body || typeof body !== "object") return false;
  const problem = body;
  return problem.code === "token_expired" || problem.refresh === true;
}
function normalizeTokens(raw) {
  const body = raw ?? {};
  const access = body.access_token ?? body.accessToken;
  const refresh = body.refresh_token ?? body.refreshToken;
  const expires = body.expires_in ?? body.expiresIn;
  if (typeof access !== "string")
    throw new NexovaError(0, { code: "invalid_response", detail: "No access token in the answer." });
  return {
    access_token: access,
    ...typeof refresh === "string" ? { refresh_token: refresh } : {},
    ...typeof expires === "number" ? { expires_in: expires } : {}
  };
}

// packages/client/src/client.ts
async function* paginate(list, input = {}) {
  let cursor = input.query?.cursor;
  for (; ; ) {
    const page = await list({ ...input, query: { ...input.query, cursor } });
    for (const item of page.items ?? []) yield item;
    if (!page.next_cursor) return;
    cursor = page.next_cursor;
  }
}
function createClient(options) {
  const session = options.tokens ? { tokens: options.tokens } : {};
  return build(options, session);
}
function build(options, session) {
  const transport = new Transport(options, session);
  const client = {
    signIn: async (credentials) => transport.setTokens(await transport.post("/api/v1/auth/login", credentials)),
    withWorkspace: (workspaceId) => build({ ...options, workspaceId }, session),
    request: (method, path, input) => transport.request(method, path, input),
    paginate: (path, input) => paginate((page) => transport.request("GET", path, page), input)
  };
  Object.defineProperty(client, "tokens", { get: () => session.tokens, enumerable: true });
  const bind = (table) => {
    const resource = {};
    for (const [name, entry] of Object.entries(table)) {
      if (!isOperationSpec(entry)) {
        resource[name] = bind(entry);
        continue;
      }
      const call = (input) => transport.request(entry.method, entry.path, input);
      resource[name] = call;
      if (entry.paginated) resource[`${name}All`] = (input) => paginate(call, input);
    }
    return resource;
  };
  Object.assign(client, bind(resources));
  return client;
}
