// Generated from openapi.json by `npm run generate`. Do not edit.
export interface paths {
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API contract (OpenAPI 3.1) */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (behind Authorization: Bearer <METRICS_TOKEN> when one is configured) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database is reachable and migrated, dependencies answer */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys for access tokens (JWKS) */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in and get tokens */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new pair (single use; reuse revokes the session) */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session of a refresh token */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password-reset link (always 202) */
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset token */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (ends every other session) */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys, newest first */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key (the secret is shown once) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An API key (never its secret) */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every permission the code declares, by name */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My workspaces, oldest first */
        get: operations["listWorkspaces"];
        put?: never;
        /** Create a workspace (you become its Owner); without slug, one is made from the name */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A workspace */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        /** Delete a workspace (soft; Owners only) */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        /** Rename a workspace or change its settings */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List roles (default roles first, Owner and Admin leading) */
        get: operations["listRoles"];
        put?: never;
        /** Create a custom role */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A role */
        get: operations["getRole"];
        put?: never;
        post?: never;
        /** Delete an unused custom role */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /** Edit a role (system roles refuse) */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List members, oldest first */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member and their role */
        get: operations["getMember"];
        put?: never;
        post?: never;
        /** Remove a member */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /** Change a member's role or suspend/reactivate */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invitations not withdrawn, newest first */
        get: operations["listInvitations"];
        put?: never;
        /** Invite someone by email */
        post: operations["inviteMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invitation (not withdrawn) */
        get: operations["getInvitation"];
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation (as the invited email) */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search products */
        get: operations["listProducts"];
        put?: never;
        /** Create a product with its variants */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product with its variants */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /** Soft-delete a product and its variants */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        /** Update a product */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/v1/products/{product_id}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a variant
         * @description Answers the whole product; `Location` names the new variant.
         */
        post: operations["createProductVariant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{product_id}/variants/{variant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a variant (soft delete; its SKU is free again) */
        delete: operations["deleteProductVariant"];
        options?: never;
        head?: never;
        /** Change a variant (SKU, options, price) */
        patch: operations["updateProductVariant"];
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Product categories, by name */
        get: operations["listCategories"];
        put?: never;
        /** Create a category */
        post: operations["createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{category_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product category */
        get: operations["getCategory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import products from a CSV or XLSX file (the raw file is the body)
         * @description Send the file as the body with Content-Type text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (first sheet). The first line names the columns, in any order and case.
         *
         *     - **name**, **sku** (required).
         *     - **price_minor**: the price in integer minor units, as everywhere in the API (`1990` = R$ 19,90). For spreadsheets, **price** may be given instead: an amount the way a person writes it, in MAJOR units with at most the currency's ISO 4217 decimals — `19.90` or `19,90` (BRL, 2) is stored as 1990; `1500` (CLP or JPY, 0) as 1500; `1.234` (KWD, 3) as 1234. More decimals than the currency has reject the row naming `price`. No thousands separators, no currency symbol; the conversion is exact (decimal strings, never floating point). One of the two columns is required; a row that fills both (a sheet exported with both columns) must give the same price in each, else it is rejected naming `price`.
         *     - **currency** (optional): the row's ISO 4217 code; empty means the `currency` query parameter, else the workspace `default_currency`. Rows of one product share one currency.
         *     - **stock** (optional): units on hand for the new variant, a whole number ≥ 0; recorded as a stock movement with reason `import`. Empty means 0.
         *     - **description**, **category** (created when new), **status** (`draft`, `active`, `archived`; default `active`), **options** (`size=M; colour=red`).
         *
         *
         *     Example:
         *     ```csv
         *     name,sku,price_minor,currency,stock,options,category
         *     Camiseta básica,TSHIRT-RED-M,1990,BRL,12,size=M; colour=red,Camisetas
         *     Camiseta básica,TSHIRT-RED-L,2190,BRL,5,size=L; colour=red,Camisetas
         *     ```
         *
         *     Rows sharing a name become variants of one product. CSV may use `,` or `;`. Answers 202 with a job to poll at `Location`; every rejected row is reported with its file `line` (1-based, the header is line 1) and its `column`.
         */
        post: operations["importProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/import/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and report of a product import */
        get: operations["getProductImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current stock levels
         * @description Each row carries the variant's SKU, product name and variant name next to its id.
         */
        get: operations["listStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust on-hand stock with a reason */
        post: operations["adjustStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/{variant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock level of one variant */
        get: operations["getStockLevel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set the low-stock threshold of a variant */
        patch: operations["setLowStockThreshold"];
        trace?: never;
    };
    "/api/v1/stock/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock movements, newest first */
        get: operations["listStockMovements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reserve stock for all lines or none */
        post: operations["reserveStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a reservation (idempotent) */
        post: operations["releaseStockReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/reservations/{reservation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reservation and its lines */
        get: operations["getStockReservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search customers */
        get: operations["listCustomers"];
        put?: never;
        /** Create a customer */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/by-phone/{phone}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a customer by phone (any spelling) */
        get: operations["findCustomerByPhone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer with addresses and notes */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /** Soft-delete a customer */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /** Update a customer */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/api/v1/customers/{customer_id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a note to a customer
         * @description Notes show on the customer; `Location` is the customer.
         */
        post: operations["createCustomerNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate into this customer */
        post: operations["mergeCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_id}/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a delivery address to a customer
         * @description A customer's first address is its default; `is_default: true` moves the default to this one.
         */
        post: operations["createCustomerAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_id}/addresses/{address_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery address of a customer */
        get: operations["getCustomerAddress"];
        put?: never;
        post?: never;
        /**
         * Remove a delivery address
         * @description When it was the default, the most recently added remaining address becomes the default.
         */
        delete: operations["deleteCustomerAddress"];
        options?: never;
        head?: never;
        /** Change a delivery address or make it the default */
        patch: operations["updateCustomerAddress"];
        trace?: never;
    };
    "/api/v1/people/by-document/{type}/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the person holding an identity document
         * @description Exact match on the normalised number; 400 when it fails its check digits, 404 when nobody has it.
         */
        get: operations["findPersonByDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{person_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's identity documents */
        get: operations["listPersonDocuments"];
        put?: never;
        /**
         * Add an identity document to a person
         * @description Checked by its check digits (400 naming /number); 409 `document_taken` with `existing_id` when a person of the workspace already has it.
         */
        post: operations["createPersonDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{person_id}/documents/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an identity document from a person */
        delete: operations["deletePersonDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders (filter by status, customer, number, creation range)
         * @description Newest first. Statuses: draft (editable), pending (submitted: POST /orders/{order_id}/submit, awaiting stock and payment), confirmed (paid), shipped, delivered, canceled.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Create an order (draft)
         * @description The order gets the next human number of its workspace (`number`, #1042). 201 with Location.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order with its status history */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft order */
        patch: operations["updateOrder"];
        trace?: never;
    };
    "/api/v1/orders/{order_id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a confirmed (paid) order shipped (commits its stock) */
        post: operations["shipOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an order delivered */
        post: operations["deliverOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's order history, newest first */
        get: operations["listCustomerOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order's checkout saga: its state, every step, and the payment it asked for
         * @description POST /orders/{order_id}/submit starts it (202; the order is `pending`). States: started → stock_reserved → payment_pending → completed (the order is `confirmed`: paid), or stock_failed (order back to draft; `short_lines` names each line that was short, with requested and available), payment_overdue (the deadline passed while the order holds money: staff decide), payment_failed, canceled, timed_out (order canceled, stock released, payment canceled or refunded). Every move is a checkout.saga.<state> event. Waiting for it to finish: `?wait=10` long-polls (answers as soon as the state changes, or after 10 s with the current state; send the ETag you hold as If-None-Match to wait for a version after it), or follow `checkout.saga.*` on the realtime feed (GET /api/v1/ws). Too many open waits on one server: 503 `checkout_wait_busy` with Retry-After.
         */
        get: operations["getOrderCheckout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft order for checkout (it becomes pending; paid later makes it confirmed)
         * @description Submits a draft for checkout; it does not mean paid. It answers 202 with the order now `pending`, publishes `orders.order.submitted` and starts the checkout saga in the same commit: GET /orders/{order_id}/checkout answers at once (`started`; events `checkout.saga.*`). The saga then holds its stock (all or nothing) and asks for its payment. When the order is paid off the saga commits the stock and the order becomes `confirmed` (`orders.order.confirmed`: confirmed means paid). Stock that runs out meanwhile sends it back to `draft` (`orders.order.reopened`); a failed payment, or no payment before the deadline, ends it `canceled` (an order already holding some money is not canceled: the saga becomes payment_overdue and staff decide). Statuses: draft (editable) → pending (submitted, awaiting stock and payment) → confirmed (paid) → shipped → delivered; canceled. 422 order_stock_unavailable names each line short now (sku, requested, available).
         */
        post: operations["submitOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order that holds no money (a running checkout is compensated; stock comes back)
         * @description An order with registered payments is not canceled (409 order_has_payments, listing them): refund (money given back) or void (recorded by mistake) each one first — POST /payments/{payment_id}/refund or /void — then cancel. A payment only asked for (a manual request, a Stripe PaymentIntent not yet succeeded) is canceled with the order by the checkout saga, at Stripe too. Canceling a confirmed order returns its committed stock on hand (a `return` movement, reason order_canceled), once.
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe webhook: PaymentIntent outcomes
         * @description Called by Stripe, not by clients. The Stripe-Signature header is verified on the raw body with the endpoint secret (STRIPE_WEBHOOK_SECRET) and a timestamp tolerance (STRIPE_WEBHOOK_TOLERANCE_SECONDS): a bad or stale signature answers 400 problem+json. Each Stripe event id is handled once: redeliveries answer 200 with outcome `duplicate`. Intent statuses only move forward (a failure after a success is `stale`). Other event types and unknown PaymentIntents answer 200 `ignored`. A success registers a payment of method `stripe`; one that would overpay the order or lands on a canceled order is still recorded and flagged with `review_reason`. 503 while STRIPE_WEBHOOK_SECRET is unset (Stripe retries).
         */
        post: operations["receiveStripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order's payments, oldest first
         * @description What the order still owes: GET /orders/{order_id}/balance.
         */
        get: operations["listOrderPayments"];
        put?: never;
        /**
         * Register a payment (partial allowed; never above the balance)
         * @description 201 with Location: the new payment (GET /payments/{payment_id}).
         */
        post: operations["registerOrderPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's total, paid amount, balance and paid status */
        get: operations["getOrderBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/payment-intent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order's payment intent (provider, status, Stripe client secret)
         * @description 404 until the order has requested its payment (the checkout saga does when the order is confirmed).
         */
        get: operations["getOrderPaymentIntent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment with its receipts */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{payment_id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a payment registered by mistake */
        post: operations["voidPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{payment_id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a payment in full
         * @description Cash, transfer, card: recorded at once (200 `refunded`). Stripe: 202 `refund_requested` — the refund is recorded and committed with this answer, then sent to Stripe right after it (never inside a transaction) with an idempotency key derived from the payment; payments.payment.refunded (and GET /payments/{payment_id}: `refunded`) tells when Stripe refunded it. When Stripe cannot be reached the Stripe submitter workers retry with the same key; when Stripe refuses it the payment is registered again. Asking again while it is refund_requested answers the same 202.
         */
        post: operations["refundPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{payment_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a receipt (JPEG, PNG, WebP or PDF)
         * @description multipart/form-data with one file part (any field name). Up to RECEIPT_MAX_BYTES (10485760 bytes here; 413 above); the type is decided by the content (415 otherwise); a malformed multipart body answers 400. The Idempotency-Key covers the file's digest and the fields: the same key with another file answers 422. 201 with Location: the signed, expiring URL of the stored file.
         */
        post: operations["attachPaymentReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file through a signed, expiring URL
         * @description The URL comes from the API (e.g. a payment receipt); 403 when expired or tampered with.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search patients */
        get: operations["listPatients"];
        put?: never;
        /**
         * Open a patient record
         * @description For an existing person (`person_id`) or a new one (`person`). 409 `patient_exists` when the person already is a patient, `document_taken` / `customer_phone_taken` naming the existing person.
         */
        post: operations["createPatient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patient_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient with its person and clinical profile */
        get: operations["getPatient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a patient's clinical profile
         * @description Lists (allergies, conditions, alert_flags) are replaced whole. Name, phone and documents: /customers, /people.
         */
        patch: operations["updatePatient"];
        trace?: never;
    };
    "/api/v1/patients/{patient_id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient's notes, newest first */
        get: operations["listPatientNotes"];
        put?: never;
        /**
         * Add a clinical note (signed by the caller)
         * @description `Location` is the list of the patient’s notes.
         */
        post: operations["createPatientNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patient_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient's attachments, newest first, with signed URLs */
        get: operations["listPatientAttachments"];
        put?: never;
        /**
         * Attach a file to a patient (JPEG, PNG, WebP or PDF)
         * @description multipart/form-data with one file part (any field name). Up to PATIENT_ATTACHMENT_MAX_BYTES (10485760 bytes here; 413 above); the type is decided by the content (415 otherwise). 201 with Location: the signed, expiring URL of the stored file.
         */
        post: operations["attachPatientFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Create a webhook endpoint (its signing secret is in this answer only) */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint (without its secret) */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Edit a webhook endpoint; enable or disable it */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{endpoint_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an endpoint a new signing secret (shown in this answer only)
         * @description The previous secret keeps signing for `overlap_seconds` (default and maximum WEBHOOKS_SECRET_OVERLAP_SECONDS): meanwhile every delivery carries two signatures in `webhook-signature`, so the receiver can switch secrets without rejecting any.
         */
        post: operations["rotateWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{endpoint_id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test delivery (webhooks.endpoint.ping) to an endpoint
         * @description Answers 202 with the recorded delivery; the workers send it within WEBHOOKS_SEND_INTERVAL_MS, even to a disabled endpoint. One attempt, never retried: follow `Location` to see what the endpoint answered.
         */
        post: operations["pingWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{endpoint_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An endpoint's delivery log, newest first */
        get: operations["listWebhookEndpointDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delivery with its body and every attempt */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again (same webhook-id and body)
         * @description Answers 202 with the delivery back in `pending`; the workers send it within WEBHOOKS_SEND_INTERVAL_MS and, if it fails, retry it for a new WEBHOOKS_RETRY_WINDOW_HOURS. 409 webhook_endpoint_disabled while its endpoint is disabled.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clinical-catalogs/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search a clinical catalog as the workspace sees it
         * @description Global entries merged with the workspace’s overrides, plus its own entries, ordered by name in the caller’s locale (Accept-Language, else the workspace’s; then es → pt-BR → en).
         */
        get: operations["listClinicalCatalogEntries"];
        put?: never;
        /** Add an entry of the workspace’s own to a catalog */
        post: operations["createClinicalCatalogEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clinical-catalogs/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One catalog entry as the workspace sees it */
        get: operations["getClinicalCatalogEntry"];
        put?: never;
        post?: never;
        /**
         * Delete one of the workspace’s own entries
         * @description Global entries answer 409 `clinical_catalog_entry_global`: hide them with PUT …/override.
         */
        delete: operations["deleteClinicalCatalogEntry"];
        options?: never;
        head?: never;
        /**
         * Change one of the workspace’s own entries
         * @description Global entries answer 409 `clinical_catalog_entry_global`: use PUT …/override.
         */
        patch: operations["updateClinicalCatalogEntry"];
        trace?: never;
    };
    "/api/v1/clinical-catalogs/entries/{entry_id}/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the workspace’s override of a global entry
         * @description Replaces the override whole. Each field left out or null follows the global entry, including its later changes. If-Match takes the entry’s ETag.
         */
        put: operations["putClinicalCatalogOverride"];
        post?: never;
        /** Drop the workspace’s override: the entry follows the global one again */
        delete: operations["deleteClinicalCatalogOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/clinical-catalogs/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a global catalog entry (platform administrators)
         * @description Every workspace sees the change, except in the fields its override sets. The answer shows the entry without any override.
         */
        patch: operations["updateGlobalClinicalCatalogEntry"];
        trace?: never;
    };
    "/api/v1/agenda/professionals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List professionals */
        get: operations["listProfessionals"];
        put?: never;
        /** Create a professional profile */
        post: operations["createProfessional"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/professionals/{professional_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A professional */
        get: operations["getProfessional"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit or deactivate a professional */
        patch: operations["updateProfessional"];
        trace?: never;
    };
    "/api/v1/agenda/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List rooms and resources */
        get: operations["listResources"];
        put?: never;
        /** Create a room or resource */
        post: operations["createResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/resources/{resource_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A room or resource */
        get: operations["getResource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit or deactivate a room or resource */
        patch: operations["updateResource"];
        trace?: never;
    };
    "/api/v1/agenda/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List services */
        get: operations["listServices"];
        put?: never;
        /**
         * Create a bookable service
         * @description Every professional and resource it names must exist (400 naming the unknown ones). From a procedure of the clinical catalog (`catalog_entry_id`), name and duration default to the entry as this workspace sees it.
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit or deactivate a service */
        patch: operations["updateService"];
        trace?: never;
    };
    "/api/v1/agenda/availability-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The weekly rules of a professional or resource */
        get: operations["listAvailabilityRules"];
        put?: never;
        /**
         * Open a professional or resource weekly
         * @description Wall times in the workspace's time zone: the same local hours across DST changes.
         */
        post: operations["createAvailabilityRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/availability-rules/{rule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A weekly rule */
        get: operations["getAvailabilityRule"];
        put?: never;
        post?: never;
        /** Remove a weekly rule */
        delete: operations["deleteAvailabilityRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/availability-exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Availability exceptions */
        get: operations["listAvailabilityExceptions"];
        put?: never;
        /**
         * Close (holiday, absence) or open (extra hours) a time range
         * @description Without owner it closes or opens the whole workspace.
         */
        post: operations["createAvailabilityException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/availability-exceptions/{exception_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An availability exception */
        get: operations["getAvailabilityException"];
        put?: never;
        post?: never;
        /** Remove an exception */
        delete: operations["deleteAvailabilityException"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free slots of a service (a professional and a room together)
         * @description Honours weekly rules in the workspace time zone, exceptions, appointments and live holds. The range is at most AGENDA_SLOT_RANGE_MAX_DAYS days; slots start no earlier than now.
         */
        get: operations["findSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agenda, by start time */
        get: operations["listAppointments"];
        put?: never;
        /**
         * Hold a slot (held until expires_at)
         * @description Creates a `held` appointment; book it before expires_at or it frees itself. 409 `slot_taken` names the appointment that already holds an overlapping time of the professional or the room.
         */
        post: operations["holdSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments/{appointment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An appointment with its history */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments/{appointment_id}/book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a held slot for a patient (held → booked)
         * @description 409 `appointment_status_conflict` lists `allowed_actions` when the status does not allow it.
         */
        post: operations["bookAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments/{appointment_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The patient confirmed (booked → confirmed)
         * @description 409 `appointment_status_conflict` lists `allowed_actions` when the status does not allow it.
         */
        post: operations["confirmAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments/{appointment_id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The patient arrived (→ checked_in)
         * @description 409 `appointment_status_conflict` lists `allowed_actions` when the status does not allow it.
         */
        post: operations["checkInAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments/{appointment_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The professional starts (checked_in → in_service)
         * @description 409 `appointment_status_conflict` lists `allowed_actions` when the status does not allow it.
         */
        post: operations["startAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments/{appointment_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The appointment ended (in_service → completed)
         * @description 409 `appointment_status_conflict` lists `allowed_actions` when the status does not allow it.
         */
        post: operations["completeAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments/{appointment_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an appointment, with the reason
         * @description 409 `appointment_status_conflict` lists `allowed_actions` when the status does not allow it.
         */
        post: operations["cancelAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments/{appointment_id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The patient did not come
         * @description 409 `appointment_status_conflict` lists `allowed_actions` when the status does not allow it.
         */
        post: operations["markAppointmentNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments/{appointment_id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a hold: its slot is free again
         * @description 409 `appointment_status_conflict` lists `allowed_actions` when the status does not allow it.
         */
        post: operations["releaseHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointments/{appointment_id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an appointment to another time
         * @description The old appointment is kept as `rescheduled` (rescheduled_to_id); the answer is the new one (201).
         */
        post: operations["rescheduleAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A day's reception queue with positions and estimated waits
         * @description Join order; position 1 is next. The estimate assumes one patient at a time: the rest of who is in service, everyone called, then the waiting ahead (service durations). Without professional_id or resource_id it is the front desk's queue. Positions and estimates are the whole queue's on every page. Each change is published as an agenda.queue.* event, so /ws streams the queue live.
         */
        get: operations["listQueue"];
        put?: never;
        /**
         * A walk-in joins today’s queue
         * @description A patient without an appointment joins the queue of a professional, else a room, else the front desk (checking an appointment in enqueues it by itself). 409 `queue_full` past AGENDA_QUEUE_MAX. Each change is published as an agenda.queue.* event, so /ws streams the queue live.
         */
        post: operations["addWalkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/queue/call-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call the next waiting patient
         * @description Receptionists calling at once call different patients (the row is taken with SKIP LOCKED). 409 `queue_empty` when nobody is waiting.
         */
        post: operations["callNextInQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/queue/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A queue entry with its position and estimated wait */
        get: operations["getQueueEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/queue/{entry_id}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call this patient (waiting → called)
         * @description 409 `queue_status_conflict` lists `allowed_actions`. An entry of a checked-in appointment moves it too (start → in_service, finish → completed, remove → canceled).
         */
        post: operations["callQueueEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/queue/{entry_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The patient is being seen (→ in_service)
         * @description 409 `queue_status_conflict` lists `allowed_actions`. An entry of a checked-in appointment moves it too (start → in_service, finish → completed, remove → canceled).
         */
        post: operations["startQueueEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/queue/{entry_id}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The patient was seen (in_service → done)
         * @description 409 `queue_status_conflict` lists `allowed_actions`. An entry of a checked-in appointment moves it too (start → in_service, finish → completed, remove → canceled).
         */
        post: operations["finishQueueEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/queue/{entry_id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The patient left the queue (→ left or no_show)
         * @description 409 `queue_status_conflict` lists `allowed_actions`. An entry of a checked-in appointment moves it too (start → in_service, finish → completed, remove → canceled).
         */
        post: operations["removeQueueEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointment-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a recurring series from an RRULE
         * @description Expanded in the workspace time zone (a 09:00 rule stays at 09:00 local across DST). Each occurrence becomes a booked appointment. 409 `series_conflict` lists in `occurrences` each one taken (with the conflicting appointment) or outside opening hours.
         */
        post: operations["bookAppointmentSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointment-series/{series_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A series with its occurrences and their statuses */
        get: operations["getAppointmentSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/appointment-series/{series_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the rest of a series
         * @description Cancels every occurrence starting at or after `from` (default now) that may still be canceled; cancel a single occurrence with cancelAppointment.
         */
        post: operations["cancelAppointmentSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agenda/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's agenda settings (appointment reminders) */
        get: operations["getAgendaSettings"];
        /**
         * Turn appointment reminders on or off and set how long before the start they go out
         * @description Appointments booked from now on follow it. A reminder already scheduled keeps its moment, and is not sent when reminders were turned off meanwhile. `reminder_minutes_before: null` goes back to the default (AGENDA_REMINDER_MINUTES_BEFORE).
         */
        put: operations["putAgendaSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices (filter by patient, status, creation range)
         * @description Newest first. Statuses: draft, issued, partially_paid, paid, void.
         */
        get: operations["listInvoices"];
        put?: never;
        /**
         * Open a draft invoice for a patient
         * @description In the workspace's default currency. Items: a clinical-catalog entry (priced from the effective catalog), an appointment (its service's catalog entry) or free text with its price. Prices are fixed at issue.
         */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice with its items and totals */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft invoice
         * @description 409 `invoice_status_conflict` (with `allowed_actions`) once issued.
         */
        patch: operations["updateInvoice"];
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a draft: fix its prices and tax, give it its number
         * @description Prices come from the effective catalog at this moment; the number is the next of the workspace.
         */
        post: operations["issueInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void an issued or partially paid invoice
         * @description A paid invoice is not voided (409 with `allowed_actions`): reverse its payments first.
         */
        post: operations["voidInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice's payments, oldest first (reversed ones included) */
        get: operations["listInvoicePayments"];
        put?: never;
        /**
         * Register a payment of an issued invoice (partial allowed)
         * @description Methods: cash, transfer, card, pix (with its end-to-end id or txid in `reference`). 422 `payment_exceeds_balance` naming `amount` above the balance. `Location`: the payment (/payments/{payment_id}; attach receipts there).
         */
        post: operations["registerInvoicePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}/payments/{payment_id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void or refund a payment of an invoice
         * @description The invoice moves back (paid → partially_paid / issued). If-Match: the payment’s ETag.
         */
        post: operations["reverseInvoicePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patient_id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A patient's invoiced, paid and balance, per currency
         * @description Over issued, partially paid and paid invoices; drafts and void ones do not count.
         */
        get: operations["getPatientBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's billing settings (tax rate) */
        get: operations["getBillingSettings"];
        /**
         * Set the tax rate
         * @description Drafts use it from their next write and every issue from now on; issued invoices keep theirs.
         */
        put: operations["putBillingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patient_id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A patient's summary: invoices, payments, balance per currency, next appointment, last visit
         * @description Built from events (agenda, billing, clinic merges), so it may lag a write by a moment. Money in integer minor units per currency; balance = invoiced (not void) − paid.
         */
        get: operations["getPatientSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patient_id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A patient's timeline: appointments, queue visits, invoices, payments, record changes and merges
         * @description Every event about the patient, newest first, keyset-paged. Built from events, so it may lag a write by a moment.
         *
         *     Filter with `kind` (kinds or groups) and `occurred_from`/`occurred_to`.
         *
         *     Export: `?format=csv` (or `Accept: text/csv`) streams every matching entry as CSV with headers in the request locale; `?format=json` as a JSON array of the same items a page holds. At most PATIENT_TIMELINE_EXPORT_MAX_ROWS newest entries; `x-export-truncated: true` when more matched.
         */
        get: operations["getPatientTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patient_id}/billing-timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A patient's invoices and payments, newest first, with the running balance per currency
         * @description Issued and voided invoices, registered and reversed payments. `amount_minor` is what each did to the balance (+ invoiced or a payment undone, − paid or an invoice voided); `balance_minor` the balance in that currency right after it. Built from events.
         */
        get: operations["getPatientBillingTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing-timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's invoices and payments, newest first, with its running receivables per currency
         * @description Every patient’s issued and voided invoices, registered and reversed payments, each naming its `patient_id`. `amount_minor` is what the entry did to the balance; `balance_minor` what the workspace is owed in that currency right after it. Built from events.
         */
        get: operations["getWorkspaceBillingTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's channels */
        get: operations["listChannels"];
        put?: never;
        /** Add a WhatsApp channel (its credentials are sealed and never answered) */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A channel (without its credentials) */
        get: operations["getChannel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, disable or enable a channel; replace settings or rotate credentials */
        patch: operations["updateChannel"];
        trace?: never;
    };
    "/api/v1/webhooks/{provider}/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A provider's webhook: inbound messages and delivery/read receipts
         * @description Called by Meta or Infobip, not by clients. Meta: X-Hub-Signature-256 is checked on the raw body with the channel app secret. Infobip: the Authorization header must carry the Basic credentials of its webhook security settings. A bad one answers 401. The raw body is stored and answered 200 at once; a consumer normalises it (text, image, document, audio, location, interactive replies, reactions; receipts move message status). The same body again answers `duplicate`; a message id seen before is stored once.
         */
        post: operations["receiveChannelWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/meta/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meta's subscription check (hub.challenge)
         * @description Meta calls it when the webhook URL is set: answers hub.challenge as text/plain when hub.mode is subscribe and hub.verify_token is the channel verify token; 403 otherwise.
         */
        get: operations["verifyMetaWebhook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inbox: conversations newest first
         * @description Changes stream over /ws as conversations.message.created and conversations.conversation.updated.
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set status (open, pending, resolved), assign to a member, mark read */
        patch: operations["updateConversation"];
        trace?: never;
    };
    "/api/v1/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation's messages, newest first */
        get: operations["listConversationMessages"];
        put?: never;
        /**
         * Reply to the contact (queued; sent by the channel's provider)
         * @description Answers 201 with the message `queued`; the sender delivers it outside the request and its status moves to sent, delivered, read or failed (conversations.message.status_changed). One of text, media (+ text as caption), template or list. On a Meta or Infobip channel, anything but a template to a contact who last wrote more than CONVERSATIONS_SERVICE_WINDOW_HOURS ago answers 409 conversation_window_closed, and a file without NEXOVA_PUBLIC_URL set 409 message_media_unreachable (providers fetch files by link).
         */
        post: operations["sendConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversation_id}/handoff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a human: the conversation waits for a member to take it over
         * @description 409 conversation_handled_by_member when a member already has it, handoff_already_requested when one is waiting. Streams over /ws as conversations.handoff.requested, .taken or .returned with conversations.conversation.updated.
         */
        post: operations["requestConversationHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversation_id}/take-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the conversation over: the agent stops, it is assigned to you
         * @description The agent's queued messages are never sent (canceled). 409 conversation_already_taken when a member already has it; 403 handoff_member_only for an API key. Streams over /ws as conversations.handoff.requested, .taken or .returned with conversations.conversation.updated.
         */
        post: operations["takeOverConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversation_id}/return-to-agent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the conversation back to the agent (or decline a pending request)
         * @description 409 conversation_handled_by_agent when the agent has it and nothing is pending. Streams over /ws as conversations.handoff.requested, .taken or .returned with conversations.conversation.updated.
         */
        post: operations["returnConversationToAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversation_id}/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation's handoff history, newest first */
        get: operations["listConversationHandoffs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{channel_id}/simulator/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write to a simulator channel as a customer would (enters like a provider webhook)
         * @description The message is stored in the webhook inbox and answered 202 at once; the inbound consumer resolves the customer in the people directory and writes the conversation and message, as for Meta and Infobip. Replies sent to the conversation are delivered at once (the simulator delivers to itself). 409 channel_not_simulator for a provider channel, channel_disabled for a disabled one.
         */
        post: operations["sendSimulatedMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's notifications, newest first
         * @description Only the caller's own notifications. Live: /api/v1/ws sends the caller (and only them) `notifications.item.created` and `notifications.item.read` frames carrying their `unread_count`.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of the caller's notifications are unread
         * @description Only the caller's own notifications. Live: /api/v1/ws sends the caller (and only them) `notifications.item.created` and `notifications.item.read` frames carrying their `unread_count`.
         */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{notification_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of the caller’s notifications read
         * @description Marking it again changes nothing. Another member’s notification answers 404.
         */
        post: operations["readNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all the caller's notifications read */
        post: operations["readAllNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which notification kinds go out on which channel in this workspace */
        get: operations["getNotificationSettings"];
        /**
         * Turn notification kinds on or off per channel for the whole workspace
         * @description Events from now on follow it; e-mails already queued still go out. Members may turn off more for themselves (/notifications/preferences), never turn on what is off here.
         */
        put: operations["putNotificationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own notification preferences */
        get: operations["getNotificationPreferences"];
        /** Turn notification kinds off (or back on) for oneself; set one’s language */
        put: operations["putNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's tools with their input JSON Schemas
         * @description What a language model (or an MCP client) is offered; each runs the same use-case as the API.
         */
        get: operations["listAgentTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent's role: the permissions its tools run with */
        get: operations["getAgentSettings"];
        /**
         * Set the agent's role (the permissions its tools run with)
         * @description A tool whose permission is no longer covered is refused from the next message on (agent_tool_forbidden in its log).
         */
        put: operations["putAgentSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agent's model tokens and calls of a month, per provider and model, with the budget
         * @description Over the monthly token budget the offline agent answers instead of the model (customers are still served).
         */
        get: operations["getAgentUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{conversation_id}/agent-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent's session of a conversation (its state machine) */
        get: operations["getConversationAgentSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspace_id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace at a glance: today’s orders, sales, stock alerts, agenda and inbox
         * @description One read for a dashboard home, in the workspace time zone. Each section is null when the workspace does not use its module or the caller lacks its read permission; figures the caller may not see inside a section are null too.
         */
        get: operations["getWorkspaceOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of the workspace, newest first
         * @description One entry per state change: who, what, on what, from where, with masked before/after.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the workspace hash chain and report the first broken entry
         * @description Detects an edited, deleted or inserted audit row. Reads the whole chain: not for polling.
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/events/dlq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List dead-lettered events */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/events/dlq/{dead_letter_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a dead letter with its event and every attempt’s error */
        get: operations["getDeadLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/events/dlq/{dead_letter_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replay a dead letter: its consumer handles the event again (once) */
        post: operations["replayDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/events/dlq/{dead_letter_id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard a dead letter: its consumer never handles the event */
        post: operations["discardDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/events/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create or update JetStream streams and durable consumers (idempotent) */
        post: operations["setUpEventTransport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/consumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each event consumer’s position, lag and last error */
        get: operations["listConsumers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live feed of the workspace events (WebSocket)
         * @description Upgrades to a WebSocket that streams the events of the workspace as they commit, in log order,
         *     each one only if the caller's grants cover its permission (see docs/EVENTS.md). Needs `events:subscribe`.
         *
         *     **Connecting.** Browsers cannot set headers on a WebSocket, so the upgrade request may carry
         *     `?access_token=<JWT>&workspace_id=<uuid>` instead of `Authorization` and `x-workspace-id`.
         *     `?last_event_id=<event id>` (or a `Last-Event-ID` header) resumes after that event: what the client
         *     missed is replayed first. Without a valid token the upgrade answers 401; without `events:subscribe`, 403.
         *
         *     **Frames** (server to client, JSON text):
         *     1. First, exactly once, the ready frame `{"type":"ready","workspace_id":"…","resumed_after":"<event id>"|null}`,
         *        sent when the subscription is in place: every event committed after the client receives it is
         *        delivered. `resumed_after` is null when the feed starts live (no `last_event_id`, or one that is
         *        unknown or already swept): nothing older is replayed. Wait for it before acting on "from now on".
         *     2. Then one frame per event: the event envelope (`id`, `type` such as `orders.order.placed`,
         *        `version`, `occurred_at`, `workspace_id`, `aggregate`, `actor`, `request_id`, `correlation_id`,
         *        `causation_id`, `payload`). Keep the last `id` to resume with after a reconnect.
         *
         *     The client sends nothing; closing the socket ends the subscription.
         */
        get: operations["subscribeEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details with a stable `code` and the request id. */
        Problem: {
            /**
             * Format: uri
             * @description https://nexova.dev/problems/<code>
             */
            type: string;
            /** @description Short summary, translated from Accept-Language. */
            title: string;
            status: number;
            /** @description What happened and what to do, for people. */
            detail: string;
            /** @description The request path. */
            instance?: string;
            /** @description Stable lower_snake code for programs. */
            code: string;
            /** @description Also in the X-Request-Id header; quote it to support. */
            request_id: string;
            errors?: components["schemas"]["FieldError"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "pointer": "/first_name",
         *       "in": "body",
         *       "message": "first_name is required",
         *       "code": "required"
         *     }
         */
        FieldError: {
            /** @description JSON pointer to the field, in the part named by `in`. */
            pointer: string;
            /** @enum {string} */
            in?: "body" | "query" | "params" | "headers";
            /** @description What is wrong, for people, in the language of Accept-Language. */
            message: string;
            /** @description Stable code of the check that failed (`required`, `too_small` …). */
            code?: string;
        };
    };
    responses: {
        /** @description The request is not valid: each entry of `errors` names a field and what is wrong with it. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/validation-failed",
                 *       "title": "Validation failed",
                 *       "status": 400,
                 *       "detail": "The request body is not valid: body/first_name.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "validation_failed",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                 *       "errors": [
                 *         {
                 *           "pointer": "/first_name",
                 *           "in": "body",
                 *           "message": "first_name is required",
                 *           "code": "required"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid credential. `WWW-Authenticate` says why: an expired access token → refresh it at POST /api/v1/auth/refresh (`code` token_expired); anything else → sign in again. */
        Unauthorized: {
            headers: {
                /** @description Bearer realm="nexova", error="invalid_token", error_description="…" (RFC 6750); just the realm when no credential was sent. */
                "www-authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/token-expired",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "The access token expired; get a new one with your refresh token at POST /api/v1/auth/refresh.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "token_expired",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                 *       "refresh": true
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Authenticated, but the role or API key does not grant the permission this needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/forbidden",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "This needs the \"orders:write\" permission.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "forbidden",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                 *       "permission": "orders:write"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource in this workspace (or the workspace itself is not one the caller can see). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "The workspace was not found.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "not_found",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflicts with the current state: a concurrent change (`version_conflict`), an Idempotency-Key still in use, a duplicate. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/version-conflict",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "Another request changed this resource; read it again and retry.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "version_conflict",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match names a version that is no longer current; the problem names `current_version`. */
        PreconditionFailed: {
            headers: {
                /** @description The current ETag. */
                etag?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/version-mismatch",
                 *       "title": "Precondition failed",
                 *       "status": 412,
                 *       "detail": "The resource is at version 4; If-Match named 3.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "version_mismatch",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                 *       "current_version": 4
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than this operation accepts. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/payload-too-large",
                 *       "title": "Payload too large",
                 *       "status": 413,
                 *       "detail": "The request body is larger than this endpoint accepts.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "payload_too_large",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not of a media type this operation accepts (JSON unless it says otherwise). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/unsupported-media-type",
                 *       "title": "Unsupported media type",
                 *       "status": 415,
                 *       "detail": "This endpoint accepts application/json bodies only.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "unsupported_media_type",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed but refused by a business rule, or an Idempotency-Key reused with a different request. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/idempotency-key-reused",
                 *       "title": "Unprocessable entity",
                 *       "status": 422,
                 *       "detail": "This Idempotency-Key was used with a different request.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "idempotency_key_reused",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Over a rate limit; the problem names the policy. Retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "retry-after"?: number;
                /** @description Remaining quota of the tightest policy (draft-ietf-httpapi-ratelimit-headers). */
                ratelimit?: string;
                /** @description The policies that apply to this request. */
                "ratelimit-policy"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/quota-exceeded",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Too many requests for this workspace; retry in 12 s.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "quota_exceeded",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The database or a dependency is unavailable for a moment; retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "retry-after"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://nexova.dev/problems/database-unavailable",
                 *       "title": "Service unavailable",
                 *       "status": 503,
                 *       "detail": "The database is unavailable; retry in 5 s.",
                 *       "instance": "/api/v1/orders",
                 *       "code": "database_unavailable",
                 *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document this page is generated from. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus text exposition format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example http_requests_total{method="GET",route="/api/v1/orders",status="200"} 42 */
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description METRICS_TOKEN is set and the request did not send it. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/token-expired",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "The access token expired; get a new one with your refresh token at POST /api/v1/auth/refresh.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "token_expired",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "refresh": true
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & unknown;
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        checks: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "ok" | "degraded" | "failing";
                                detail?: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address (case-insensitive)
                     */
                    email: string;
                    /** @description Password */
                    password: string;
                    first_name: string;
                    last_name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        first_name: string;
                        last_name: string;
                        /** @description A platform administrator (not a workspace role) */
                        is_platform_admin: boolean;
                        /** @description Bumped by every change to the account (the ETag of GET /me). */
                        version: number;
                        /** Format: date-time */
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address (case-insensitive)
                     */
                    email: string;
                    /** @description Password */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description JWT (EdDSA, kid in the header) for Authorization: Bearer */
                        access_token: string;
                        /** @description Opaque, single-use; exchange at /auth/refresh */
                        refresh_token: string;
                        /** @description Seconds until the access token expires */
                        expires_in: number;
                        /** @enum {string} */
                        token_type: "Bearer";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refresh_token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description JWT (EdDSA, kid in the header) for Authorization: Bearer */
                        access_token: string;
                        /** @description Opaque, single-use; exchange at /auth/refresh */
                        refresh_token: string;
                        /** @description Seconds until the access token expires */
                        expires_in: number;
                        /** @enum {string} */
                        token_type: "Bearer";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refresh_token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Email address (case-insensitive)
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    /** @description Password */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        first_name: string;
                        last_name: string;
                        /** @description A platform administrator (not a workspace role) */
                        is_platform_admin: boolean;
                        /** @description Bumped by every change to the account (the ETag of GET /me). */
                        version: number;
                        /** Format: date-time */
                        created_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Password */
                    current_password: string;
                    /** @description Password */
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description First characters of the key, to recognise it */
                            prefix: string;
                            permissions: string[];
                            expires_at: string | null;
                            last_used_at: string | null;
                            revoked_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Grants, wildcards allowed (orders:*); declared permissions (else 422) that you hold yourself (else 403) */
                    permissions: string[];
                    /** @description Optional expiry */
                    expires_at?: unknown | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description First characters of the key, to recognise it */
                        prefix: string;
                        permissions: string[];
                        expires_at: string | null;
                        last_used_at: string | null;
                        revoked_at: string | null;
                        /** Format: date-time */
                        created_at: string;
                        /** @description The secret; shown only in this response */
                        key: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The API key */
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description First characters of the key, to recognise it */
                        prefix: string;
                        permissions: string[];
                        expires_at: string | null;
                        last_used_at: string | null;
                        revoked_at: string | null;
                        /** Format: date-time */
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The API key */
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPermissions: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            description: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            settings: {
                                default_currency: string;
                                default_phone_region: string;
                                timezone: string;
                                locale: string;
                                modules: ("shop" | "clinic")[];
                            };
                            /** @description The caller's role here */
                            role: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Unique URL name; left out, one is made from the name (a suffix when taken) */
                    slug?: string;
                    settings?: {
                        /**
                         * @description ISO 4217 code: the currency of products and CSV imports that name none
                         * @default BRL
                         */
                        default_currency?: string;
                        /**
                         * @description ISO 3166-1 alpha-2 country assumed for phone numbers written without +country code
                         * @default BR
                         */
                        default_phone_region?: string;
                        /**
                         * @description IANA time zone
                         * @default UTC
                         */
                        timezone?: string;
                        /**
                         * @description Language of mail and documents of the workspace
                         * @default es
                         * @enum {string}
                         */
                        locale?: "es" | "pt-BR" | "en";
                        /** @description Enabled modules: shop, clinic or both */
                        modules?: ("shop" | "clinic")[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        slug: string;
                        settings: {
                            default_currency: string;
                            default_phone_region: string;
                            timezone: string;
                            locale: string;
                            modules: ("shop" | "clinic")[];
                        };
                        /** @description The caller's role here */
                        role: string | null;
                        /** @description Bumped by every change (the ETag; send it in If-Match). */
                        version: number;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The workspace */
                workspace_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        slug: string;
                        settings: {
                            default_currency: string;
                            default_phone_region: string;
                            timezone: string;
                            locale: string;
                            modules: ("shop" | "clinic")[];
                        };
                        /** @description The caller's role here */
                        role: string | null;
                        /** @description Bumped by every change (the ETag; send it in If-Match). */
                        version: number;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The workspace */
                workspace_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The workspace */
                workspace_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Unique URL name */
                    slug?: string;
                    settings?: {
                        /** @description ISO 4217 code: the currency of products and CSV imports that name none */
                        default_currency?: string;
                        /** @description ISO 3166-1 alpha-2 country assumed for phone numbers written without +country code */
                        default_phone_region?: string;
                        /** @description IANA time zone */
                        timezone?: string;
                        /**
                         * @description Language of mail and documents of the workspace
                         * @enum {string}
                         */
                        locale?: "es" | "pt-BR" | "en";
                        /** @description Enabled modules: shop, clinic or both */
                        modules?: ("shop" | "clinic")[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        slug: string;
                        settings: {
                            default_currency: string;
                            default_phone_region: string;
                            timezone: string;
                            locale: string;
                            modules: ("shop" | "clinic")[];
                        };
                        /** @description The caller's role here */
                        role: string | null;
                        /** @description Bumped by every change (the ETag; send it in If-Match). */
                        version: number;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string;
                            permissions: string[];
                            /** @description Owner and Admin: not editable */
                            system: boolean;
                            /** @description Bumped by every change (send it back in If-Match). */
                            version: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    /** @description resource:action grants; *, resource:* and *:action wildcards. Each must name declared permissions (GET /permissions; else 422) that you hold yourself (else 403). */
                    permissions: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                        permissions: string[];
                        /** @description Owner and Admin: not editable */
                        system: boolean;
                        /** @description Bumped by every change (send it back in If-Match). */
                        version: number;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The role */
                role_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                        permissions: string[];
                        /** @description Owner and Admin: not editable */
                        system: boolean;
                        /** @description Bumped by every change (send it back in If-Match). */
                        version: number;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The role */
                role_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The role */
                role_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /** @description resource:action grants; *, resource:* and *:action wildcards. Each must name declared permissions (GET /permissions; else 422) that you hold yourself (else 403). */
                    permissions?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                        permissions: string[];
                        /** @description Owner and Admin: not editable */
                        system: boolean;
                        /** @description Bumped by every change (send it back in If-Match). */
                        version: number;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            user_id: string;
                            email: string;
                            /** Format: uuid */
                            role_id: string;
                            role_name: string;
                            /** @enum {string} */
                            status: "active" | "suspended";
                            /** @description Bumped by every change (send it back in If-Match). */
                            version: number;
                            /** Format: date-time */
                            joined_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The member (their user id) */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        user_id: string;
                        email: string;
                        /** Format: uuid */
                        role_id: string;
                        role_name: string;
                        /** @enum {string} */
                        status: "active" | "suspended";
                        /** @description Bumped by every change (send it back in If-Match). */
                        version: number;
                        /** Format: date-time */
                        joined_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The member (their user id) */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The member (their user id) */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    role_id?: string;
                    /** @enum {string} */
                    status?: "active" | "suspended";
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            /** Format: uuid */
                            role_id: string;
                            role_name: string;
                            /** Format: date-time */
                            expires_at: string;
                            accepted_at: string | null;
                            /** Format: date-time */
                            created_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    inviteMember: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** Format: uuid */
                    role_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        /** Format: uuid */
                        role_id: string;
                        role_name: string;
                        /** Format: date-time */
                        expires_at: string;
                        accepted_at: string | null;
                        /** Format: date-time */
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInvitation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The invitation */
                invitation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        email: string;
                        /** Format: uuid */
                        role_id: string;
                        role_name: string;
                        /** Format: date-time */
                        expires_at: string;
                        accepted_at: string | null;
                        /** Format: date-time */
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The invitation */
                invitation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The token from the invitation email */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        workspace_id: string;
                        /** Format: uuid */
                        role_id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Name, description or SKU; tolerant of accents and typos. */
                q?: string;
                category_id?: string;
                status?: "draft" | "active" | "archived";
                /** @description Integer minor units (1990 = 19.90). */
                min_price?: number;
                /** @description Integer minor units (1990 = 19.90). */
                max_price?: number;
                /** @description Only products with a variant that has available stock. */
                in_stock?: "true" | "false";
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            description: string | null;
                            category_id: string | null;
                            /** @enum {string} */
                            status: "draft" | "active" | "archived";
                            /** @description ISO 4217 code of every variant price. */
                            currency: string;
                            variants: {
                                /** Format: uuid */
                                id: string;
                                sku: string;
                                /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                                options: {
                                    [key: string]: string;
                                };
                                /** @description Integer minor units of the product currency (1990 = 19.90). */
                                price: number;
                                version: number;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                    category_id?: string | null;
                    /** @enum {string} */
                    status?: "draft" | "active" | "archived";
                    /** @description ISO 4217 currency of the variant prices; absent: the workspace's `default_currency`. */
                    currency?: string;
                    variants: {
                        sku: string;
                        options?: {
                            [key: string]: string;
                        };
                        /** @description Integer minor units (1990 = 19.90). */
                        price: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string | null;
                        category_id: string | null;
                        /** @enum {string} */
                        status: "draft" | "active" | "archived";
                        /** @description ISO 4217 code of every variant price. */
                        currency: string;
                        variants: {
                            /** Format: uuid */
                            id: string;
                            sku: string;
                            /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                            options: {
                                [key: string]: string;
                            };
                            /** @description Integer minor units of the product currency (1990 = 19.90). */
                            price: number;
                            version: number;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string | null;
                        category_id: string | null;
                        /** @enum {string} */
                        status: "draft" | "active" | "archived";
                        /** @description ISO 4217 code of every variant price. */
                        currency: string;
                        variants: {
                            /** Format: uuid */
                            id: string;
                            sku: string;
                            /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                            options: {
                                [key: string]: string;
                            };
                            /** @description Integer minor units of the product currency (1990 = 19.90). */
                            price: number;
                            version: number;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    category_id?: string | null;
                    /** @enum {string} */
                    status?: "draft" | "active" | "archived";
                    /** @description Deprecated: send If-Match instead. 412 if the product changed since this version. */
                    expected_version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string | null;
                        category_id: string | null;
                        /** @enum {string} */
                        status: "draft" | "active" | "archived";
                        /** @description ISO 4217 code of every variant price. */
                        currency: string;
                        variants: {
                            /** Format: uuid */
                            id: string;
                            sku: string;
                            /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                            options: {
                                [key: string]: string;
                            };
                            /** @description Integer minor units of the product currency (1990 = 19.90). */
                            price: number;
                            version: number;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createProductVariant: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku: string;
                    options?: {
                        [key: string]: string;
                    };
                    /** @description Integer minor units (1990 = 19.90). */
                    price: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string | null;
                        category_id: string | null;
                        /** @enum {string} */
                        status: "draft" | "active" | "archived";
                        /** @description ISO 4217 code of every variant price. */
                        currency: string;
                        variants: {
                            /** Format: uuid */
                            id: string;
                            sku: string;
                            /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                            options: {
                                [key: string]: string;
                            };
                            /** @description Integer minor units of the product currency (1990 = 19.90). */
                            price: number;
                            version: number;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteProductVariant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                product_id: string;
                variant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string | null;
                        category_id: string | null;
                        /** @enum {string} */
                        status: "draft" | "active" | "archived";
                        /** @description ISO 4217 code of every variant price. */
                        currency: string;
                        variants: {
                            /** Format: uuid */
                            id: string;
                            sku: string;
                            /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                            options: {
                                [key: string]: string;
                            };
                            /** @description Integer minor units of the product currency (1990 = 19.90). */
                            price: number;
                            version: number;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProductVariant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                product_id: string;
                variant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku?: string;
                    options?: {
                        [key: string]: string;
                    };
                    /** @description Integer minor units (1990 = 19.90). */
                    price?: number;
                    /** @description The variant's version: 412 if it changed since. If-Match names the product's ETag. */
                    expected_version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string | null;
                        category_id: string | null;
                        /** @enum {string} */
                        status: "draft" | "active" | "archived";
                        /** @description ISO 4217 code of every variant price. */
                        currency: string;
                        variants: {
                            /** Format: uuid */
                            id: string;
                            sku: string;
                            /** @description Option name → value, e.g. { size: "M", colour: "red" }. */
                            options: {
                                [key: string]: string;
                            };
                            /** @description Integer minor units of the product currency (1990 = 19.90). */
                            price: number;
                            version: number;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCategories: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            slug: string;
                            version: number;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCategory: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        slug: string;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                category_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        slug: string;
                        version: number;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    importProducts: {
        parameters: {
            query?: {
                /** @description ISO 4217 currency of rows whose `currency` cell is empty; absent: the workspace's `default_currency`. */
                currency?: string;
            };
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "queued" | "running" | "completed" | "failed";
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        total_rows: number;
                        /** @description Rows validated so far (progress = processed_rows / total_rows). */
                        processed_rows: number;
                        created_products: number;
                        created_variants: number;
                        /** @description Every rejected row with the reason; the other rows were imported. */
                        rejected: {
                            /** @description 1-based line of the file (the header is line 1; an XLSX sheet row). */
                            line: number;
                            /** @description The column at fault, as named in the header (lower case). */
                            column: string;
                            message: string;
                        }[];
                        /** @description Why the whole import failed (nothing was imported). */
                        error: string | null;
                        created_at: string;
                        finished_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProductImport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "queued" | "running" | "completed" | "failed";
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        total_rows: number;
                        /** @description Rows validated so far (progress = processed_rows / total_rows). */
                        processed_rows: number;
                        created_products: number;
                        created_variants: number;
                        /** @description Every rejected row with the reason; the other rows were imported. */
                        rejected: {
                            /** @description 1-based line of the file (the header is line 1; an XLSX sheet row). */
                            line: number;
                            /** @description The column at fault, as named in the header (lower case). */
                            column: string;
                            message: string;
                        }[];
                        /** @description Why the whole import failed (nothing was imported). */
                        error: string | null;
                        created_at: string;
                        finished_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listStock: {
        parameters: {
            query?: {
                /** @description Comma-separated variant ids to look up. */
                variant_ids?: string;
                /** @description Only variants at or below their low-stock threshold. */
                low?: "true" | "false";
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            variant_id: string;
                            /** @description The variant's SKU in the catalog. */
                            sku: string;
                            /** @description The name of the variant's product. */
                            product_name: string;
                            /** @description The variant's option values ("red / M", by option name); null when it has none. */
                            variant_name: string | null;
                            /** @description Units physically in stock. */
                            on_hand: number;
                            /** @description Units held by active reservations. */
                            reserved: number;
                            /** @description on_hand − reserved: what can still be sold. */
                            available: number;
                            low_stock_threshold: number;
                            /** @description available is at or below the threshold. */
                            low: boolean;
                            version: number;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adjustStock: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    variant_id: string;
                    /** @description Units added (+) or removed (−). */
                    delta: number;
                    /** @description Why: delivery, count correction, damage… */
                    reason: string;
                    /** @description Deprecated: send If-Match instead. 412 if the stock changed since this version. */
                    expected_version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        variant_id: string;
                        /** @description The variant's SKU in the catalog. */
                        sku: string;
                        /** @description The name of the variant's product. */
                        product_name: string;
                        /** @description The variant's option values ("red / M", by option name); null when it has none. */
                        variant_name: string | null;
                        /** @description Units physically in stock. */
                        on_hand: number;
                        /** @description Units held by active reservations. */
                        reserved: number;
                        /** @description on_hand − reserved: what can still be sold. */
                        available: number;
                        low_stock_threshold: number;
                        /** @description available is at or below the threshold. */
                        low: boolean;
                        version: number;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStockLevel: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                variant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        variant_id: string;
                        /** @description The variant's SKU in the catalog. */
                        sku: string;
                        /** @description The name of the variant's product. */
                        product_name: string;
                        /** @description The variant's option values ("red / M", by option name); null when it has none. */
                        variant_name: string | null;
                        /** @description Units physically in stock. */
                        on_hand: number;
                        /** @description Units held by active reservations. */
                        reserved: number;
                        /** @description on_hand − reserved: what can still be sold. */
                        available: number;
                        low_stock_threshold: number;
                        /** @description available is at or below the threshold. */
                        low: boolean;
                        version: number;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setLowStockThreshold: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                variant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    low_stock_threshold: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        variant_id: string;
                        /** @description The variant's SKU in the catalog. */
                        sku: string;
                        /** @description The name of the variant's product. */
                        product_name: string;
                        /** @description The variant's option values ("red / M", by option name); null when it has none. */
                        variant_name: string | null;
                        /** @description Units physically in stock. */
                        on_hand: number;
                        /** @description Units held by active reservations. */
                        reserved: number;
                        /** @description on_hand − reserved: what can still be sold. */
                        available: number;
                        low_stock_threshold: number;
                        /** @description available is at or below the threshold. */
                        low: boolean;
                        version: number;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listStockMovements: {
        parameters: {
            query?: {
                variant_id?: string;
                reservation_id?: string;
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            variant_id: string;
                            /**
                             * @description `return`: units of a committed reservation back on hand (its confirmed order was canceled).
                             * @enum {string}
                             */
                            kind: "adjustment" | "reservation" | "release" | "expiry" | "commit" | "return";
                            on_hand_delta: number;
                            reserved_delta: number;
                            on_hand_after: number;
                            reserved_after: number;
                            reason: string | null;
                            reservation_id: string | null;
                            /** @description The order the movement is for (its reservation reference); null for adjustments. */
                            reference: string | null;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reserveStock: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Order id; reserving again with it returns the same reservation. */
                    reference?: string;
                    /** @description Every line is held or none is. */
                    lines: {
                        /** Format: uuid */
                        variant_id: string;
                        quantity: number;
                    }[];
                    /** @description Defaults to STOCK_RESERVATION_TTL_SECONDS. */
                    ttl_seconds?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The order (or other owner) the units are held for. */
                        reference: string | null;
                        /** @enum {string} */
                        status: "active" | "released" | "expired" | "committed" | "returned";
                        expires_at: string;
                        lines: {
                            /** Format: uuid */
                            variant_id: string;
                            quantity: number;
                        }[];
                        version: number;
                        created_at: string;
                        closed_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    releaseStockReservation: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    reservation_id?: string;
                    reference?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reservation: {
                            /** Format: uuid */
                            id: string;
                            /** @description The order (or other owner) the units are held for. */
                            reference: string | null;
                            /** @enum {string} */
                            status: "active" | "released" | "expired" | "committed" | "returned";
                            expires_at: string;
                            lines: {
                                /** Format: uuid */
                                variant_id: string;
                                quantity: number;
                            }[];
                            version: number;
                            created_at: string;
                            closed_at: string | null;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getStockReservation: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                reservation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The order (or other owner) the units are held for. */
                        reference: string | null;
                        /** @enum {string} */
                        status: "active" | "released" | "expired" | "committed" | "returned";
                        expires_at: string;
                        lines: {
                            /** Format: uuid */
                            variant_id: string;
                            quantity: number;
                        }[];
                        version: number;
                        created_at: string;
                        closed_at: string | null;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description Name, email or phone (tolerant of accents and typos), or an exact identity document number. */
                q?: string;
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description E.164. */
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            status: "active" | "merged";
                            merged_into: string | null;
                            /** @description Where the customer receives deliveries; exactly one is_default while any exist. */
                            addresses: {
                                /** Format: uuid */
                                id: string;
                                /** @description The customer's name for it: "Casa", "Trabajo"… */
                                label: string | null;
                                /** @description Who receives the delivery; null means the customer. */
                                recipient: string | null;
                                /** @description Street and number. */
                                line1: string;
                                /** @description Apartment, floor, reference. */
                                line2: string | null;
                                city: string;
                                /** @description State or province. */
                                region: string | null;
                                postal_code: string | null;
                                /** @description ISO 3166-1 alpha-2 code. */
                                country: string;
                                /** @description E.164; a contact phone for this address. */
                                phone: string | null;
                                /** @description The address orders prefill; exactly one while the customer has any. */
                                is_default: boolean;
                                version: number;
                                created_at: string;
                                updated_at: string;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Normalised to E.164; local numbers use the workspace `default_phone_region`. */
                    phone?: string;
                    /** Format: email */
                    email?: string;
                    note?: string;
                    /** @description Identity documents, checked by their check digits; one another person holds → 409. */
                    documents?: {
                        /**
                         * @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).
                         * @enum {string}
                         */
                        type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                        /** @description Any usual spelling; checked by its check digits. */
                        number: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description E.164. */
                        phone: string | null;
                        email: string | null;
                        /** @enum {string} */
                        status: "active" | "merged";
                        merged_into: string | null;
                        /** @description Where the customer receives deliveries; exactly one is_default while any exist. */
                        addresses: {
                            /** Format: uuid */
                            id: string;
                            /** @description The customer's name for it: "Casa", "Trabajo"… */
                            label: string | null;
                            /** @description Who receives the delivery; null means the customer. */
                            recipient: string | null;
                            /** @description Street and number. */
                            line1: string;
                            /** @description Apartment, floor, reference. */
                            line2: string | null;
                            city: string;
                            /** @description State or province. */
                            region: string | null;
                            postal_code: string | null;
                            /** @description ISO 3166-1 alpha-2 code. */
                            country: string;
                            /** @description E.164; a contact phone for this address. */
                            phone: string | null;
                            /** @description The address orders prefill; exactly one while the customer has any. */
                            is_default: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    findCustomerByPhone: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description Any spelling: +55 11 98765-4321, 11987654321, +5411… */
                phone: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description E.164. */
                        phone: string | null;
                        email: string | null;
                        /** @enum {string} */
                        status: "active" | "merged";
                        merged_into: string | null;
                        /** @description Where the customer receives deliveries; exactly one is_default while any exist. */
                        addresses: {
                            /** Format: uuid */
                            id: string;
                            /** @description The customer's name for it: "Casa", "Trabajo"… */
                            label: string | null;
                            /** @description Who receives the delivery; null means the customer. */
                            recipient: string | null;
                            /** @description Street and number. */
                            line1: string;
                            /** @description Apartment, floor, reference. */
                            line2: string | null;
                            city: string;
                            /** @description State or province. */
                            region: string | null;
                            postal_code: string | null;
                            /** @description ISO 3166-1 alpha-2 code. */
                            country: string;
                            /** @description E.164; a contact phone for this address. */
                            phone: string | null;
                            /** @description The address orders prefill; exactly one while the customer has any. */
                            is_default: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description E.164. */
                        phone: string | null;
                        email: string | null;
                        /** @enum {string} */
                        status: "active" | "merged";
                        merged_into: string | null;
                        /** @description Where the customer receives deliveries; exactly one is_default while any exist. */
                        addresses: {
                            /** Format: uuid */
                            id: string;
                            /** @description The customer's name for it: "Casa", "Trabajo"… */
                            label: string | null;
                            /** @description Who receives the delivery; null means the customer. */
                            recipient: string | null;
                            /** @description Street and number. */
                            line1: string;
                            /** @description Apartment, floor, reference. */
                            line2: string | null;
                            city: string;
                            /** @description State or province. */
                            region: string | null;
                            postal_code: string | null;
                            /** @description ISO 3166-1 alpha-2 code. */
                            country: string;
                            /** @description E.164; a contact phone for this address. */
                            phone: string | null;
                            /** @description The address orders prefill; exactly one while the customer has any. */
                            is_default: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                        notes: {
                            /** Format: uuid */
                            id: string;
                            body: string;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    phone?: string | null;
                    email?: string | null;
                    /** @description Deprecated: send If-Match instead. 412 if the customer changed since this version. */
                    expected_version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description E.164. */
                        phone: string | null;
                        email: string | null;
                        /** @enum {string} */
                        status: "active" | "merged";
                        merged_into: string | null;
                        /** @description Where the customer receives deliveries; exactly one is_default while any exist. */
                        addresses: {
                            /** Format: uuid */
                            id: string;
                            /** @description The customer's name for it: "Casa", "Trabajo"… */
                            label: string | null;
                            /** @description Who receives the delivery; null means the customer. */
                            recipient: string | null;
                            /** @description Street and number. */
                            line1: string;
                            /** @description Apartment, floor, reference. */
                            line2: string | null;
                            city: string;
                            /** @description State or province. */
                            region: string | null;
                            postal_code: string | null;
                            /** @description ISO 3166-1 alpha-2 code. */
                            country: string;
                            /** @description E.164; a contact phone for this address. */
                            phone: string | null;
                            /** @description The address orders prefill; exactly one while the customer has any. */
                            is_default: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCustomerNote: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        body: string;
                        actor: {
                            type: string;
                            id: string | null;
                        };
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mergeCustomers: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The customer folded into the one in the path.
                     */
                    duplicate_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description E.164. */
                        phone: string | null;
                        email: string | null;
                        /** @enum {string} */
                        status: "active" | "merged";
                        merged_into: string | null;
                        /** @description Where the customer receives deliveries; exactly one is_default while any exist. */
                        addresses: {
                            /** Format: uuid */
                            id: string;
                            /** @description The customer's name for it: "Casa", "Trabajo"… */
                            label: string | null;
                            /** @description Who receives the delivery; null means the customer. */
                            recipient: string | null;
                            /** @description Street and number. */
                            line1: string;
                            /** @description Apartment, floor, reference. */
                            line2: string | null;
                            city: string;
                            /** @description State or province. */
                            region: string | null;
                            postal_code: string | null;
                            /** @description ISO 3166-1 alpha-2 code. */
                            country: string;
                            /** @description E.164; a contact phone for this address. */
                            phone: string | null;
                            /** @description The address orders prefill; exactly one while the customer has any. */
                            is_default: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                        notes: {
                            /** Format: uuid */
                            id: string;
                            body: string;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCustomerAddress: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description "Casa", "Trabajo"… */
                    label?: string | null;
                    /** @description Who receives deliveries; omit for the customer. */
                    recipient?: string | null;
                    /** @description Street and number. */
                    line1: string;
                    /** @description Apartment, floor, reference. */
                    line2?: string | null;
                    city: string;
                    /** @description State or province. */
                    region?: string | null;
                    postal_code?: string | null;
                    /** @description ISO 3166-1 alpha-2 code, e.g. BR, AR, MX. */
                    country: string;
                    /** @description Normalised to E.164; local numbers use the address country. */
                    phone?: string | null;
                    /** @description Make it the default (the previous default stops being it). The first address is always the default. */
                    is_default?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The customer's name for it: "Casa", "Trabajo"… */
                        label: string | null;
                        /** @description Who receives the delivery; null means the customer. */
                        recipient: string | null;
                        /** @description Street and number. */
                        line1: string;
                        /** @description Apartment, floor, reference. */
                        line2: string | null;
                        city: string;
                        /** @description State or province. */
                        region: string | null;
                        postal_code: string | null;
                        /** @description ISO 3166-1 alpha-2 code. */
                        country: string;
                        /** @description E.164; a contact phone for this address. */
                        phone: string | null;
                        /** @description The address orders prefill; exactly one while the customer has any. */
                        is_default: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCustomerAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                customer_id: string;
                address_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The customer's name for it: "Casa", "Trabajo"… */
                        label: string | null;
                        /** @description Who receives the delivery; null means the customer. */
                        recipient: string | null;
                        /** @description Street and number. */
                        line1: string;
                        /** @description Apartment, floor, reference. */
                        line2: string | null;
                        city: string;
                        /** @description State or province. */
                        region: string | null;
                        postal_code: string | null;
                        /** @description ISO 3166-1 alpha-2 code. */
                        country: string;
                        /** @description E.164; a contact phone for this address. */
                        phone: string | null;
                        /** @description The address orders prefill; exactly one while the customer has any. */
                        is_default: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCustomerAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                customer_id: string;
                address_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCustomerAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                customer_id: string;
                address_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description "Casa", "Trabajo"… */
                    label?: string | null;
                    /** @description Who receives deliveries; omit for the customer. */
                    recipient?: string | null;
                    /** @description Street and number. */
                    line1?: string;
                    /** @description Apartment, floor, reference. */
                    line2?: string | null;
                    city?: string;
                    /** @description State or province. */
                    region?: string | null;
                    postal_code?: string | null;
                    /** @description ISO 3166-1 alpha-2 code, e.g. BR, AR, MX. */
                    country?: string;
                    /** @description Normalised to E.164; local numbers use the address country. */
                    phone?: string | null;
                    /** @description true makes it the default. A customer always has one: false on the default answers 400 naming is_default. */
                    is_default?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The customer's name for it: "Casa", "Trabajo"… */
                        label: string | null;
                        /** @description Who receives the delivery; null means the customer. */
                        recipient: string | null;
                        /** @description Street and number. */
                        line1: string;
                        /** @description Apartment, floor, reference. */
                        line2: string | null;
                        city: string;
                        /** @description State or province. */
                        region: string | null;
                        postal_code: string | null;
                        /** @description ISO 3166-1 alpha-2 code. */
                        country: string;
                        /** @description E.164; a contact phone for this address. */
                        phone: string | null;
                        /** @description The address orders prefill; exactly one while the customer has any. */
                        is_default: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    findPersonByDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO). */
                type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                /** @description Any usual spelling (529.982.247-25 or 52998224725). */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The person id (the same as the customer id).
                         */
                        id: string;
                        name: string;
                        /** @description E.164. */
                        phone: string | null;
                        email: string | null;
                        /**
                         * @description merged: a tombstone; its records moved to the survivor.
                         * @enum {string}
                         */
                        status: "active" | "merged";
                        documents: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            person_id: string;
                            /**
                             * @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).
                             * @enum {string}
                             */
                            type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                            /** @description ISO 3166-1 alpha-2 of the issuing country. */
                            country: string;
                            /** @description Normalised: upper case, no dots, dashes, slashes or spaces. */
                            number: string;
                            created_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPersonDocuments: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            person_id: string;
                            /**
                             * @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).
                             * @enum {string}
                             */
                            type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                            /** @description ISO 3166-1 alpha-2 of the issuing country. */
                            country: string;
                            /** @description Normalised: upper case, no dots, dashes, slashes or spaces. */
                            number: string;
                            created_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPersonDocument: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                person_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).
                     * @enum {string}
                     */
                    type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                    /** @description Any usual spelling; checked by its check digits. */
                    number: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        person_id: string;
                        /**
                         * @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).
                         * @enum {string}
                         */
                        type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                        /** @description ISO 3166-1 alpha-2 of the issuing country. */
                        country: string;
                        /** @description Normalised: upper case, no dots, dashes, slashes or spaces. */
                        number: string;
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePersonDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                person_id: string;
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                status?: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                /** @description A customer's order history. */
                customer_id?: string;
                /** @description The human order number (#1042, without the #): at most one order. */
                number?: number;
                /** @description Inclusive. */
                created_from?: string;
                /** @description Exclusive. */
                created_to?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The human order number in its workspace (#1042): 1, 2, 3… with no gaps. Filter with ?number= */
                            number: number;
                            /**
                             * @description draft: editable. pending: submitted by POST /orders/{order_id}/submit, the checkout saga holds its stock and awaits its payment. confirmed: paid, stock committed. shipped, delivered. canceled.
                             * @enum {string}
                             */
                            status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                            customer_id: string | null;
                            /** @description ISO 4217 code of every amount on the order. */
                            currency: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                variant_id: string;
                                sku: string;
                                /** @description Product name and options when the line was written. */
                                name: string;
                                /** @description Minor units, snapshotted from the catalog. */
                                unit_price: number;
                                quantity: number;
                                line_total: number;
                            }[];
                            subtotal: number;
                            shipping_fee: number;
                            /** @description subtotal + shipping_fee, minor units. */
                            total: number;
                            delivery: {
                                /** @enum {string} */
                                method: "delivery" | "pickup";
                                recipient?: string | null;
                                phone?: string | null;
                                address?: string | null;
                                city?: string | null;
                                postal_code?: string | null;
                                instructions?: string | null;
                            } | null;
                            notes: string | null;
                            /** @description Staff actions the status table allows now. */
                            allowed_actions: ("submit" | "cancel" | "ship" | "deliver")[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Prices and names are taken from the catalog, not sent. */
                    lines: {
                        /** Format: uuid */
                        variant_id: string;
                        quantity: number;
                    }[];
                    customer_id?: string | null;
                    /** @description Left out with a `customer_id`: prefilled from the customer's default address. `null`: no delivery. */
                    delivery?: {
                        /** @enum {string} */
                        method: "delivery" | "pickup";
                        recipient?: string | null;
                        phone?: string | null;
                        address?: string | null;
                        city?: string | null;
                        postal_code?: string | null;
                        instructions?: string | null;
                    } | null;
                    notes?: string | null;
                    /**
                     * @description Minor units.
                     * @default 0
                     */
                    shipping_fee?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The human order number in its workspace (#1042): 1, 2, 3… with no gaps. Filter with ?number= */
                        number: number;
                        /**
                         * @description draft: editable. pending: submitted by POST /orders/{order_id}/submit, the checkout saga holds its stock and awaits its payment. confirmed: paid, stock committed. shipped, delivered. canceled.
                         * @enum {string}
                         */
                        status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                        customer_id: string | null;
                        /** @description ISO 4217 code of every amount on the order. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            variant_id: string;
                            sku: string;
                            /** @description Product name and options when the line was written. */
                            name: string;
                            /** @description Minor units, snapshotted from the catalog. */
                            unit_price: number;
                            quantity: number;
                            line_total: number;
                        }[];
                        subtotal: number;
                        shipping_fee: number;
                        /** @description subtotal + shipping_fee, minor units. */
                        total: number;
                        delivery: {
                            /** @enum {string} */
                            method: "delivery" | "pickup";
                            recipient?: string | null;
                            phone?: string | null;
                            address?: string | null;
                            city?: string | null;
                            postal_code?: string | null;
                            instructions?: string | null;
                        } | null;
                        notes: string | null;
                        /** @description Staff actions the status table allows now. */
                        allowed_actions: ("submit" | "cancel" | "ship" | "deliver")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                        status_history: {
                            /** Format: uuid */
                            id: string;
                            /** @description place, update, submit, complete, reopen, cancel, ship, deliver or reassign. */
                            action: string;
                            from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled") | null;
                            /** @enum {string} */
                            to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                            reason: string | null;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The human order number in its workspace (#1042): 1, 2, 3… with no gaps. Filter with ?number= */
                        number: number;
                        /**
                         * @description draft: editable. pending: submitted by POST /orders/{order_id}/submit, the checkout saga holds its stock and awaits its payment. confirmed: paid, stock committed. shipped, delivered. canceled.
                         * @enum {string}
                         */
                        status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                        customer_id: string | null;
                        /** @description ISO 4217 code of every amount on the order. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            variant_id: string;
                            sku: string;
                            /** @description Product name and options when the line was written. */
                            name: string;
                            /** @description Minor units, snapshotted from the catalog. */
                            unit_price: number;
                            quantity: number;
                            line_total: number;
                        }[];
                        subtotal: number;
                        shipping_fee: number;
                        /** @description subtotal + shipping_fee, minor units. */
                        total: number;
                        delivery: {
                            /** @enum {string} */
                            method: "delivery" | "pickup";
                            recipient?: string | null;
                            phone?: string | null;
                            address?: string | null;
                            city?: string | null;
                            postal_code?: string | null;
                            instructions?: string | null;
                        } | null;
                        notes: string | null;
                        /** @description Staff actions the status table allows now. */
                        allowed_actions: ("submit" | "cancel" | "ship" | "deliver")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                        status_history: {
                            /** Format: uuid */
                            id: string;
                            /** @description place, update, submit, complete, reopen, cancel, ship, deliver or reassign. */
                            action: string;
                            from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled") | null;
                            /** @enum {string} */
                            to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                            reason: string | null;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Replaces every line; re-priced from the catalog. */
                    lines?: {
                        /** Format: uuid */
                        variant_id: string;
                        quantity: number;
                    }[];
                    customer_id?: string | null;
                    delivery?: {
                        /** @enum {string} */
                        method: "delivery" | "pickup";
                        recipient?: string | null;
                        phone?: string | null;
                        address?: string | null;
                        city?: string | null;
                        postal_code?: string | null;
                        instructions?: string | null;
                    } | null;
                    notes?: string | null;
                    shipping_fee?: number;
                    reason?: string;
                    /** @description Deprecated: send If-Match instead. 412 if the order changed since this version. */
                    expected_version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The human order number in its workspace (#1042): 1, 2, 3… with no gaps. Filter with ?number= */
                        number: number;
                        /**
                         * @description draft: editable. pending: submitted by POST /orders/{order_id}/submit, the checkout saga holds its stock and awaits its payment. confirmed: paid, stock committed. shipped, delivered. canceled.
                         * @enum {string}
                         */
                        status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                        customer_id: string | null;
                        /** @description ISO 4217 code of every amount on the order. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            variant_id: string;
                            sku: string;
                            /** @description Product name and options when the line was written. */
                            name: string;
                            /** @description Minor units, snapshotted from the catalog. */
                            unit_price: number;
                            quantity: number;
                            line_total: number;
                        }[];
                        subtotal: number;
                        shipping_fee: number;
                        /** @description subtotal + shipping_fee, minor units. */
                        total: number;
                        delivery: {
                            /** @enum {string} */
                            method: "delivery" | "pickup";
                            recipient?: string | null;
                            phone?: string | null;
                            address?: string | null;
                            city?: string | null;
                            postal_code?: string | null;
                            instructions?: string | null;
                        } | null;
                        notes: string | null;
                        /** @description Staff actions the status table allows now. */
                        allowed_actions: ("submit" | "cancel" | "ship" | "deliver")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                        status_history: {
                            /** Format: uuid */
                            id: string;
                            /** @description place, update, submit, complete, reopen, cancel, ship, deliver or reassign. */
                            action: string;
                            from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled") | null;
                            /** @enum {string} */
                            to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                            reason: string | null;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    shipOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history. */
                    reason?: string;
                    /** @description Deprecated: send If-Match instead. 412 if the order changed since this version. */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The human order number in its workspace (#1042): 1, 2, 3… with no gaps. Filter with ?number= */
                        number: number;
                        /**
                         * @description draft: editable. pending: submitted by POST /orders/{order_id}/submit, the checkout saga holds its stock and awaits its payment. confirmed: paid, stock committed. shipped, delivered. canceled.
                         * @enum {string}
                         */
                        status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                        customer_id: string | null;
                        /** @description ISO 4217 code of every amount on the order. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            variant_id: string;
                            sku: string;
                            /** @description Product name and options when the line was written. */
                            name: string;
                            /** @description Minor units, snapshotted from the catalog. */
                            unit_price: number;
                            quantity: number;
                            line_total: number;
                        }[];
                        subtotal: number;
                        shipping_fee: number;
                        /** @description subtotal + shipping_fee, minor units. */
                        total: number;
                        delivery: {
                            /** @enum {string} */
                            method: "delivery" | "pickup";
                            recipient?: string | null;
                            phone?: string | null;
                            address?: string | null;
                            city?: string | null;
                            postal_code?: string | null;
                            instructions?: string | null;
                        } | null;
                        notes: string | null;
                        /** @description Staff actions the status table allows now. */
                        allowed_actions: ("submit" | "cancel" | "ship" | "deliver")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                        status_history: {
                            /** Format: uuid */
                            id: string;
                            /** @description place, update, submit, complete, reopen, cancel, ship, deliver or reassign. */
                            action: string;
                            from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled") | null;
                            /** @enum {string} */
                            to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                            reason: string | null;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deliverOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history. */
                    reason?: string;
                    /** @description Deprecated: send If-Match instead. 412 if the order changed since this version. */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The human order number in its workspace (#1042): 1, 2, 3… with no gaps. Filter with ?number= */
                        number: number;
                        /**
                         * @description draft: editable. pending: submitted by POST /orders/{order_id}/submit, the checkout saga holds its stock and awaits its payment. confirmed: paid, stock committed. shipped, delivered. canceled.
                         * @enum {string}
                         */
                        status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                        customer_id: string | null;
                        /** @description ISO 4217 code of every amount on the order. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            variant_id: string;
                            sku: string;
                            /** @description Product name and options when the line was written. */
                            name: string;
                            /** @description Minor units, snapshotted from the catalog. */
                            unit_price: number;
                            quantity: number;
                            line_total: number;
                        }[];
                        subtotal: number;
                        shipping_fee: number;
                        /** @description subtotal + shipping_fee, minor units. */
                        total: number;
                        delivery: {
                            /** @enum {string} */
                            method: "delivery" | "pickup";
                            recipient?: string | null;
                            phone?: string | null;
                            address?: string | null;
                            city?: string | null;
                            postal_code?: string | null;
                            instructions?: string | null;
                        } | null;
                        notes: string | null;
                        /** @description Staff actions the status table allows now. */
                        allowed_actions: ("submit" | "cancel" | "ship" | "deliver")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                        status_history: {
                            /** Format: uuid */
                            id: string;
                            /** @description place, update, submit, complete, reopen, cancel, ship, deliver or reassign. */
                            action: string;
                            from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled") | null;
                            /** @enum {string} */
                            to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                            reason: string | null;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCustomerOrders: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The human order number in its workspace (#1042): 1, 2, 3… with no gaps. Filter with ?number= */
                            number: number;
                            /**
                             * @description draft: editable. pending: submitted by POST /orders/{order_id}/submit, the checkout saga holds its stock and awaits its payment. confirmed: paid, stock committed. shipped, delivered. canceled.
                             * @enum {string}
                             */
                            status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                            customer_id: string | null;
                            /** @description ISO 4217 code of every amount on the order. */
                            currency: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                variant_id: string;
                                sku: string;
                                /** @description Product name and options when the line was written. */
                                name: string;
                                /** @description Minor units, snapshotted from the catalog. */
                                unit_price: number;
                                quantity: number;
                                line_total: number;
                            }[];
                            subtotal: number;
                            shipping_fee: number;
                            /** @description subtotal + shipping_fee, minor units. */
                            total: number;
                            delivery: {
                                /** @enum {string} */
                                method: "delivery" | "pickup";
                                recipient?: string | null;
                                phone?: string | null;
                                address?: string | null;
                                city?: string | null;
                                postal_code?: string | null;
                                instructions?: string | null;
                            } | null;
                            notes: string | null;
                            /** @description Staff actions the status table allows now. */
                            allowed_actions: ("submit" | "cancel" | "ship" | "deliver")[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrderCheckout: {
        parameters: {
            query?: {
                /** @description Long-poll: wait up to this many seconds (0–30) for the checkout to change before answering. It answers as soon as the saga moves past the version you hold (If-None-Match: "<version>", else the version when the request arrived), at once when the checkout is terminal, and with the current checkout when the time is up (304 if your If-None-Match is still current). Without it: answers at once. */
                wait?: number;
            };
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order (the saga id). */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The order, which is also the saga id.
                         */
                        order_id: string;
                        /** @enum {string} */
                        state: "started" | "stock_reserved" | "payment_pending" | "payment_overdue" | "completed" | "stock_failed" | "payment_failed" | "canceled" | "timed_out";
                        /** @description Runs of the saga; a stock_failed checkout may be confirmed again. */
                        attempt: number;
                        provider: ("manual" | "stripe") | null;
                        reservation_id: string | null;
                        /** @description The order's payment intent (what is asked to be paid; a Stripe client_secret for the buyer), with intent statuses: `succeeded` once paid. The money received is listed as payments (GET /orders/{order_id}/payments, status `registered`); docs/API.md, 'Payment intents and payments'. */
                        payment: {
                            /**
                             * Format: uuid
                             * @description The order this payment is for; one intent per order.
                             */
                            order_id: string;
                            /** @enum {string} */
                            provider: "manual" | "stripe";
                            /**
                             * @description Moves forward only: requested (Stripe: recorded, not yet created at Stripe) → pending → succeeded | failed | canceled (failed → succeeded on a retry). cancel_requested: Stripe: its cancel (or refund, when paid) is recorded and being sent to Stripe, then canceled.
                             * @enum {string}
                             */
                            status: "requested" | "pending" | "succeeded" | "failed" | "cancel_requested" | "canceled";
                            /** @description Minor units of `currency`: the order's balance when it was requested. */
                            amount: number;
                            currency: string;
                            /** @description The provider's id (Stripe's PaymentIntent id); null for manual. */
                            external_id: string | null;
                            /** @description Stripe's client secret, for confirming the payment in the customer's browser; null for manual. */
                            client_secret: string | null;
                            failure_reason: string | null;
                            created_at: string;
                            updated_at: string;
                        } | null;
                        /** @description When a checkout still unpaid times out, is canceled and releases its stock. */
                        deadline_at: string;
                        last_error: string | null;
                        /** @description stock_failed: the lines that were short when the saga tried to hold the stock; null otherwise. */
                        short_lines: {
                            /** @description The order line ("/lines/0"). */
                            pointer: string;
                            /** Format: uuid */
                            variant_id: string;
                            sku: string | null;
                            /** @description Units the order asked for (the variant over all its lines). */
                            requested: number;
                            /** @description Units available when the reservation failed. */
                            available: number;
                        }[] | null;
                        steps: {
                            attempt: number;
                            from_state: ("started" | "stock_reserved" | "payment_pending" | "payment_overdue" | "completed" | "stock_failed" | "payment_failed" | "canceled" | "timed_out") | null;
                            /** @enum {string} */
                            to_state: "started" | "stock_reserved" | "payment_pending" | "payment_overdue" | "completed" | "stock_failed" | "payment_failed" | "canceled" | "timed_out";
                            reason: string | null;
                            created_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    submitOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order (the saga id). */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history. */
                    reason?: string;
                    /** @description Deprecated: send If-Match instead. 412 if the order changed since this version. */
                    expected_version?: number;
                    /** @description manual: staff register the payment; stripe: a PaymentIntent. Default: PAYMENTS_DEFAULT_PROVIDER. */
                    payment_provider?: ("manual" | "stripe") | null;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The human order number in its workspace (#1042): 1, 2, 3… with no gaps. Filter with ?number= */
                        number: number;
                        /**
                         * @description draft: editable. pending: submitted by POST /orders/{order_id}/submit, the checkout saga holds its stock and awaits its payment. confirmed: paid, stock committed. shipped, delivered. canceled.
                         * @enum {string}
                         */
                        status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                        customer_id: string | null;
                        /** @description ISO 4217 code of every amount on the order. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            variant_id: string;
                            sku: string;
                            /** @description Product name and options when the line was written. */
                            name: string;
                            /** @description Minor units, snapshotted from the catalog. */
                            unit_price: number;
                            quantity: number;
                            line_total: number;
                        }[];
                        subtotal: number;
                        shipping_fee: number;
                        /** @description subtotal + shipping_fee, minor units. */
                        total: number;
                        delivery: {
                            /** @enum {string} */
                            method: "delivery" | "pickup";
                            recipient?: string | null;
                            phone?: string | null;
                            address?: string | null;
                            city?: string | null;
                            postal_code?: string | null;
                            instructions?: string | null;
                        } | null;
                        notes: string | null;
                        /** @description Staff actions the status table allows now. */
                        allowed_actions: ("submit" | "cancel" | "ship" | "deliver")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                        status_history: {
                            /** Format: uuid */
                            id: string;
                            /** @description place, update, submit, complete, reopen, cancel, ship, deliver or reassign. */
                            action: string;
                            from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled") | null;
                            /** @enum {string} */
                            to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                            reason: string | null;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order (the saga id). */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history. */
                    reason?: string;
                    /** @description Deprecated: send If-Match instead. 412 if the order changed since this version. */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The human order number in its workspace (#1042): 1, 2, 3… with no gaps. Filter with ?number= */
                        number: number;
                        /**
                         * @description draft: editable. pending: submitted by POST /orders/{order_id}/submit, the checkout saga holds its stock and awaits its payment. confirmed: paid, stock committed. shipped, delivered. canceled.
                         * @enum {string}
                         */
                        status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                        customer_id: string | null;
                        /** @description ISO 4217 code of every amount on the order. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            variant_id: string;
                            sku: string;
                            /** @description Product name and options when the line was written. */
                            name: string;
                            /** @description Minor units, snapshotted from the catalog. */
                            unit_price: number;
                            quantity: number;
                            line_total: number;
                        }[];
                        subtotal: number;
                        shipping_fee: number;
                        /** @description subtotal + shipping_fee, minor units. */
                        total: number;
                        delivery: {
                            /** @enum {string} */
                            method: "delivery" | "pickup";
                            recipient?: string | null;
                            phone?: string | null;
                            address?: string | null;
                            city?: string | null;
                            postal_code?: string | null;
                            instructions?: string | null;
                        } | null;
                        notes: string | null;
                        /** @description Staff actions the status table allows now. */
                        allowed_actions: ("submit" | "cancel" | "ship" | "deliver")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                        status_history: {
                            /** Format: uuid */
                            id: string;
                            /** @description place, update, submit, complete, reopen, cancel, ship, deliver or reassign. */
                            action: string;
                            from_status: ("draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled") | null;
                            /** @enum {string} */
                            to_status: "draft" | "pending" | "confirmed" | "shipped" | "delivered" | "canceled";
                            reason: string | null;
                            actor: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    receiveStripeWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description t=<unix seconds>,v1=<HMAC-SHA256 of "t.body" with the endpoint secret>, as Stripe sends it. */
                "stripe-signature"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Stripe event id (evt_…); deliveries are deduplicated on it. */
                    id: string;
                    /** @enum {string} */
                    object: "event";
                    /** @description payment_intent.succeeded, payment_intent.payment_failed and payment_intent.canceled are handled. */
                    type: string;
                    data: {
                        /** @description The PaymentIntent; metadata.workspace_id and metadata.order_id name the order. */
                        object: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        received: true;
                        /** @description Stripe's event id (evt_…). */
                        event_id: string;
                        type: string;
                        /**
                         * @description applied: the intent moved; duplicate: this event id was handled before; stale: late or out of order for the intent (nothing changed); ignored: not an event type or intent Nexova knows.
                         * @enum {string}
                         */
                        outcome: "applied" | "duplicate" | "stale" | "ignored";
                        /** @description Set when a success was recorded but needs staff (`overpaid`, `order_canceled`). */
                        review_reason: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrderPayments: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The order it pays, when it pays an order. */
                            order_id: string | null;
                            /** @description The invoice it pays (billing), when it pays an invoice. */
                            invoice_id: string | null;
                            /** @description Minor units of `currency`. */
                            amount: number;
                            currency: string;
                            /** @enum {string} */
                            method: "cash" | "transfer" | "card" | "stripe" | "pix";
                            /**
                             * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                             * @enum {string}
                             */
                            status: "registered" | "refund_requested" | "voided" | "refunded";
                            /** @description Transfer id, card slip number…; for `pix`, the end-to-end id (E2E) or txid. */
                            reference: string | null;
                            note: string | null;
                            reversal_reason: string | null;
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                                size: number;
                                sha256: string;
                                filename: string | null;
                                /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                                url: string;
                                url_expires_at: string;
                                created_at: string;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    registerOrderPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Minor units; at most the order balance (422 above it). */
                    amount: number;
                    /** @enum {string} */
                    method: "cash" | "transfer" | "card" | "stripe" | "pix";
                    /** @description Defaults to the order's currency; any other is 422. */
                    currency?: string;
                    /** @description Transfer id, card slip number… */
                    reference?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The order it pays, when it pays an order. */
                        order_id: string | null;
                        /** @description The invoice it pays (billing), when it pays an invoice. */
                        invoice_id: string | null;
                        /** @description Minor units of `currency`. */
                        amount: number;
                        currency: string;
                        /** @enum {string} */
                        method: "cash" | "transfer" | "card" | "stripe" | "pix";
                        /**
                         * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                         * @enum {string}
                         */
                        status: "registered" | "refund_requested" | "voided" | "refunded";
                        /** @description Transfer id, card slip number…; for `pix`, the end-to-end id (E2E) or txid. */
                        reference: string | null;
                        note: string | null;
                        reversal_reason: string | null;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            size: number;
                            sha256: string;
                            filename: string | null;
                            /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                            url: string;
                            url_expires_at: string;
                            created_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrderBalance: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        order_id: string;
                        currency: string;
                        total: number;
                        /** @description Sum of registered (not voided or refunded) payments. */
                        paid: number;
                        /** @description total − paid, never negative. */
                        balance: number;
                        /** @enum {string} */
                        paid_status: "unpaid" | "partial" | "paid";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrderPaymentIntent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The order this payment is for; one intent per order.
                         */
                        order_id: string;
                        /** @enum {string} */
                        provider: "manual" | "stripe";
                        /**
                         * @description Moves forward only: requested (Stripe: recorded, not yet created at Stripe) → pending → succeeded | failed | canceled (failed → succeeded on a retry). cancel_requested: Stripe: its cancel (or refund, when paid) is recorded and being sent to Stripe, then canceled.
                         * @enum {string}
                         */
                        status: "requested" | "pending" | "succeeded" | "failed" | "cancel_requested" | "canceled";
                        /** @description Minor units of `currency`: the order's balance when it was requested. */
                        amount: number;
                        currency: string;
                        /** @description The provider's id (Stripe's PaymentIntent id); null for manual. */
                        external_id: string | null;
                        /** @description Stripe's client secret, for confirming the payment in the customer's browser; null for manual. */
                        client_secret: string | null;
                        failure_reason: string | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The payment. */
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The order it pays, when it pays an order. */
                        order_id: string | null;
                        /** @description The invoice it pays (billing), when it pays an invoice. */
                        invoice_id: string | null;
                        /** @description Minor units of `currency`. */
                        amount: number;
                        currency: string;
                        /** @enum {string} */
                        method: "cash" | "transfer" | "card" | "stripe" | "pix";
                        /**
                         * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                         * @enum {string}
                         */
                        status: "registered" | "refund_requested" | "voided" | "refunded";
                        /** @description Transfer id, card slip number…; for `pix`, the end-to-end id (E2E) or txid. */
                        reference: string | null;
                        note: string | null;
                        reversal_reason: string | null;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            size: number;
                            sha256: string;
                            filename: string | null;
                            /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                            url: string;
                            url_expires_at: string;
                            created_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    voidPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The payment. */
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The order it pays, when it pays an order. */
                        order_id: string | null;
                        /** @description The invoice it pays (billing), when it pays an invoice. */
                        invoice_id: string | null;
                        /** @description Minor units of `currency`. */
                        amount: number;
                        currency: string;
                        /** @enum {string} */
                        method: "cash" | "transfer" | "card" | "stripe" | "pix";
                        /**
                         * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                         * @enum {string}
                         */
                        status: "registered" | "refund_requested" | "voided" | "refunded";
                        /** @description Transfer id, card slip number…; for `pix`, the end-to-end id (E2E) or txid. */
                        reference: string | null;
                        note: string | null;
                        reversal_reason: string | null;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            size: number;
                            sha256: string;
                            filename: string | null;
                            /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                            url: string;
                            url_expires_at: string;
                            created_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refundPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The payment. */
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The order it pays, when it pays an order. */
                        order_id: string | null;
                        /** @description The invoice it pays (billing), when it pays an invoice. */
                        invoice_id: string | null;
                        /** @description Minor units of `currency`. */
                        amount: number;
                        currency: string;
                        /** @enum {string} */
                        method: "cash" | "transfer" | "card" | "stripe" | "pix";
                        /**
                         * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                         * @enum {string}
                         */
                        status: "registered" | "refund_requested" | "voided" | "refunded";
                        /** @description Transfer id, card slip number…; for `pix`, the end-to-end id (E2E) or txid. */
                        reference: string | null;
                        note: string | null;
                        reversal_reason: string | null;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            size: number;
                            sha256: string;
                            filename: string | null;
                            /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                            url: string;
                            url_expires_at: string;
                            created_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The order it pays, when it pays an order. */
                        order_id: string | null;
                        /** @description The invoice it pays (billing), when it pays an invoice. */
                        invoice_id: string | null;
                        /** @description Minor units of `currency`. */
                        amount: number;
                        currency: string;
                        /** @enum {string} */
                        method: "cash" | "transfer" | "card" | "stripe" | "pix";
                        /**
                         * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                         * @enum {string}
                         */
                        status: "registered" | "refund_requested" | "voided" | "refunded";
                        /** @description Transfer id, card slip number…; for `pix`, the end-to-end id (E2E) or txid. */
                        reference: string | null;
                        note: string | null;
                        reversal_reason: string | null;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            size: number;
                            sha256: string;
                            filename: string | null;
                            /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                            url: string;
                            url_expires_at: string;
                            created_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    attachPaymentReceipt: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The payment. */
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                        size: number;
                        sha256: string;
                        filename: string | null;
                        /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                        url: string;
                        url_expires_at: string;
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadFile: {
        parameters: {
            query: {
                /** @description Unix seconds after which the URL stops working. */
                expires: string;
                /** @description HMAC-SHA256 of key and expiry, base64url. */
                sig: string;
            };
            header?: never;
            path: {
                /** @description The file key. */
                "*": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPatients: {
        parameters: {
            query?: {
                /** @description The person's name (accents and typos tolerated), phone, email or an exact document number. */
                q?: string;
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * Format: uuid
                             * @description The person of the directory (the same id as /customers/{customer_id}).
                             */
                            person_id: string;
                            /** @description Name, phone, email and documents; null once the person was deleted. */
                            person: {
                                /**
                                 * Format: uuid
                                 * @description The person id (the same as the customer id).
                                 */
                                id: string;
                                name: string;
                                /** @description E.164. */
                                phone: string | null;
                                email: string | null;
                                /**
                                 * @description merged: a tombstone; its records moved to the survivor.
                                 * @enum {string}
                                 */
                                status: "active" | "merged";
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    person_id: string;
                                    /**
                                     * @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).
                                     * @enum {string}
                                     */
                                    type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                                    /** @description ISO 3166-1 alpha-2 of the issuing country. */
                                    country: string;
                                    /** @description Normalised: upper case, no dots, dashes, slashes or spaces. */
                                    number: string;
                                    created_at: string;
                                }[];
                            } | null;
                            birth_date: string | null;
                            sex: ("female" | "male" | "intersex" | "unknown") | null;
                            gender: string | null;
                            allergies: {
                                /** @description The substance ("Penicillin", "Latex"). */
                                name: string;
                                /** @default null */
                                severity: ("mild" | "moderate" | "severe") | null;
                                /** @default null */
                                reaction: string | null;
                            }[];
                            conditions: {
                                /** @description "Type 2 diabetes", "Hypertension". */
                                name: string;
                                /**
                                 * @description ICD-10 code, e.g. E11.9.
                                 * @default null
                                 */
                                icd10: string | null;
                                /** @default null */
                                since: string | null;
                            }[];
                            alert_flags: string[];
                            emergency_contact: {
                                name: string;
                                /** @description Normalised to E.164 (workspace default region). */
                                phone: string;
                                /** @default null */
                                relationship: string | null;
                            } | null;
                            /** @enum {string} */
                            status: "active" | "merged";
                            /** @description The surviving patient when this profile was merged. */
                            merged_into: string | null;
                            /** @description The clinical profile's version (ETag); the person has its own. */
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPatient: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description An existing person (customer) of the workspace…
                     */
                    person_id?: string;
                    /** @description …or a new one, created with the patient. Exactly one of the two. */
                    person?: {
                        name: string;
                        /** @description Normalised to E.164 (workspace default region). */
                        phone?: string;
                        /** Format: email */
                        email?: string;
                        /** @description Checked by their check digits. */
                        documents?: {
                            /**
                             * @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).
                             * @enum {string}
                             */
                            type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                            /** @description Any usual spelling; checked by its check digits. */
                            number: string;
                        }[];
                    };
                    /** @description YYYY-MM-DD; not in the future. */
                    birth_date?: string | null;
                    /** @description Sex recorded for clinical purposes. */
                    sex?: ("female" | "male" | "intersex" | "unknown") | null;
                    /** @description Gender identity, as the patient states it. */
                    gender?: string | null;
                    allergies?: {
                        /** @description The substance ("Penicillin", "Latex"). */
                        name: string;
                        /** @default null */
                        severity?: ("mild" | "moderate" | "severe") | null;
                        /** @default null */
                        reaction?: string | null;
                    }[];
                    conditions?: {
                        /** @description "Type 2 diabetes", "Hypertension". */
                        name: string;
                        /**
                         * @description ICD-10 code, e.g. E11.9.
                         * @default null
                         */
                        icd10?: string | null;
                        /** @default null */
                        since?: string | null;
                    }[];
                    alert_flags?: string[];
                    emergency_contact?: {
                        name: string;
                        /** @description Normalised to E.164 (workspace default region). */
                        phone: string;
                        /** @default null */
                        relationship?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: uuid
                         * @description The person of the directory (the same id as /customers/{customer_id}).
                         */
                        person_id: string;
                        /** @description Name, phone, email and documents; null once the person was deleted. */
                        person: {
                            /**
                             * Format: uuid
                             * @description The person id (the same as the customer id).
                             */
                            id: string;
                            name: string;
                            /** @description E.164. */
                            phone: string | null;
                            email: string | null;
                            /**
                             * @description merged: a tombstone; its records moved to the survivor.
                             * @enum {string}
                             */
                            status: "active" | "merged";
                            documents: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                person_id: string;
                                /**
                                 * @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).
                                 * @enum {string}
                                 */
                                type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                                /** @description ISO 3166-1 alpha-2 of the issuing country. */
                                country: string;
                                /** @description Normalised: upper case, no dots, dashes, slashes or spaces. */
                                number: string;
                                created_at: string;
                            }[];
                        } | null;
                        birth_date: string | null;
                        sex: ("female" | "male" | "intersex" | "unknown") | null;
                        gender: string | null;
                        allergies: {
                            /** @description The substance ("Penicillin", "Latex"). */
                            name: string;
                            /** @default null */
                            severity: ("mild" | "moderate" | "severe") | null;
                            /** @default null */
                            reaction: string | null;
                        }[];
                        conditions: {
                            /** @description "Type 2 diabetes", "Hypertension". */
                            name: string;
                            /**
                             * @description ICD-10 code, e.g. E11.9.
                             * @default null
                             */
                            icd10: string | null;
                            /** @default null */
                            since: string | null;
                        }[];
                        alert_flags: string[];
                        emergency_contact: {
                            name: string;
                            /** @description Normalised to E.164 (workspace default region). */
                            phone: string;
                            /** @default null */
                            relationship: string | null;
                        } | null;
                        /** @enum {string} */
                        status: "active" | "merged";
                        /** @description The surviving patient when this profile was merged. */
                        merged_into: string | null;
                        /** @description The clinical profile's version (ETag); the person has its own. */
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPatient: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                patient_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: uuid
                         * @description The person of the directory (the same id as /customers/{customer_id}).
                         */
                        person_id: string;
                        /** @description Name, phone, email and documents; null once the person was deleted. */
                        person: {
                            /**
                             * Format: uuid
                             * @description The person id (the same as the customer id).
                             */
                            id: string;
                            name: string;
                            /** @description E.164. */
                            phone: string | null;
                            email: string | null;
                            /**
                             * @description merged: a tombstone; its records moved to the survivor.
                             * @enum {string}
                             */
                            status: "active" | "merged";
                            documents: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                person_id: string;
                                /**
                                 * @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).
                                 * @enum {string}
                                 */
                                type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                                /** @description ISO 3166-1 alpha-2 of the issuing country. */
                                country: string;
                                /** @description Normalised: upper case, no dots, dashes, slashes or spaces. */
                                number: string;
                                created_at: string;
                            }[];
                        } | null;
                        birth_date: string | null;
                        sex: ("female" | "male" | "intersex" | "unknown") | null;
                        gender: string | null;
                        allergies: {
                            /** @description The substance ("Penicillin", "Latex"). */
                            name: string;
                            /** @default null */
                            severity: ("mild" | "moderate" | "severe") | null;
                            /** @default null */
                            reaction: string | null;
                        }[];
                        conditions: {
                            /** @description "Type 2 diabetes", "Hypertension". */
                            name: string;
                            /**
                             * @description ICD-10 code, e.g. E11.9.
                             * @default null
                             */
                            icd10: string | null;
                            /** @default null */
                            since: string | null;
                        }[];
                        alert_flags: string[];
                        emergency_contact: {
                            name: string;
                            /** @description Normalised to E.164 (workspace default region). */
                            phone: string;
                            /** @default null */
                            relationship: string | null;
                        } | null;
                        /** @enum {string} */
                        status: "active" | "merged";
                        /** @description The surviving patient when this profile was merged. */
                        merged_into: string | null;
                        /** @description The clinical profile's version (ETag); the person has its own. */
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePatient: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                patient_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description YYYY-MM-DD; not in the future. */
                    birth_date?: string | null;
                    /** @description Sex recorded for clinical purposes. */
                    sex?: ("female" | "male" | "intersex" | "unknown") | null;
                    /** @description Gender identity, as the patient states it. */
                    gender?: string | null;
                    allergies?: {
                        /** @description The substance ("Penicillin", "Latex"). */
                        name: string;
                        /** @default null */
                        severity?: ("mild" | "moderate" | "severe") | null;
                        /** @default null */
                        reaction?: string | null;
                    }[];
                    conditions?: {
                        /** @description "Type 2 diabetes", "Hypertension". */
                        name: string;
                        /**
                         * @description ICD-10 code, e.g. E11.9.
                         * @default null
                         */
                        icd10?: string | null;
                        /** @default null */
                        since?: string | null;
                    }[];
                    alert_flags?: string[];
                    emergency_contact?: {
                        name: string;
                        /** @description Normalised to E.164 (workspace default region). */
                        phone: string;
                        /** @default null */
                        relationship?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: uuid
                         * @description The person of the directory (the same id as /customers/{customer_id}).
                         */
                        person_id: string;
                        /** @description Name, phone, email and documents; null once the person was deleted. */
                        person: {
                            /**
                             * Format: uuid
                             * @description The person id (the same as the customer id).
                             */
                            id: string;
                            name: string;
                            /** @description E.164. */
                            phone: string | null;
                            email: string | null;
                            /**
                             * @description merged: a tombstone; its records moved to the survivor.
                             * @enum {string}
                             */
                            status: "active" | "merged";
                            documents: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                person_id: string;
                                /**
                                 * @description cpf, cnpj (BR) · dni, cuit (AR) · curp, rfc (MX) · rut (CL) · cc, nit (CO).
                                 * @enum {string}
                                 */
                                type: "cpf" | "cnpj" | "dni" | "cuit" | "curp" | "rfc" | "rut" | "cc" | "nit";
                                /** @description ISO 3166-1 alpha-2 of the issuing country. */
                                country: string;
                                /** @description Normalised: upper case, no dots, dashes, slashes or spaces. */
                                number: string;
                                created_at: string;
                            }[];
                        } | null;
                        birth_date: string | null;
                        sex: ("female" | "male" | "intersex" | "unknown") | null;
                        gender: string | null;
                        allergies: {
                            /** @description The substance ("Penicillin", "Latex"). */
                            name: string;
                            /** @default null */
                            severity: ("mild" | "moderate" | "severe") | null;
                            /** @default null */
                            reaction: string | null;
                        }[];
                        conditions: {
                            /** @description "Type 2 diabetes", "Hypertension". */
                            name: string;
                            /**
                             * @description ICD-10 code, e.g. E11.9.
                             * @default null
                             */
                            icd10: string | null;
                            /** @default null */
                            since: string | null;
                        }[];
                        alert_flags: string[];
                        emergency_contact: {
                            name: string;
                            /** @description Normalised to E.164 (workspace default region). */
                            phone: string;
                            /** @default null */
                            relationship: string | null;
                        } | null;
                        /** @enum {string} */
                        status: "active" | "merged";
                        /** @description The surviving patient when this profile was merged. */
                        merged_into: string | null;
                        /** @description The clinical profile's version (ETag); the person has its own. */
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPatientNotes: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                patient_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            patient_id: string;
                            body: string;
                            /** @description Who wrote it (the actor). */
                            author: {
                                type: string;
                                id: string | null;
                            };
                            created_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPatientNote: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                patient_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        patient_id: string;
                        body: string;
                        /** @description Who wrote it (the actor). */
                        author: {
                            type: string;
                            id: string | null;
                        };
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPatientAttachments: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                patient_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            size: number;
                            sha256: string;
                            filename: string | null;
                            /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                            url: string;
                            url_expires_at: string;
                            created_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    attachPatientFile: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                patient_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                        size: number;
                        sha256: string;
                        filename: string | null;
                        /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                        url: string;
                        url_expires_at: string;
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description Where deliveries are POSTed (https). */
                            url: string;
                            description: string | null;
                            /** @description Patterns of the event types sent: `*`, `orders.order.*`, … */
                            event_types: string[];
                            enabled: boolean;
                            /** @description Why it is disabled: `manual`, `failing` (sustained failure) or `gone` (it answered 410). */
                            disabled_reason: ("manual" | "failing" | "gone") | null;
                            disabled_at: string | null;
                            /** @description After a rotation: until when deliveries are also signed with the previous secret. */
                            previous_secret_expires_at: string | null;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description https URL of a public host: loopback, private, link-local and other internal addresses are refused (422), also when a name resolves to one. */
                    url: string;
                    description?: string | null;
                    /** @description Event types to receive (docs/EVENTS.md): `*`, `orders.order.*`, `payments.payment.registered`, … */
                    event_types: string[];
                    /** @default true */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Where deliveries are POSTed (https). */
                        url: string;
                        description: string | null;
                        /** @description Patterns of the event types sent: `*`, `orders.order.*`, … */
                        event_types: string[];
                        enabled: boolean;
                        /** @description Why it is disabled: `manual`, `failing` (sustained failure) or `gone` (it answered 410). */
                        disabled_reason: ("manual" | "failing" | "gone") | null;
                        disabled_at: string | null;
                        /** @description After a rotation: until when deliveries are also signed with the previous secret. */
                        previous_secret_expires_at: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        /** @description The signing secret (`whsec_…`). Shown only in this answer: store it now, it cannot be read again. */
                        secret: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Where deliveries are POSTed (https). */
                        url: string;
                        description: string | null;
                        /** @description Patterns of the event types sent: `*`, `orders.order.*`, … */
                        event_types: string[];
                        enabled: boolean;
                        /** @description Why it is disabled: `manual`, `failing` (sustained failure) or `gone` (it answered 410). */
                        disabled_reason: ("manual" | "failing" | "gone") | null;
                        disabled_at: string | null;
                        /** @description After a rotation: until when deliveries are also signed with the previous secret. */
                        previous_secret_expires_at: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description https URL of a public host: loopback, private, link-local and other internal addresses are refused (422), also when a name resolves to one. */
                    url?: string;
                    description?: string | null;
                    /** @description Event types to receive (docs/EVENTS.md): `*`, `orders.order.*`, `payments.payment.registered`, … */
                    event_types?: string[];
                    /** @description false disables it (reason `manual`); true enables it again and clears its failure streak. */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Where deliveries are POSTed (https). */
                        url: string;
                        description: string | null;
                        /** @description Patterns of the event types sent: `*`, `orders.order.*`, … */
                        event_types: string[];
                        enabled: boolean;
                        /** @description Why it is disabled: `manual`, `failing` (sustained failure) or `gone` (it answered 410). */
                        disabled_reason: ("manual" | "failing" | "gone") | null;
                        disabled_at: string | null;
                        /** @description After a rotation: until when deliveries are also signed with the previous secret. */
                        previous_secret_expires_at: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description How long the previous secret keeps signing (default WEBHOOKS_SECRET_OVERLAP_SECONDS, at most that); 0 revokes it at once. */
                    overlap_seconds?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Where deliveries are POSTed (https). */
                        url: string;
                        description: string | null;
                        /** @description Patterns of the event types sent: `*`, `orders.order.*`, … */
                        event_types: string[];
                        enabled: boolean;
                        /** @description Why it is disabled: `manual`, `failing` (sustained failure) or `gone` (it answered 410). */
                        disabled_reason: ("manual" | "failing" | "gone") | null;
                        disabled_at: string | null;
                        /** @description After a rotation: until when deliveries are also signed with the previous secret. */
                        previous_secret_expires_at: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        /** @description The signing secret (`whsec_…`). Shown only in this answer: store it now, it cannot be read again. */
                        secret: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    pingWebhookEndpoint: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        endpoint_id: string;
                        /**
                         * Format: uuid
                         * @description The event id: also the `webhook-id` header and the body `id`.
                         */
                        event_id: string;
                        event_type: string;
                        /** @enum {string} */
                        kind: "event" | "ping";
                        /**
                         * @description `pending` (waiting for its next attempt), `delivered` (a 2xx came back) or `failed` (gave up).
                         * @enum {string}
                         */
                        status: "pending" | "delivered" | "failed";
                        attempt_count: number;
                        next_attempt_at: string | null;
                        last_status_code: number | null;
                        last_error: string | null;
                        delivered_at: string | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookEndpointDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                /** @description Only deliveries in this status. */
                status?: "pending" | "delivered" | "failed";
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                endpoint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            endpoint_id: string;
                            /**
                             * Format: uuid
                             * @description The event id: also the `webhook-id` header and the body `id`.
                             */
                            event_id: string;
                            event_type: string;
                            /** @enum {string} */
                            kind: "event" | "ping";
                            /**
                             * @description `pending` (waiting for its next attempt), `delivered` (a 2xx came back) or `failed` (gave up).
                             * @enum {string}
                             */
                            status: "pending" | "delivered" | "failed";
                            attempt_count: number;
                            next_attempt_at: string | null;
                            last_status_code: number | null;
                            last_error: string | null;
                            delivered_at: string | null;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        endpoint_id: string;
                        /**
                         * Format: uuid
                         * @description The event id: also the `webhook-id` header and the body `id`.
                         */
                        event_id: string;
                        event_type: string;
                        /** @enum {string} */
                        kind: "event" | "ping";
                        /**
                         * @description `pending` (waiting for its next attempt), `delivered` (a 2xx came back) or `failed` (gave up).
                         * @enum {string}
                         */
                        status: "pending" | "delivered" | "failed";
                        attempt_count: number;
                        next_attempt_at: string | null;
                        last_status_code: number | null;
                        last_error: string | null;
                        delivered_at: string | null;
                        created_at: string;
                        updated_at: string;
                        /** @description The JSON body sent: { id, type, created_at, workspace_id, data }. */
                        payload: unknown;
                        attempts: {
                            attempt: number;
                            /** @description HTTP status answered; null when none came back. */
                            status_code: number | null;
                            duration_ms: number;
                            /** @description Why the attempt failed without an answer (timeout, refused, …). */
                            error: string | null;
                            /** @description The start of the answer body (at most 1 KiB). */
                            response_body: string | null;
                            succeeded: boolean;
                            created_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        endpoint_id: string;
                        /**
                         * Format: uuid
                         * @description The event id: also the `webhook-id` header and the body `id`.
                         */
                        event_id: string;
                        event_type: string;
                        /** @enum {string} */
                        kind: "event" | "ping";
                        /**
                         * @description `pending` (waiting for its next attempt), `delivered` (a 2xx came back) or `failed` (gave up).
                         * @enum {string}
                         */
                        status: "pending" | "delivered" | "failed";
                        attempt_count: number;
                        next_attempt_at: string | null;
                        last_status_code: number | null;
                        last_error: string | null;
                        delivered_at: string | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listClinicalCatalogEntries: {
        parameters: {
            query: {
                /** @description Which catalog: specialty, procedure, disease (ICD-10), allergy, medication (ATC) or treatment_template. */
                catalog: "specialty" | "procedure" | "disease" | "allergy" | "medication" | "treatment_template";
                /** @description Name (any locale), alias or code; tolerant of accents and typos. */
                q?: string;
                /** @description `true` also lists the entries the workspace hid (to show them again). */
                include_hidden?: "true" | "false";
                /** @description Only global entries, or only the workspace’s own. */
                source?: "global" | "workspace";
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description Which catalog the entry belongs to.
                             * @enum {string}
                             */
                            catalog: "specialty" | "procedure" | "disease" | "allergy" | "medication" | "treatment_template";
                            /**
                             * @description `global`: shipped with Nexova; `workspace`: this workspace’s own.
                             * @enum {string}
                             */
                            source: "global" | "workspace";
                            /** @description Stable name of a global entry (`general_consultation`); null for workspace entries. */
                            key: string | null;
                            /** @description ICD-10 code of a disease, ATC code of a medication, or the workspace’s code. */
                            code: string | null;
                            /** @description The alias when the workspace set one, else the name in `locale`. */
                            name: string;
                            /** @description The entry’s own name in `locale` (ignores the alias). */
                            standard_name: string;
                            alias: string | null;
                            /** @description Locale of `standard_name`: the requested one, or the next in the fallback chain. */
                            locale: string;
                            /** @description The workspace hid it: lists leave it out unless `include_hidden=true`. */
                            hidden: boolean;
                            duration_minutes: number | null;
                            /** @description Integer minor units of `currency`. */
                            price: number | null;
                            /** @description ISO 4217 code of `price`. */
                            currency: string | null;
                            preparation_notes: string | null;
                            /** @description Catalog-specific data (code system, category, sessions…). */
                            attributes: {
                                [key: string]: unknown;
                            };
                            /** @description Fields the workspace override sets; the rest follow the global entry. */
                            overridden: ("hidden" | "alias" | "price" | "duration_minutes" | "preparation_notes")[];
                            /** @description Changes whenever the global entry or the override changes; the ETag. */
                            version: number;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createClinicalCatalogEntry: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Which catalog: specialty, procedure, disease (ICD-10), allergy, medication (ATC) or treatment_template.
                     * @enum {string}
                     */
                    catalog: "specialty" | "procedure" | "disease" | "allergy" | "medication" | "treatment_template";
                    /** @description Written in the caller’s locale (Accept-Language), else the workspace’s. */
                    name: string;
                    /** @description The workspace’s own code. */
                    code?: string | null;
                    duration_minutes?: number | null;
                    price?: number | null;
                    currency?: string | null;
                    preparation_notes?: string | null;
                    /** @description Free catalog-specific data (at most 50 keys). */
                    attributes?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Which catalog the entry belongs to.
                         * @enum {string}
                         */
                        catalog: "specialty" | "procedure" | "disease" | "allergy" | "medication" | "treatment_template";
                        /**
                         * @description `global`: shipped with Nexova; `workspace`: this workspace’s own.
                         * @enum {string}
                         */
                        source: "global" | "workspace";
                        /** @description Stable name of a global entry (`general_consultation`); null for workspace entries. */
                        key: string | null;
                        /** @description ICD-10 code of a disease, ATC code of a medication, or the workspace’s code. */
                        code: string | null;
                        /** @description The alias when the workspace set one, else the name in `locale`. */
                        name: string;
                        /** @description The entry’s own name in `locale` (ignores the alias). */
                        standard_name: string;
                        alias: string | null;
                        /** @description Locale of `standard_name`: the requested one, or the next in the fallback chain. */
                        locale: string;
                        /** @description The workspace hid it: lists leave it out unless `include_hidden=true`. */
                        hidden: boolean;
                        duration_minutes: number | null;
                        /** @description Integer minor units of `currency`. */
                        price: number | null;
                        /** @description ISO 4217 code of `price`. */
                        currency: string | null;
                        preparation_notes: string | null;
                        /** @description Catalog-specific data (code system, category, sessions…). */
                        attributes: {
                            [key: string]: unknown;
                        };
                        /** @description Fields the workspace override sets; the rest follow the global entry. */
                        overridden: ("hidden" | "alias" | "price" | "duration_minutes" | "preparation_notes")[];
                        /** @description Changes whenever the global entry or the override changes; the ETag. */
                        version: number;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getClinicalCatalogEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Which catalog the entry belongs to.
                         * @enum {string}
                         */
                        catalog: "specialty" | "procedure" | "disease" | "allergy" | "medication" | "treatment_template";
                        /**
                         * @description `global`: shipped with Nexova; `workspace`: this workspace’s own.
                         * @enum {string}
                         */
                        source: "global" | "workspace";
                        /** @description Stable name of a global entry (`general_consultation`); null for workspace entries. */
                        key: string | null;
                        /** @description ICD-10 code of a disease, ATC code of a medication, or the workspace’s code. */
                        code: string | null;
                        /** @description The alias when the workspace set one, else the name in `locale`. */
                        name: string;
                        /** @description The entry’s own name in `locale` (ignores the alias). */
                        standard_name: string;
                        alias: string | null;
                        /** @description Locale of `standard_name`: the requested one, or the next in the fallback chain. */
                        locale: string;
                        /** @description The workspace hid it: lists leave it out unless `include_hidden=true`. */
                        hidden: boolean;
                        duration_minutes: number | null;
                        /** @description Integer minor units of `currency`. */
                        price: number | null;
                        /** @description ISO 4217 code of `price`. */
                        currency: string | null;
                        preparation_notes: string | null;
                        /** @description Catalog-specific data (code system, category, sessions…). */
                        attributes: {
                            [key: string]: unknown;
                        };
                        /** @description Fields the workspace override sets; the rest follow the global entry. */
                        overridden: ("hidden" | "alias" | "price" | "duration_minutes" | "preparation_notes")[];
                        /** @description Changes whenever the global entry or the override changes; the ETag. */
                        version: number;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteClinicalCatalogEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateClinicalCatalogEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Written in the caller’s locale (Accept-Language), else the workspace’s. */
                    name?: string;
                    /** @description The workspace’s own code. */
                    code?: string | null;
                    duration_minutes?: number | null;
                    price?: number | null;
                    currency?: string | null;
                    preparation_notes?: string | null;
                    /** @description Free catalog-specific data (at most 50 keys). */
                    attributes?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Which catalog the entry belongs to.
                         * @enum {string}
                         */
                        catalog: "specialty" | "procedure" | "disease" | "allergy" | "medication" | "treatment_template";
                        /**
                         * @description `global`: shipped with Nexova; `workspace`: this workspace’s own.
                         * @enum {string}
                         */
                        source: "global" | "workspace";
                        /** @description Stable name of a global entry (`general_consultation`); null for workspace entries. */
                        key: string | null;
                        /** @description ICD-10 code of a disease, ATC code of a medication, or the workspace’s code. */
                        code: string | null;
                        /** @description The alias when the workspace set one, else the name in `locale`. */
                        name: string;
                        /** @description The entry’s own name in `locale` (ignores the alias). */
                        standard_name: string;
                        alias: string | null;
                        /** @description Locale of `standard_name`: the requested one, or the next in the fallback chain. */
                        locale: string;
                        /** @description The workspace hid it: lists leave it out unless `include_hidden=true`. */
                        hidden: boolean;
                        duration_minutes: number | null;
                        /** @description Integer minor units of `currency`. */
                        price: number | null;
                        /** @description ISO 4217 code of `price`. */
                        currency: string | null;
                        preparation_notes: string | null;
                        /** @description Catalog-specific data (code system, category, sessions…). */
                        attributes: {
                            [key: string]: unknown;
                        };
                        /** @description Fields the workspace override sets; the rest follow the global entry. */
                        overridden: ("hidden" | "alias" | "price" | "duration_minutes" | "preparation_notes")[];
                        /** @description Changes whenever the global entry or the override changes; the ETag. */
                        version: number;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putClinicalCatalogOverride: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        /** @description The whole override: a field left out or null follows the global entry (and its future changes). */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Hide the entry from this workspace’s lists. */
                    hidden?: boolean;
                    /** @description The name this workspace uses for it. */
                    alias?: string | null;
                    price?: number | null;
                    currency?: string | null;
                    duration_minutes?: number | null;
                    /** @description What the patient should know or do beforehand. */
                    preparation_notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Which catalog the entry belongs to.
                         * @enum {string}
                         */
                        catalog: "specialty" | "procedure" | "disease" | "allergy" | "medication" | "treatment_template";
                        /**
                         * @description `global`: shipped with Nexova; `workspace`: this workspace’s own.
                         * @enum {string}
                         */
                        source: "global" | "workspace";
                        /** @description Stable name of a global entry (`general_consultation`); null for workspace entries. */
                        key: string | null;
                        /** @description ICD-10 code of a disease, ATC code of a medication, or the workspace’s code. */
                        code: string | null;
                        /** @description The alias when the workspace set one, else the name in `locale`. */
                        name: string;
                        /** @description The entry’s own name in `locale` (ignores the alias). */
                        standard_name: string;
                        alias: string | null;
                        /** @description Locale of `standard_name`: the requested one, or the next in the fallback chain. */
                        locale: string;
                        /** @description The workspace hid it: lists leave it out unless `include_hidden=true`. */
                        hidden: boolean;
                        duration_minutes: number | null;
                        /** @description Integer minor units of `currency`. */
                        price: number | null;
                        /** @description ISO 4217 code of `price`. */
                        currency: string | null;
                        preparation_notes: string | null;
                        /** @description Catalog-specific data (code system, category, sessions…). */
                        attributes: {
                            [key: string]: unknown;
                        };
                        /** @description Fields the workspace override sets; the rest follow the global entry. */
                        overridden: ("hidden" | "alias" | "price" | "duration_minutes" | "preparation_notes")[];
                        /** @description Changes whenever the global entry or the override changes; the ETag. */
                        version: number;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteClinicalCatalogOverride: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Which catalog the entry belongs to.
                         * @enum {string}
                         */
                        catalog: "specialty" | "procedure" | "disease" | "allergy" | "medication" | "treatment_template";
                        /**
                         * @description `global`: shipped with Nexova; `workspace`: this workspace’s own.
                         * @enum {string}
                         */
                        source: "global" | "workspace";
                        /** @description Stable name of a global entry (`general_consultation`); null for workspace entries. */
                        key: string | null;
                        /** @description ICD-10 code of a disease, ATC code of a medication, or the workspace’s code. */
                        code: string | null;
                        /** @description The alias when the workspace set one, else the name in `locale`. */
                        name: string;
                        /** @description The entry’s own name in `locale` (ignores the alias). */
                        standard_name: string;
                        alias: string | null;
                        /** @description Locale of `standard_name`: the requested one, or the next in the fallback chain. */
                        locale: string;
                        /** @description The workspace hid it: lists leave it out unless `include_hidden=true`. */
                        hidden: boolean;
                        duration_minutes: number | null;
                        /** @description Integer minor units of `currency`. */
                        price: number | null;
                        /** @description ISO 4217 code of `price`. */
                        currency: string | null;
                        preparation_notes: string | null;
                        /** @description Catalog-specific data (code system, category, sessions…). */
                        attributes: {
                            [key: string]: unknown;
                        };
                        /** @description Fields the workspace override sets; the rest follow the global entry. */
                        overridden: ("hidden" | "alias" | "price" | "duration_minutes" | "preparation_notes")[];
                        /** @description Changes whenever the global entry or the override changes; the ETag. */
                        version: number;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateGlobalClinicalCatalogEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The locale `name` and `preparation_notes` are written in (default: Accept-Language); other locales keep theirs.
                     * @enum {string}
                     */
                    locale?: "es" | "pt-BR" | "en";
                    name?: string;
                    /** @description null removes the notes in `locale`. */
                    preparation_notes?: string | null;
                    code?: string | null;
                    duration_minutes?: number | null;
                    price?: number | null;
                    currency?: string | null;
                    attributes?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Which catalog the entry belongs to.
                         * @enum {string}
                         */
                        catalog: "specialty" | "procedure" | "disease" | "allergy" | "medication" | "treatment_template";
                        /**
                         * @description `global`: shipped with Nexova; `workspace`: this workspace’s own.
                         * @enum {string}
                         */
                        source: "global" | "workspace";
                        /** @description Stable name of a global entry (`general_consultation`); null for workspace entries. */
                        key: string | null;
                        /** @description ICD-10 code of a disease, ATC code of a medication, or the workspace’s code. */
                        code: string | null;
                        /** @description The alias when the workspace set one, else the name in `locale`. */
                        name: string;
                        /** @description The entry’s own name in `locale` (ignores the alias). */
                        standard_name: string;
                        alias: string | null;
                        /** @description Locale of `standard_name`: the requested one, or the next in the fallback chain. */
                        locale: string;
                        /** @description The workspace hid it: lists leave it out unless `include_hidden=true`. */
                        hidden: boolean;
                        duration_minutes: number | null;
                        /** @description Integer minor units of `currency`. */
                        price: number | null;
                        /** @description ISO 4217 code of `price`. */
                        currency: string | null;
                        preparation_notes: string | null;
                        /** @description Catalog-specific data (code system, category, sessions…). */
                        attributes: {
                            [key: string]: unknown;
                        };
                        /** @description Fields the workspace override sets; the rest follow the global entry. */
                        overridden: ("hidden" | "alias" | "price" | "duration_minutes" | "preparation_notes")[];
                        /** @description Changes whenever the global entry or the override changes; the ETag. */
                        version: number;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProfessionals: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The workspace member this profile belongs to. */
                            user_id: string | null;
                            name: string;
                            /** @description Specialties (clinical catalog entry ids). */
                            specialty_ids: string[];
                            /** @description Professional licence (CRM, matrícula…). */
                            licence_number: string | null;
                            active: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createProfessional: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description The workspace member this profile belongs to. */
                    user_id?: string | null;
                    /** @description Specialties: clinical catalog entry ids. */
                    specialty_ids?: string[];
                    licence_number?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The workspace member this profile belongs to. */
                        user_id: string | null;
                        name: string;
                        /** @description Specialties (clinical catalog entry ids). */
                        specialty_ids: string[];
                        /** @description Professional licence (CRM, matrícula…). */
                        licence_number: string | null;
                        active: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProfessional: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                professional_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The workspace member this profile belongs to. */
                        user_id: string | null;
                        name: string;
                        /** @description Specialties (clinical catalog entry ids). */
                        specialty_ids: string[];
                        /** @description Professional licence (CRM, matrícula…). */
                        licence_number: string | null;
                        active: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProfessional: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                professional_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    user_id?: string | null;
                    specialty_ids?: string[];
                    licence_number?: string | null;
                    /** @description false takes it out of slot search; its appointments stay. */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The workspace member this profile belongs to. */
                        user_id: string | null;
                        name: string;
                        /** @description Specialties (clinical catalog entry ids). */
                        specialty_ids: string[];
                        /** @description Professional licence (CRM, matrícula…). */
                        licence_number: string | null;
                        active: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listResources: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description A room, or another bookable resource.
                             * @enum {string}
                             */
                            kind: "room" | "equipment";
                            name: string;
                            active: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createResource: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @description Default room.
                     * @enum {string}
                     */
                    kind?: "room" | "equipment";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description A room, or another bookable resource.
                         * @enum {string}
                         */
                        kind: "room" | "equipment";
                        name: string;
                        active: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                resource_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description A room, or another bookable resource.
                         * @enum {string}
                         */
                        kind: "room" | "equipment";
                        name: string;
                        active: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                resource_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    kind?: "room" | "equipment";
                    /** @description false takes it out of slot search; its appointments stay. */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description A room, or another bookable resource.
                         * @enum {string}
                         */
                        kind: "room" | "equipment";
                        name: string;
                        active: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listServices: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            duration_minutes: number;
                            /** @description Who may do it; empty: any active professional. */
                            professional_ids: string[];
                            /** @description The resources (rooms) it may use; a booking takes one of them. Empty: it needs none. */
                            resource_ids: string[];
                            /** @description The clinical catalog procedure it sells, if any. */
                            catalog_entry_id: string | null;
                            /** @description Integer minor units of `currency`; from the catalog entry unless set. */
                            price: number | null;
                            /** @description ISO 4217 code of `price`. */
                            currency: string | null;
                            active: boolean;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createService: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Required unless catalog_entry_id gives it. */
                    name?: string;
                    /** @description Required unless the catalog entry has one (its effective value, the override first). */
                    duration_minutes?: number;
                    /** @description Integer minor units of `currency`. */
                    price?: number | null;
                    /** @description ISO 4217 code of `price`. */
                    currency?: string | null;
                    /** @description Who may do it; empty or absent: anyone. */
                    professional_ids?: string[];
                    /** @description The rooms or resources it may use (one per booking). */
                    resource_ids?: string[];
                    /** @description The clinical catalog procedure it sells; absent name, duration and price come from it. */
                    catalog_entry_id?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        duration_minutes: number;
                        /** @description Who may do it; empty: any active professional. */
                        professional_ids: string[];
                        /** @description The resources (rooms) it may use; a booking takes one of them. Empty: it needs none. */
                        resource_ids: string[];
                        /** @description The clinical catalog procedure it sells, if any. */
                        catalog_entry_id: string | null;
                        /** @description Integer minor units of `currency`; from the catalog entry unless set. */
                        price: number | null;
                        /** @description ISO 4217 code of `price`. */
                        currency: string | null;
                        active: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                service_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        duration_minutes: number;
                        /** @description Who may do it; empty: any active professional. */
                        professional_ids: string[];
                        /** @description The resources (rooms) it may use; a booking takes one of them. Empty: it needs none. */
                        resource_ids: string[];
                        /** @description The clinical catalog procedure it sells, if any. */
                        catalog_entry_id: string | null;
                        /** @description Integer minor units of `currency`; from the catalog entry unless set. */
                        price: number | null;
                        /** @description ISO 4217 code of `price`. */
                        currency: string | null;
                        active: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateService: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                service_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    duration_minutes?: number;
                    professional_ids?: string[];
                    resource_ids?: string[];
                    /** @description A new procedure: absent duration and price come from it. */
                    catalog_entry_id?: string | null;
                    /** @description Integer minor units of `currency`. */
                    price?: number | null;
                    /** @description ISO 4217 code of `price`. */
                    currency?: string | null;
                    /** @description false takes it out of slot search; its appointments stay. */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        duration_minutes: number;
                        /** @description Who may do it; empty: any active professional. */
                        professional_ids: string[];
                        /** @description The resources (rooms) it may use; a booking takes one of them. Empty: it needs none. */
                        resource_ids: string[];
                        /** @description The clinical catalog procedure it sells, if any. */
                        catalog_entry_id: string | null;
                        /** @description Integer minor units of `currency`; from the catalog entry unless set. */
                        price: number | null;
                        /** @description ISO 4217 code of `price`. */
                        currency: string | null;
                        active: boolean;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAvailabilityRules: {
        parameters: {
            query: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                owner_kind: "professional" | "resource";
                owner_id: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            owner_kind: "professional" | "resource";
                            /** Format: uuid */
                            owner_id: string;
                            /** @description ISO weekday: 1 Monday … 7 Sunday. */
                            weekday: number;
                            /** @description Local wall time HH:MM in the workspace time zone. */
                            start: string;
                            /** @description Local wall time HH:MM (24:00 = midnight ending the day). */
                            end: string;
                            created_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAvailabilityRule: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    owner_kind: "professional" | "resource";
                    /** Format: uuid */
                    owner_id: string;
                    /** @description ISO weekday: 1 Monday … 7 Sunday. */
                    weekday: number;
                    /** @description Local wall time HH:MM in the workspace time zone. */
                    start: string;
                    /** @description Local wall time HH:MM in the workspace time zone. */
                    end: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        owner_kind: "professional" | "resource";
                        /** Format: uuid */
                        owner_id: string;
                        /** @description ISO weekday: 1 Monday … 7 Sunday. */
                        weekday: number;
                        /** @description Local wall time HH:MM in the workspace time zone. */
                        start: string;
                        /** @description Local wall time HH:MM (24:00 = midnight ending the day). */
                        end: string;
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAvailabilityRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                rule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        owner_kind: "professional" | "resource";
                        /** Format: uuid */
                        owner_id: string;
                        /** @description ISO weekday: 1 Monday … 7 Sunday. */
                        weekday: number;
                        /** @description Local wall time HH:MM in the workspace time zone. */
                        start: string;
                        /** @description Local wall time HH:MM (24:00 = midnight ending the day). */
                        end: string;
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAvailabilityRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                rule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAvailabilityExceptions: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description Null: the whole workspace (a holiday). */
                            owner_kind: ("professional" | "resource") | null;
                            owner_id: string | null;
                            /**
                             * @description closed: holiday or absence; open: extra hours.
                             * @enum {string}
                             */
                            kind: "open" | "closed";
                            starts_at: string;
                            ends_at: string;
                            reason: string | null;
                            created_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAvailabilityException: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Absent: the whole workspace (a holiday). */
                    owner_kind?: ("professional" | "resource") | null;
                    owner_id?: string | null;
                    /**
                     * @description closed: holiday or absence; open: extra hours.
                     * @enum {string}
                     */
                    kind: "open" | "closed";
                    /** Format: date-time */
                    starts_at: string;
                    /** Format: date-time */
                    ends_at: string;
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Null: the whole workspace (a holiday). */
                        owner_kind: ("professional" | "resource") | null;
                        owner_id: string | null;
                        /**
                         * @description closed: holiday or absence; open: extra hours.
                         * @enum {string}
                         */
                        kind: "open" | "closed";
                        starts_at: string;
                        ends_at: string;
                        reason: string | null;
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAvailabilityException: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                exception_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Null: the whole workspace (a holiday). */
                        owner_kind: ("professional" | "resource") | null;
                        owner_id: string | null;
                        /**
                         * @description closed: holiday or absence; open: extra hours.
                         * @enum {string}
                         */
                        kind: "open" | "closed";
                        starts_at: string;
                        ends_at: string;
                        reason: string | null;
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAvailabilityException: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                exception_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    findSlots: {
        parameters: {
            query: {
                service_id: string;
                /** @description Start of the search (ISO 8601 with offset). */
                from: string;
                /** @description End of the search; at most AGENDA_SLOT_RANGE_MAX_DAYS (31) days after from. */
                to: string;
                /** @description Only this professional. */
                professional_id?: string;
                /** @description Between slot starts; default the service duration. */
                step_minutes?: number;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            starts_at: string;
                            ends_at: string;
                            /** Format: uuid */
                            professional_id: string;
                            /** @description The free resource (room) that goes with it, if the service needs one. */
                            resource_id: string | null;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                /** @description Appointments ending after this instant. */
                from?: string;
                /** @description Appointments starting before this instant. */
                to?: string;
                professional_id?: string;
                resource_id?: string;
                patient_id?: string;
                status?: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            service_id: string;
                            /** Format: uuid */
                            professional_id: string;
                            resource_id: string | null;
                            /** @description The patient (person) it is for; may be empty while held. */
                            patient_id: string | null;
                            /** @enum {string} */
                            status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                            starts_at: string;
                            ends_at: string;
                            /** @description When a hold lapses and frees the slot; null once booked. */
                            expires_at: string | null;
                            notes: string | null;
                            cancel_reason: string | null;
                            canceled_by: string | null;
                            rescheduled_from_id: string | null;
                            rescheduled_to_id: string | null;
                            /** @description What may happen next from this status. */
                            allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    holdSlot: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    service_id: string;
                    /** Format: uuid */
                    professional_id: string;
                    /** @description The room or resource (from the slot) when the service needs one. */
                    resource_id?: string | null;
                    /** Format: date-time */
                    starts_at: string;
                    /** @description The patient (person); may come later, when booking. */
                    patient_id?: string | null;
                    notes?: string | null;
                    /** @description How long the hold lasts; default AGENDA_HOLD_TTL_SECONDS. */
                    ttl_seconds?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                        /** @description Every status change, oldest first. */
                        history: {
                            action: string;
                            from_status: string | null;
                            to_status: string;
                            reason: string | null;
                            actor_type: string;
                            actor_id: string | null;
                            at: string;
                        }[];
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    bookAppointment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history (the cancel reason). */
                    reason?: string;
                    /** @description 412 if the appointment changed (or send If-Match). */
                    expected_version?: number;
                    /**
                     * Format: uuid
                     * @description Required when the hold has none.
                     */
                    patient_id?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmAppointment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history (the cancel reason). */
                    reason?: string;
                    /** @description 412 if the appointment changed (or send If-Match). */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkInAppointment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history (the cancel reason). */
                    reason?: string;
                    /** @description 412 if the appointment changed (or send If-Match). */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    startAppointment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history (the cancel reason). */
                    reason?: string;
                    /** @description 412 if the appointment changed (or send If-Match). */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    completeAppointment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history (the cancel reason). */
                    reason?: string;
                    /** @description 412 if the appointment changed (or send If-Match). */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelAppointment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history (the cancel reason). */
                    reason?: string;
                    /** @description 412 if the appointment changed (or send If-Match). */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    markAppointmentNoShow: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history (the cancel reason). */
                    reason?: string;
                    /** @description 412 if the appointment changed (or send If-Match). */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    releaseHold: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Kept in the status history (the cancel reason). */
                    reason?: string;
                    /** @description 412 if the appointment changed (or send If-Match). */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rescheduleAppointment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kept in the status history (the cancel reason). */
                    reason?: string;
                    /** @description 412 if the appointment changed (or send If-Match). */
                    expected_version?: number;
                    /** Format: date-time */
                    starts_at: string;
                    /**
                     * Format: uuid
                     * @description Default: the same professional.
                     */
                    professional_id?: string;
                    /** @description Default: the same resource. */
                    resource_id?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** @description The patient (person) it is for; may be empty while held. */
                        patient_id: string | null;
                        /** @enum {string} */
                        status: "held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired";
                        starts_at: string;
                        ends_at: string;
                        /** @description When a hold lapses and frees the slot; null once booked. */
                        expires_at: string | null;
                        notes: string | null;
                        cancel_reason: string | null;
                        canceled_by: string | null;
                        rescheduled_from_id: string | null;
                        rescheduled_to_id: string | null;
                        /** @description What may happen next from this status. */
                        allowed_actions: ("book" | "confirm" | "check_in" | "start" | "complete" | "cancel" | "no_show" | "reschedule" | "release")[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listQueue: {
        parameters: {
            query?: {
                /** @description The professional's queue. */
                professional_id?: string;
                /** @description A room's queue (when no professional is named). */
                resource_id?: string;
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                /** @description The local day (workspace time zone); default today. */
                day?: string;
                /** @description Also done, left and no_show entries (default only waiting, called and in service). */
                include_closed?: "true" | "false";
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description Whose queue: a professional, a room (resource) or the front desk.
                             * @enum {string}
                             */
                            queue_kind: "professional" | "resource" | "general";
                            /** @description The professional or resource; null for the front desk. */
                            queue_owner_id: string | null;
                            /** @description The local day (workspace time zone) of the queue, YYYY-MM-DD. */
                            day: string;
                            /** @enum {string} */
                            status: "waiting" | "called" | "in_service" | "done" | "left" | "no_show";
                            /** @description 1 = next to be called; null unless waiting. */
                            position: number | null;
                            /** @description Rest of who is in service + everyone called + the waiting ahead (one patient at a time). */
                            estimated_wait_minutes: number | null;
                            /** @description The checked-in appointment; null for a walk-in. */
                            appointment_id: string | null;
                            patient_id: string | null;
                            /** @description How to call a walk-in without a patient record. */
                            name: string | null;
                            service_id: string | null;
                            professional_id: string | null;
                            resource_id: string | null;
                            duration_minutes: number;
                            notes: string | null;
                            allowed_actions: ("call" | "start" | "finish" | "remove")[];
                            joined_at: string;
                            called_at: string | null;
                            started_at: string | null;
                            finished_at: string | null;
                            version: number;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addWalkIn: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The patient, when they have a record.
                     */
                    patient_id?: string;
                    /** @description How to call someone without a record. */
                    name?: string;
                    /**
                     * Format: uuid
                     * @description Joins this professional’s queue.
                     */
                    professional_id?: string;
                    /**
                     * Format: uuid
                     * @description Joins this room’s queue when no professional is named.
                     */
                    resource_id?: string;
                    /**
                     * Format: uuid
                     * @description Its duration feeds the wait estimate (else AGENDA_QUEUE_DEFAULT_MINUTES).
                     */
                    service_id?: string;
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Whose queue: a professional, a room (resource) or the front desk.
                         * @enum {string}
                         */
                        queue_kind: "professional" | "resource" | "general";
                        /** @description The professional or resource; null for the front desk. */
                        queue_owner_id: string | null;
                        /** @description The local day (workspace time zone) of the queue, YYYY-MM-DD. */
                        day: string;
                        /** @enum {string} */
                        status: "waiting" | "called" | "in_service" | "done" | "left" | "no_show";
                        /** @description 1 = next to be called; null unless waiting. */
                        position: number | null;
                        /** @description Rest of who is in service + everyone called + the waiting ahead (one patient at a time). */
                        estimated_wait_minutes: number | null;
                        /** @description The checked-in appointment; null for a walk-in. */
                        appointment_id: string | null;
                        patient_id: string | null;
                        /** @description How to call a walk-in without a patient record. */
                        name: string | null;
                        service_id: string | null;
                        professional_id: string | null;
                        resource_id: string | null;
                        duration_minutes: number;
                        notes: string | null;
                        allowed_actions: ("call" | "start" | "finish" | "remove")[];
                        joined_at: string;
                        called_at: string | null;
                        started_at: string | null;
                        finished_at: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    callNextInQueue: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The professional's queue.
                     */
                    professional_id?: string;
                    /**
                     * Format: uuid
                     * @description A room's queue (when no professional is named).
                     */
                    resource_id?: string;
                    /** @description The local day (workspace time zone); default today. */
                    day?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Whose queue: a professional, a room (resource) or the front desk.
                         * @enum {string}
                         */
                        queue_kind: "professional" | "resource" | "general";
                        /** @description The professional or resource; null for the front desk. */
                        queue_owner_id: string | null;
                        /** @description The local day (workspace time zone) of the queue, YYYY-MM-DD. */
                        day: string;
                        /** @enum {string} */
                        status: "waiting" | "called" | "in_service" | "done" | "left" | "no_show";
                        /** @description 1 = next to be called; null unless waiting. */
                        position: number | null;
                        /** @description Rest of who is in service + everyone called + the waiting ahead (one patient at a time). */
                        estimated_wait_minutes: number | null;
                        /** @description The checked-in appointment; null for a walk-in. */
                        appointment_id: string | null;
                        patient_id: string | null;
                        /** @description How to call a walk-in without a patient record. */
                        name: string | null;
                        service_id: string | null;
                        professional_id: string | null;
                        resource_id: string | null;
                        duration_minutes: number;
                        notes: string | null;
                        allowed_actions: ("call" | "start" | "finish" | "remove")[];
                        joined_at: string;
                        called_at: string | null;
                        started_at: string | null;
                        finished_at: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getQueueEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Whose queue: a professional, a room (resource) or the front desk.
                         * @enum {string}
                         */
                        queue_kind: "professional" | "resource" | "general";
                        /** @description The professional or resource; null for the front desk. */
                        queue_owner_id: string | null;
                        /** @description The local day (workspace time zone) of the queue, YYYY-MM-DD. */
                        day: string;
                        /** @enum {string} */
                        status: "waiting" | "called" | "in_service" | "done" | "left" | "no_show";
                        /** @description 1 = next to be called; null unless waiting. */
                        position: number | null;
                        /** @description Rest of who is in service + everyone called + the waiting ahead (one patient at a time). */
                        estimated_wait_minutes: number | null;
                        /** @description The checked-in appointment; null for a walk-in. */
                        appointment_id: string | null;
                        patient_id: string | null;
                        /** @description How to call a walk-in without a patient record. */
                        name: string | null;
                        service_id: string | null;
                        professional_id: string | null;
                        resource_id: string | null;
                        duration_minutes: number;
                        notes: string | null;
                        allowed_actions: ("call" | "start" | "finish" | "remove")[];
                        joined_at: string;
                        called_at: string | null;
                        started_at: string | null;
                        finished_at: string | null;
                        version: number;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    callQueueEntry: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description 412 if the entry changed (or send If-Match). */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Whose queue: a professional, a room (resource) or the front desk.
                         * @enum {string}
                         */
                        queue_kind: "professional" | "resource" | "general";
                        /** @description The professional or resource; null for the front desk. */
                        queue_owner_id: string | null;
                        /** @description The local day (workspace time zone) of the queue, YYYY-MM-DD. */
                        day: string;
                        /** @enum {string} */
                        status: "waiting" | "called" | "in_service" | "done" | "left" | "no_show";
                        /** @description 1 = next to be called; null unless waiting. */
                        position: number | null;
                        /** @description Rest of who is in service + everyone called + the waiting ahead (one patient at a time). */
                        estimated_wait_minutes: number | null;
                        /** @description The checked-in appointment; null for a walk-in. */
                        appointment_id: string | null;
                        patient_id: string | null;
                        /** @description How to call a walk-in without a patient record. */
                        name: string | null;
                        service_id: string | null;
                        professional_id: string | null;
                        resource_id: string | null;
                        duration_minutes: number;
                        notes: string | null;
                        allowed_actions: ("call" | "start" | "finish" | "remove")[];
                        joined_at: string;
                        called_at: string | null;
                        started_at: string | null;
                        finished_at: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    startQueueEntry: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description 412 if the entry changed (or send If-Match). */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Whose queue: a professional, a room (resource) or the front desk.
                         * @enum {string}
                         */
                        queue_kind: "professional" | "resource" | "general";
                        /** @description The professional or resource; null for the front desk. */
                        queue_owner_id: string | null;
                        /** @description The local day (workspace time zone) of the queue, YYYY-MM-DD. */
                        day: string;
                        /** @enum {string} */
                        status: "waiting" | "called" | "in_service" | "done" | "left" | "no_show";
                        /** @description 1 = next to be called; null unless waiting. */
                        position: number | null;
                        /** @description Rest of who is in service + everyone called + the waiting ahead (one patient at a time). */
                        estimated_wait_minutes: number | null;
                        /** @description The checked-in appointment; null for a walk-in. */
                        appointment_id: string | null;
                        patient_id: string | null;
                        /** @description How to call a walk-in without a patient record. */
                        name: string | null;
                        service_id: string | null;
                        professional_id: string | null;
                        resource_id: string | null;
                        duration_minutes: number;
                        notes: string | null;
                        allowed_actions: ("call" | "start" | "finish" | "remove")[];
                        joined_at: string;
                        called_at: string | null;
                        started_at: string | null;
                        finished_at: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    finishQueueEntry: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description 412 if the entry changed (or send If-Match). */
                    expected_version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Whose queue: a professional, a room (resource) or the front desk.
                         * @enum {string}
                         */
                        queue_kind: "professional" | "resource" | "general";
                        /** @description The professional or resource; null for the front desk. */
                        queue_owner_id: string | null;
                        /** @description The local day (workspace time zone) of the queue, YYYY-MM-DD. */
                        day: string;
                        /** @enum {string} */
                        status: "waiting" | "called" | "in_service" | "done" | "left" | "no_show";
                        /** @description 1 = next to be called; null unless waiting. */
                        position: number | null;
                        /** @description Rest of who is in service + everyone called + the waiting ahead (one patient at a time). */
                        estimated_wait_minutes: number | null;
                        /** @description The checked-in appointment; null for a walk-in. */
                        appointment_id: string | null;
                        patient_id: string | null;
                        /** @description How to call a walk-in without a patient record. */
                        name: string | null;
                        service_id: string | null;
                        professional_id: string | null;
                        resource_id: string | null;
                        duration_minutes: number;
                        notes: string | null;
                        allowed_actions: ("call" | "start" | "finish" | "remove")[];
                        joined_at: string;
                        called_at: string | null;
                        started_at: string | null;
                        finished_at: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeQueueEntry: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description 412 if the entry changed (or send If-Match). */
                    expected_version?: number;
                    /**
                     * @description left (went away, the default) or no_show (called and never came).
                     * @enum {string}
                     */
                    outcome?: "left" | "no_show";
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Whose queue: a professional, a room (resource) or the front desk.
                         * @enum {string}
                         */
                        queue_kind: "professional" | "resource" | "general";
                        /** @description The professional or resource; null for the front desk. */
                        queue_owner_id: string | null;
                        /** @description The local day (workspace time zone) of the queue, YYYY-MM-DD. */
                        day: string;
                        /** @enum {string} */
                        status: "waiting" | "called" | "in_service" | "done" | "left" | "no_show";
                        /** @description 1 = next to be called; null unless waiting. */
                        position: number | null;
                        /** @description Rest of who is in service + everyone called + the waiting ahead (one patient at a time). */
                        estimated_wait_minutes: number | null;
                        /** @description The checked-in appointment; null for a walk-in. */
                        appointment_id: string | null;
                        patient_id: string | null;
                        /** @description How to call a walk-in without a patient record. */
                        name: string | null;
                        service_id: string | null;
                        professional_id: string | null;
                        resource_id: string | null;
                        duration_minutes: number;
                        notes: string | null;
                        allowed_actions: ("call" | "start" | "finish" | "remove")[];
                        joined_at: string;
                        called_at: string | null;
                        started_at: string | null;
                        finished_at: string | null;
                        version: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    bookAppointmentSeries: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    service_id: string;
                    /** Format: uuid */
                    professional_id: string;
                    /** @description The room when the service needs one (the same for every occurrence). */
                    resource_id?: string | null;
                    /** Format: uuid */
                    patient_id: string;
                    /**
                     * Format: date-time
                     * @description The first occurrence; its local wall time in the workspace time zone repeats.
                     */
                    starts_at: string;
                    /** @description An RFC 5545 RRULE without DTSTART, ending by COUNT or UNTIL (a local wall time); at most AGENDA_SERIES_MAX (52) occurrences. */
                    rrule: string;
                    /**
                     * @description all_or_nothing (default): any conflict books nothing (409 series_conflict listing them); available_only: book the free ones, report the rest.
                     * @enum {string}
                     */
                    mode?: "all_or_nothing" | "available_only";
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        rrule: string;
                        /** @description The workspace time zone the rule was expanded in. */
                        timezone: string;
                        /** @enum {string} */
                        mode: "all_or_nothing" | "available_only";
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** Format: uuid */
                        patient_id: string;
                        occurrences: {
                            /** @description 0-based, in time order. */
                            occurrence: number;
                            starts_at: string;
                            ends_at: string;
                            /** @description Null when the occurrence could not be booked. */
                            appointment_id: string | null;
                            /** @description The appointment's status now; null when not booked. */
                            status: ("held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired") | null;
                            /** @description Why it was not booked (slot_taken with the conflicting appointment, slot_unavailable). */
                            problem: {
                                code: string;
                                detail: string;
                                conflict?: unknown;
                            } | null;
                        }[];
                        version: number;
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAppointmentSeries: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                series_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        rrule: string;
                        /** @description The workspace time zone the rule was expanded in. */
                        timezone: string;
                        /** @enum {string} */
                        mode: "all_or_nothing" | "available_only";
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** Format: uuid */
                        patient_id: string;
                        occurrences: {
                            /** @description 0-based, in time order. */
                            occurrence: number;
                            starts_at: string;
                            ends_at: string;
                            /** @description Null when the occurrence could not be booked. */
                            appointment_id: string | null;
                            /** @description The appointment's status now; null when not booked. */
                            status: ("held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired") | null;
                            /** @description Why it was not booked (slot_taken with the conflicting appointment, slot_unavailable). */
                            problem: {
                                code: string;
                                detail: string;
                                conflict?: unknown;
                            } | null;
                        }[];
                        version: number;
                        created_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelAppointmentSeries: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                series_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description Cancel the occurrences starting at or after this instant (default now).
                     */
                    from?: string;
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        rrule: string;
                        /** @description The workspace time zone the rule was expanded in. */
                        timezone: string;
                        /** @enum {string} */
                        mode: "all_or_nothing" | "available_only";
                        /** Format: uuid */
                        service_id: string;
                        /** Format: uuid */
                        professional_id: string;
                        resource_id: string | null;
                        /** Format: uuid */
                        patient_id: string;
                        occurrences: {
                            /** @description 0-based, in time order. */
                            occurrence: number;
                            starts_at: string;
                            ends_at: string;
                            /** @description Null when the occurrence could not be booked. */
                            appointment_id: string | null;
                            /** @description The appointment's status now; null when not booked. */
                            status: ("held" | "booked" | "confirmed" | "checked_in" | "in_service" | "completed" | "canceled" | "no_show" | "rescheduled" | "released" | "expired") | null;
                            /** @description Why it was not booked (slot_taken with the conflicting appointment, slot_unavailable). */
                            problem: {
                                code: string;
                                detail: string;
                                conflict?: unknown;
                            } | null;
                        }[];
                        version: number;
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgendaSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether patients of this workspace get appointment reminders. */
                        reminders_enabled: boolean;
                        /** @description How long before the start the reminder goes out (the workspace’s, else the default). */
                        reminder_minutes_before: number;
                        /** @description True while the workspace has not set its own lead time (AGENDA_REMINDER_MINUTES_BEFORE applies). */
                        reminder_minutes_before_is_default: boolean;
                        /** @description 0 until the settings are first written. */
                        version: number;
                        updated_at: string | null;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putAgendaSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reminders_enabled?: boolean;
                    /** @description Minutes before the start, 1 to 20160 (14 days, as AGENDA_REMINDER_MINUTES_BEFORE); null goes back to the default. */
                    reminder_minutes_before?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether patients of this workspace get appointment reminders. */
                        reminders_enabled: boolean;
                        /** @description How long before the start the reminder goes out (the workspace’s, else the default). */
                        reminder_minutes_before: number;
                        /** @description True while the workspace has not set its own lead time (AGENDA_REMINDER_MINUTES_BEFORE applies). */
                        reminder_minutes_before_is_default: boolean;
                        /** @description 0 until the settings are first written. */
                        version: number;
                        updated_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                patient_id?: string;
                status?: "draft" | "issued" | "partially_paid" | "paid" | "void";
                /** @description Inclusive. */
                created_from?: string;
                /** @description Exclusive. */
                created_to?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description Given at issue: 1, 2, 3… per workspace, no gaps. */
                            number: number | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "partially_paid" | "paid" | "void";
                            allowed_actions: ("edit" | "issue" | "pay" | "void")[];
                            /** Format: uuid */
                            patient_id: string;
                            /** Format: uuid */
                            person_id: string;
                            /** @description The workspace's default currency when the invoice was created. */
                            currency: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "catalog" | "appointment" | "free";
                                /** @description The clinical-catalog entry it is priced from. */
                                catalog_entry_id: string | null;
                                appointment_id: string | null;
                                description: string;
                                quantity: number;
                                /** @description Draft: the effective catalog price when last written; fixed from the effective catalog at issue. */
                                unit_price: number;
                                discount: {
                                    /** @enum {string} */
                                    kind: "amount" | "percent";
                                    /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                                    value: number;
                                } | null;
                                /** @description Its own discount plus its share of the invoice discount. */
                                discount_total: number;
                                tax: number;
                                total: number;
                            }[];
                            /** @description The invoice discount, over the items’ net. */
                            discount: {
                                /** @enum {string} */
                                kind: "amount" | "percent";
                                /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                                value: number;
                            } | null;
                            /** @description The workspace tax rate in basis points (fixed at issue). */
                            tax_rate_bp: number;
                            subtotal: number;
                            discount_total: number;
                            tax_total: number;
                            total: number;
                            /** @description Sum of its registered (not reversed) payments. */
                            paid: number;
                            /** @description total − paid (0 for drafts and void invoices). */
                            balance: number;
                            notes: string | null;
                            due_at: string | null;
                            issued_at: string | null;
                            voided_at: string | null;
                            void_reason: string | null;
                            voided_by: string | null;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createInvoice: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    patient_id: string;
                    /** @default [] */
                    lines?: {
                        /** @description Priced from the effective clinical catalog. */
                        catalog_entry_id?: string | null;
                        /** @description The appointment's service, priced from its catalog entry. */
                        appointment_id?: string | null;
                        /** @description Required for free text; else a label override. */
                        description?: string | null;
                        /** @description Minor units; free-text items only. */
                        unit_price?: number | null;
                        /** @default 1 */
                        quantity?: number;
                        discount?: {
                            /** @enum {string} */
                            kind: "amount" | "percent";
                            /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                            value: number;
                        } | null;
                    }[];
                    /** @description Over the items’ net: amount (minor units) or percent (basis points). */
                    discount?: {
                        /** @enum {string} */
                        kind: "amount" | "percent";
                        /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                        value: number;
                    } | null;
                    notes?: string | null;
                    due_at?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Given at issue: 1, 2, 3… per workspace, no gaps. */
                        number: number | null;
                        /** @enum {string} */
                        status: "draft" | "issued" | "partially_paid" | "paid" | "void";
                        allowed_actions: ("edit" | "issue" | "pay" | "void")[];
                        /** Format: uuid */
                        patient_id: string;
                        /** Format: uuid */
                        person_id: string;
                        /** @description The workspace's default currency when the invoice was created. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "catalog" | "appointment" | "free";
                            /** @description The clinical-catalog entry it is priced from. */
                            catalog_entry_id: string | null;
                            appointment_id: string | null;
                            description: string;
                            quantity: number;
                            /** @description Draft: the effective catalog price when last written; fixed from the effective catalog at issue. */
                            unit_price: number;
                            discount: {
                                /** @enum {string} */
                                kind: "amount" | "percent";
                                /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                                value: number;
                            } | null;
                            /** @description Its own discount plus its share of the invoice discount. */
                            discount_total: number;
                            tax: number;
                            total: number;
                        }[];
                        /** @description The invoice discount, over the items’ net. */
                        discount: {
                            /** @enum {string} */
                            kind: "amount" | "percent";
                            /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                            value: number;
                        } | null;
                        /** @description The workspace tax rate in basis points (fixed at issue). */
                        tax_rate_bp: number;
                        subtotal: number;
                        discount_total: number;
                        tax_total: number;
                        total: number;
                        /** @description Sum of its registered (not reversed) payments. */
                        paid: number;
                        /** @description total − paid (0 for drafts and void invoices). */
                        balance: number;
                        notes: string | null;
                        due_at: string | null;
                        issued_at: string | null;
                        voided_at: string | null;
                        void_reason: string | null;
                        voided_by: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The invoice. */
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Given at issue: 1, 2, 3… per workspace, no gaps. */
                        number: number | null;
                        /** @enum {string} */
                        status: "draft" | "issued" | "partially_paid" | "paid" | "void";
                        allowed_actions: ("edit" | "issue" | "pay" | "void")[];
                        /** Format: uuid */
                        patient_id: string;
                        /** Format: uuid */
                        person_id: string;
                        /** @description The workspace's default currency when the invoice was created. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "catalog" | "appointment" | "free";
                            /** @description The clinical-catalog entry it is priced from. */
                            catalog_entry_id: string | null;
                            appointment_id: string | null;
                            description: string;
                            quantity: number;
                            /** @description Draft: the effective catalog price when last written; fixed from the effective catalog at issue. */
                            unit_price: number;
                            discount: {
                                /** @enum {string} */
                                kind: "amount" | "percent";
                                /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                                value: number;
                            } | null;
                            /** @description Its own discount plus its share of the invoice discount. */
                            discount_total: number;
                            tax: number;
                            total: number;
                        }[];
                        /** @description The invoice discount, over the items’ net. */
                        discount: {
                            /** @enum {string} */
                            kind: "amount" | "percent";
                            /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                            value: number;
                        } | null;
                        /** @description The workspace tax rate in basis points (fixed at issue). */
                        tax_rate_bp: number;
                        subtotal: number;
                        discount_total: number;
                        tax_total: number;
                        total: number;
                        /** @description Sum of its registered (not reversed) payments. */
                        paid: number;
                        /** @description total − paid (0 for drafts and void invoices). */
                        balance: number;
                        notes: string | null;
                        due_at: string | null;
                        issued_at: string | null;
                        voided_at: string | null;
                        void_reason: string | null;
                        voided_by: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The invoice. */
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Replaces every line. */
                    lines?: {
                        /** @description Priced from the effective clinical catalog. */
                        catalog_entry_id?: string | null;
                        /** @description The appointment's service, priced from its catalog entry. */
                        appointment_id?: string | null;
                        /** @description Required for free text; else a label override. */
                        description?: string | null;
                        /** @description Minor units; free-text items only. */
                        unit_price?: number | null;
                        /** @default 1 */
                        quantity?: number;
                        discount?: {
                            /** @enum {string} */
                            kind: "amount" | "percent";
                            /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                            value: number;
                        } | null;
                    }[];
                    discount?: {
                        /** @enum {string} */
                        kind: "amount" | "percent";
                        /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                        value: number;
                    } | null;
                    notes?: string | null;
                    due_at?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Given at issue: 1, 2, 3… per workspace, no gaps. */
                        number: number | null;
                        /** @enum {string} */
                        status: "draft" | "issued" | "partially_paid" | "paid" | "void";
                        allowed_actions: ("edit" | "issue" | "pay" | "void")[];
                        /** Format: uuid */
                        patient_id: string;
                        /** Format: uuid */
                        person_id: string;
                        /** @description The workspace's default currency when the invoice was created. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "catalog" | "appointment" | "free";
                            /** @description The clinical-catalog entry it is priced from. */
                            catalog_entry_id: string | null;
                            appointment_id: string | null;
                            description: string;
                            quantity: number;
                            /** @description Draft: the effective catalog price when last written; fixed from the effective catalog at issue. */
                            unit_price: number;
                            discount: {
                                /** @enum {string} */
                                kind: "amount" | "percent";
                                /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                                value: number;
                            } | null;
                            /** @description Its own discount plus its share of the invoice discount. */
                            discount_total: number;
                            tax: number;
                            total: number;
                        }[];
                        /** @description The invoice discount, over the items’ net. */
                        discount: {
                            /** @enum {string} */
                            kind: "amount" | "percent";
                            /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                            value: number;
                        } | null;
                        /** @description The workspace tax rate in basis points (fixed at issue). */
                        tax_rate_bp: number;
                        subtotal: number;
                        discount_total: number;
                        tax_total: number;
                        total: number;
                        /** @description Sum of its registered (not reversed) payments. */
                        paid: number;
                        /** @description total − paid (0 for drafts and void invoices). */
                        balance: number;
                        notes: string | null;
                        due_at: string | null;
                        issued_at: string | null;
                        voided_at: string | null;
                        void_reason: string | null;
                        voided_by: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    issueInvoice: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The invoice. */
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Given at issue: 1, 2, 3… per workspace, no gaps. */
                        number: number | null;
                        /** @enum {string} */
                        status: "draft" | "issued" | "partially_paid" | "paid" | "void";
                        allowed_actions: ("edit" | "issue" | "pay" | "void")[];
                        /** Format: uuid */
                        patient_id: string;
                        /** Format: uuid */
                        person_id: string;
                        /** @description The workspace's default currency when the invoice was created. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "catalog" | "appointment" | "free";
                            /** @description The clinical-catalog entry it is priced from. */
                            catalog_entry_id: string | null;
                            appointment_id: string | null;
                            description: string;
                            quantity: number;
                            /** @description Draft: the effective catalog price when last written; fixed from the effective catalog at issue. */
                            unit_price: number;
                            discount: {
                                /** @enum {string} */
                                kind: "amount" | "percent";
                                /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                                value: number;
                            } | null;
                            /** @description Its own discount plus its share of the invoice discount. */
                            discount_total: number;
                            tax: number;
                            total: number;
                        }[];
                        /** @description The invoice discount, over the items’ net. */
                        discount: {
                            /** @enum {string} */
                            kind: "amount" | "percent";
                            /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                            value: number;
                        } | null;
                        /** @description The workspace tax rate in basis points (fixed at issue). */
                        tax_rate_bp: number;
                        subtotal: number;
                        discount_total: number;
                        tax_total: number;
                        total: number;
                        /** @description Sum of its registered (not reversed) payments. */
                        paid: number;
                        /** @description total − paid (0 for drafts and void invoices). */
                        balance: number;
                        notes: string | null;
                        due_at: string | null;
                        issued_at: string | null;
                        voided_at: string | null;
                        void_reason: string | null;
                        voided_by: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    voidInvoice: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The invoice. */
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why it is voided (kept on the invoice). */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description Given at issue: 1, 2, 3… per workspace, no gaps. */
                        number: number | null;
                        /** @enum {string} */
                        status: "draft" | "issued" | "partially_paid" | "paid" | "void";
                        allowed_actions: ("edit" | "issue" | "pay" | "void")[];
                        /** Format: uuid */
                        patient_id: string;
                        /** Format: uuid */
                        person_id: string;
                        /** @description The workspace's default currency when the invoice was created. */
                        currency: string;
                        lines: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "catalog" | "appointment" | "free";
                            /** @description The clinical-catalog entry it is priced from. */
                            catalog_entry_id: string | null;
                            appointment_id: string | null;
                            description: string;
                            quantity: number;
                            /** @description Draft: the effective catalog price when last written; fixed from the effective catalog at issue. */
                            unit_price: number;
                            discount: {
                                /** @enum {string} */
                                kind: "amount" | "percent";
                                /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                                value: number;
                            } | null;
                            /** @description Its own discount plus its share of the invoice discount. */
                            discount_total: number;
                            tax: number;
                            total: number;
                        }[];
                        /** @description The invoice discount, over the items’ net. */
                        discount: {
                            /** @enum {string} */
                            kind: "amount" | "percent";
                            /** @description `amount`: minor units (capped at what it discounts); `percent`: basis points, 1250 = 12.5 %. */
                            value: number;
                        } | null;
                        /** @description The workspace tax rate in basis points (fixed at issue). */
                        tax_rate_bp: number;
                        subtotal: number;
                        discount_total: number;
                        tax_total: number;
                        total: number;
                        /** @description Sum of its registered (not reversed) payments. */
                        paid: number;
                        /** @description total − paid (0 for drafts and void invoices). */
                        balance: number;
                        notes: string | null;
                        due_at: string | null;
                        issued_at: string | null;
                        voided_at: string | null;
                        void_reason: string | null;
                        voided_by: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInvoicePayments: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The invoice. */
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @description The order it pays, when it pays an order. */
                            order_id: string | null;
                            /** @description The invoice it pays (billing), when it pays an invoice. */
                            invoice_id: string | null;
                            /** @description Minor units of `currency`. */
                            amount: number;
                            currency: string;
                            /** @enum {string} */
                            method: "cash" | "transfer" | "card" | "stripe" | "pix";
                            /**
                             * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                             * @enum {string}
                             */
                            status: "registered" | "refund_requested" | "voided" | "refunded";
                            /** @description Transfer id, card slip number…; for `pix`, the end-to-end id (E2E) or txid. */
                            reference: string | null;
                            note: string | null;
                            reversal_reason: string | null;
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                                size: number;
                                sha256: string;
                                filename: string | null;
                                /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                                url: string;
                                url_expires_at: string;
                                created_at: string;
                            }[];
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    registerInvoicePayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The invoice. */
                invoice_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Minor units; at most the balance (422 naming `amount` above it). */
                    amount: number;
                    /** @enum {string} */
                    method: "cash" | "transfer" | "card" | "pix";
                    /** @description Defaults to the invoice's currency; any other is 422. */
                    currency?: string;
                    /** @description pix: the end-to-end id or txid (required). */
                    reference?: string | null;
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The order it pays, when it pays an order. */
                        order_id: string | null;
                        /** @description The invoice it pays (billing), when it pays an invoice. */
                        invoice_id: string | null;
                        /** @description Minor units of `currency`. */
                        amount: number;
                        currency: string;
                        /** @enum {string} */
                        method: "cash" | "transfer" | "card" | "stripe" | "pix";
                        /**
                         * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                         * @enum {string}
                         */
                        status: "registered" | "refund_requested" | "voided" | "refunded";
                        /** @description Transfer id, card slip number…; for `pix`, the end-to-end id (E2E) or txid. */
                        reference: string | null;
                        note: string | null;
                        reversal_reason: string | null;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            size: number;
                            sha256: string;
                            filename: string | null;
                            /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                            url: string;
                            url_expires_at: string;
                            created_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reverseInvoicePayment: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The invoice. */
                invoice_id: string;
                /** @description The payment. */
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description voided: registered by mistake; refunded: the money went back.
                     * @enum {string}
                     */
                    kind: "voided" | "refunded";
                    reason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The order it pays, when it pays an order. */
                        order_id: string | null;
                        /** @description The invoice it pays (billing), when it pays an invoice. */
                        invoice_id: string | null;
                        /** @description Minor units of `currency`. */
                        amount: number;
                        currency: string;
                        /** @enum {string} */
                        method: "cash" | "transfer" | "card" | "stripe" | "pix";
                        /**
                         * @description refund_requested: a stripe payment whose refund was asked for and is being sent to Stripe (it still counts as paid until Stripe refunds it; then refunded).
                         * @enum {string}
                         */
                        status: "registered" | "refund_requested" | "voided" | "refunded";
                        /** @description Transfer id, card slip number…; for `pix`, the end-to-end id (E2E) or txid. */
                        reference: string | null;
                        note: string | null;
                        reversal_reason: string | null;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            content_type: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                            size: number;
                            sha256: string;
                            filename: string | null;
                            /** @description Signed, expiring URL of the file (GET, no auth header needed). */
                            url: string;
                            url_expires_at: string;
                            created_at: string;
                        }[];
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPatientBalance: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The patient. */
                patient_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        patient_id: string;
                        currencies: {
                            currency: string;
                            /** @description Total of its issued, partially paid and paid invoices. */
                            invoiced: number;
                            paid: number;
                            balance: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBillingSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Added on top of net prices; 1250 = 12.5 %. */
                        tax_rate_bp: number;
                        tax_name: string | null;
                        version: number;
                        updated_at: string | null;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putBillingSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Basis points added on top of net prices; 1250 = 12.5 %. */
                    tax_rate_bp: number;
                    tax_name?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Added on top of net prices; 1250 = 12.5 %. */
                        tax_rate_bp: number;
                        tax_name: string | null;
                        version: number;
                        updated_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPatientSummary: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The patient. */
                patient_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        patient_id: string;
                        invoices_count: number;
                        payments_count: number;
                        balances: {
                            currency: string;
                            total_invoiced: number;
                            total_paid: number;
                            balance: number;
                        }[];
                        next_appointment: {
                            /** Format: uuid */
                            id: string;
                            starts_at: string;
                        } | null;
                        last_visit: {
                            /** Format: uuid */
                            id: string;
                            starts_at: string;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPatientTimeline: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                /** @description Only these kinds, comma-separated: a kind (`appointment.canceled`) or a group (`patient`, `appointment`, `queue`, `invoice`, `payment`, `billing`; `billing` = invoices and payments). */
                kind?: string;
                /** @description Inclusive. */
                occurred_from?: string;
                /** @description Exclusive. */
                occurred_to?: string;
                /** @description Export instead of a page: every matching entry (up to PATIENT_TIMELINE_EXPORT_MAX_ROWS, newest first) streamed as CSV (headers in the request locale) or as a JSON array; `Accept: text/csv` also asks for CSV. `limit` and `cursor` do not apply. */
                format?: "csv" | "json";
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The patient. */
                patient_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description The entry's id: the id of the event it was made from.
                             */
                            id: string;
                            /**
                             * @description What happened (`appointment.booked`, `invoice.issued` …).
                             * @enum {string}
                             */
                            kind: "patient.created" | "patient.updated" | "patient.merged" | "appointment.held" | "appointment.booked" | "appointment.confirmed" | "appointment.checked_in" | "appointment.started" | "appointment.completed" | "appointment.canceled" | "appointment.no_show" | "appointment.rescheduled" | "appointment.released" | "appointment.expired" | "queue.joined" | "queue.called" | "queue.started" | "queue.finished" | "queue.left" | "invoice.issued" | "invoice.voided" | "payment.registered" | "payment.reversed";
                            /** @description When it happened (ISO 8601, UTC). */
                            occurred_at: string;
                            /** @description A one-line description in the request locale (Accept-Language: es, pt-BR, en). */
                            summary: string;
                            /** @description Ids of the source objects: appointment_id, new_appointment_id, service_id, professional_id, resource_id, queue_entry_id, invoice_id, payment_id, person_id, merged_patient_id, merged_person_id — those that apply. */
                            refs: {
                                [key: string]: string;
                            };
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                    /**
                     * @example Date,Event,Summary,Appointment,Invoice,Payment,Queue entry,Entry id
                     *     2026-11-20T14:05:00.000Z,payment.registered,Payment of R$100.00 (pix) on invoice #12,,0190a1b2-0000-7000-8000-0000000000b1,0190a1b2-0000-7000-8000-0000000000c1,,0190a1b2-0000-7000-8000-0000000000e2
                     *     2026-11-20T14:00:00.000Z,invoice.issued,Invoice #12 issued: R$300.00,,0190a1b2-0000-7000-8000-0000000000b1,,,0190a1b2-0000-7000-8000-0000000000e1
                     */
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPatientBillingTimeline: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The patient. */
                patient_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description The entry's id: the id of the event it was made from.
                             */
                            id: string;
                            /**
                             * @description invoice.issued, invoice.voided, payment.registered or payment.reversed.
                             * @enum {string}
                             */
                            kind: "invoice.issued" | "invoice.voided" | "payment.registered" | "payment.reversed";
                            /** @description When it happened (ISO 8601, UTC). */
                            occurred_at: string;
                            /** @description A one-line description in the request locale (Accept-Language: es, pt-BR, en). */
                            summary: string;
                            /** @description Ids of the source objects: appointment_id, new_appointment_id, service_id, professional_id, resource_id, queue_entry_id, invoice_id, payment_id, person_id, merged_patient_id, merged_person_id — those that apply. */
                            refs: {
                                [key: string]: string;
                            };
                            /** Format: uuid */
                            patient_id: string;
                            currency: string;
                            /** @description What the entry did to the balance, in minor units: + invoiced or a payment undone, − paid or voided. */
                            amount_minor: number;
                            /** @description The balance in this currency right after this entry (positive: owed) — the patient's on a patient's billing timeline, the workspace's receivables on /billing-timeline. */
                            balance_minor: number;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkspaceBillingTimeline: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description The entry's id: the id of the event it was made from.
                             */
                            id: string;
                            /**
                             * @description invoice.issued, invoice.voided, payment.registered or payment.reversed.
                             * @enum {string}
                             */
                            kind: "invoice.issued" | "invoice.voided" | "payment.registered" | "payment.reversed";
                            /** @description When it happened (ISO 8601, UTC). */
                            occurred_at: string;
                            /** @description A one-line description in the request locale (Accept-Language: es, pt-BR, en). */
                            summary: string;
                            /** @description Ids of the source objects: appointment_id, new_appointment_id, service_id, professional_id, resource_id, queue_entry_id, invoice_id, payment_id, person_id, merged_patient_id, merged_person_id — those that apply. */
                            refs: {
                                [key: string]: string;
                            };
                            /** Format: uuid */
                            patient_id: string;
                            currency: string;
                            /** @description What the entry did to the balance, in minor units: + invoiced or a payment undone, − paid or voided. */
                            amount_minor: number;
                            /** @description The balance in this currency right after this entry (positive: owed) — the patient's on a patient's billing timeline, the workspace's receivables on /billing-timeline. */
                            balance_minor: number;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "simulator" | "meta" | "infobip";
                            name: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** @description What may be shown: phone_number_id (meta), base_url and sender (infobip). Never a credential. */
                            settings: {
                                [key: string]: string;
                            };
                            /** @description The names of the credentials stored (sealed at rest; never returned). */
                            credentials_set: string[];
                            /** @description Where the provider must POST its webhooks (relative to the public URL); null for the simulator. */
                            webhook_path: string | null;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description simulator needs nothing; meta and infobip need their settings and credentials.
                     * @enum {string}
                     */
                    kind: "simulator" | "meta" | "infobip";
                    name: string;
                    /** @description meta: phone_number_id. infobip: base_url (your account’s https://xxxxx.api.infobip.com) and sender. */
                    settings?: {
                        [key: string]: string;
                    };
                    /** @description meta: access_token, app_secret (verifies X-Hub-Signature-256), verify_token (the GET challenge). infobip: api_key, webhook_username and webhook_password (the Basic credentials of its webhook security settings). Sealed at rest, never returned. */
                    credentials?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "simulator" | "meta" | "infobip";
                        name: string;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description What may be shown: phone_number_id (meta), base_url and sender (infobip). Never a credential. */
                        settings: {
                            [key: string]: string;
                        };
                        /** @description The names of the credentials stored (sealed at rest; never returned). */
                        credentials_set: string[];
                        /** @description Where the provider must POST its webhooks (relative to the public URL); null for the simulator. */
                        webhook_path: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                channel_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "simulator" | "meta" | "infobip";
                        name: string;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description What may be shown: phone_number_id (meta), base_url and sender (infobip). Never a credential. */
                        settings: {
                            [key: string]: string;
                        };
                        /** @description The names of the credentials stored (sealed at rest; never returned). */
                        credentials_set: string[];
                        /** @description Where the provider must POST its webhooks (relative to the public URL); null for the simulator. */
                        webhook_path: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                channel_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /**
                     * @description disabled: webhooks are dropped and nothing is sent.
                     * @enum {string}
                     */
                    status?: "active" | "disabled";
                    /** @description Settings to replace, one by one. */
                    settings?: {
                        [key: string]: string;
                    };
                    /** @description Credentials to replace (rotation), one by one; the others stay. */
                    credentials?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "simulator" | "meta" | "infobip";
                        name: string;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description What may be shown: phone_number_id (meta), base_url and sender (infobip). Never a credential. */
                        settings: {
                            [key: string]: string;
                        };
                        /** @description The names of the credentials stored (sealed at rest; never returned). */
                        credentials_set: string[];
                        /** @description Where the provider must POST its webhooks (relative to the public URL); null for the simulator. */
                        webhook_path: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    receiveChannelWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Meta: sha256=<hex HMAC-SHA256 of the raw body with the app secret>. */
                "x-hub-signature-256"?: string;
                /** @description Infobip: Basic credentials of the webhook security settings (webhook_username, webhook_password). */
                authorization?: string;
            };
            path: {
                /** @description The channel’s provider. */
                provider: "meta" | "infobip";
                channel_id: string;
            };
            cookie?: never;
        };
        /** @description Meta: { object: "whatsapp_business_account", entry: [{ changes: [{ field: "messages", value: { contacts, messages, statuses } }] }] }. Infobip: { results: [...] } (inbound messages, delivery or seen reports). */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        received: true;
                        /**
                         * @description stored: processed shortly; duplicate: this body was already received; ignored: the channel is disabled.
                         * @enum {string}
                         */
                        outcome: "stored" | "duplicate" | "ignored";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    verifyMetaWebhook: {
        parameters: {
            query?: {
                "hub.mode"?: string;
                "hub.verify_token"?: string;
                "hub.challenge"?: string;
            };
            header?: never;
            path: {
                channel_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description hub.challenge, as text/plain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                status?: "open" | "pending" | "resolved";
                channel_id?: string;
                /** @description A member's user id. */
                assignee_id?: string;
                person_id?: string;
                /** @description true: only conversations with unread messages. */
                unread?: "true" | "false";
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            channel_id: string;
                            /**
                             * Format: uuid
                             * @description The person of the directory (the same id as the customer).
                             */
                            person_id: string;
                            /** @description The WhatsApp number the channel answers to (E.164). */
                            contact_address: string;
                            /** @enum {string} */
                            status: "open" | "pending" | "resolved";
                            /** @description The member (user id) it is assigned to. */
                            assignee_id: string | null;
                            /**
                             * @description Who answers the contact: the agent, or a member who took it over (the agent then stays silent).
                             * @enum {string}
                             */
                            handled_by: "agent" | "member";
                            /** @description When a handoff to a human was requested and is still waiting for a member to take it over. */
                            handoff_requested_at: string | null;
                            /** @description The contact's messages since a member last read it. */
                            unread_count: number;
                            last_message_at: string | null;
                            last_message_preview: string | null;
                            version: number;
                            created_at: string;
                            updated_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        channel_id: string;
                        /**
                         * Format: uuid
                         * @description The person of the directory (the same id as the customer).
                         */
                        person_id: string;
                        /** @description The WhatsApp number the channel answers to (E.164). */
                        contact_address: string;
                        /** @enum {string} */
                        status: "open" | "pending" | "resolved";
                        /** @description The member (user id) it is assigned to. */
                        assignee_id: string | null;
                        /**
                         * @description Who answers the contact: the agent, or a member who took it over (the agent then stays silent).
                         * @enum {string}
                         */
                        handled_by: "agent" | "member";
                        /** @description When a handoff to a human was requested and is still waiting for a member to take it over. */
                        handoff_requested_at: string | null;
                        /** @description The contact's messages since a member last read it. */
                        unread_count: number;
                        last_message_at: string | null;
                        last_message_preview: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status?: "open" | "pending" | "resolved";
                    /** @description A member's user id; null unassigns. */
                    assignee_id?: string | null;
                    /**
                     * @description A member read it: the unread count goes back to 0.
                     * @enum {boolean}
                     */
                    read?: true;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        channel_id: string;
                        /**
                         * Format: uuid
                         * @description The person of the directory (the same id as the customer).
                         */
                        person_id: string;
                        /** @description The WhatsApp number the channel answers to (E.164). */
                        contact_address: string;
                        /** @enum {string} */
                        status: "open" | "pending" | "resolved";
                        /** @description The member (user id) it is assigned to. */
                        assignee_id: string | null;
                        /**
                         * @description Who answers the contact: the agent, or a member who took it over (the agent then stays silent).
                         * @enum {string}
                         */
                        handled_by: "agent" | "member";
                        /** @description When a handoff to a human was requested and is still waiting for a member to take it over. */
                        handoff_requested_at: string | null;
                        /** @description The contact's messages since a member last read it. */
                        unread_count: number;
                        last_message_at: string | null;
                        last_message_preview: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            conversation_id: string;
                            /** @enum {string} */
                            direction: "inbound" | "outbound";
                            /**
                             * @description canceled: an agent’s message never sent because a member took the conversation over first.
                             * @enum {string}
                             */
                            status: "received" | "queued" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled";
                            /** @enum {string} */
                            author_type: "contact" | "member" | "agent" | "system";
                            /** @description The member (user id) of an outbound message written by one. */
                            author_id: string | null;
                            /** @enum {string} */
                            kind: "text" | "image" | "document" | "audio" | "video" | "sticker" | "location" | "interactive" | "reaction" | "template" | "unsupported";
                            /** @description The text, caption, reply title or emoji. */
                            text: string | null;
                            /** @description What the kind carries beyond text: media (provider media id or URL, mime type), location, reply id… */
                            content: {
                                [key: string]: unknown;
                            };
                            provider_message_id: string | null;
                            /** @description Why it failed, or why it was canceled. */
                            error: string | null;
                            /** @description The stored file of a media message (null for others; absent in events recorded before it existed). */
                            media?: {
                                /**
                                 * Format: uuid
                                 * @description The file id (send it again with `media.file_id`).
                                 */
                                id: string;
                                /**
                                 * @description pending/downloading: being fetched from the provider; stored: in the file store; failed: see error.
                                 * @enum {string}
                                 */
                                status: "pending" | "downloading" | "stored" | "failed";
                                content_type: string | null;
                                /** @description Bytes. */
                                size: number | null;
                                sha256: string | null;
                                filename: string | null;
                                /** @description Why the download failed (too large, type not allowed, provider error). */
                                error: string | null;
                                /** @description A signed, expiring download URL once stored (null in events). */
                                url: string | null;
                                url_expires_at: string | null;
                            } | null;
                            created_at: string;
                            sent_at: string | null;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sendConversationMessage: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The text to send (CONVERSATIONS_MESSAGE_MAX_CHARS at most); with media, its caption. */
                    text?: string;
                    /** @description Send a stored file: JPEG/PNG as an image, anything else as a document. */
                    media?: {
                        /**
                         * Format: uuid
                         * @description A stored file's id (a message's media.id).
                         */
                        file_id: string;
                    };
                    /** @description A template approved at the provider (Meta / Infobip, by its name there): the only message WhatsApp takes once the contact last wrote more than CONVERSATIONS_SERVICE_WINDOW_HOURS ago. */
                    template?: {
                        /** @description The template's name as approved at the provider (Meta / Infobip), passed through. */
                        name: string;
                        /** @description Its language code as registered, e.g. pt_BR, es, en_US. */
                        language: string;
                        /**
                         * @description The body placeholders {{1}}, {{2}}… in order.
                         * @default []
                         */
                        parameters?: string[];
                    };
                    /** @description An interactive list (≤ 10 rows in all, titles ≤ 24 characters); the simulator shows numbered text. */
                    list?: {
                        /** @description The text above the list. */
                        body: string;
                        /** @description The button that opens the list. */
                        button: string;
                        sections: {
                            title: string;
                            rows: {
                                /** @description What the reply names (list_reply.id). */
                                id: string;
                                title: string;
                                description?: string;
                            }[];
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566. */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        conversation_id: string;
                        /** @enum {string} */
                        direction: "inbound" | "outbound";
                        /**
                         * @description canceled: an agent’s message never sent because a member took the conversation over first.
                         * @enum {string}
                         */
                        status: "received" | "queued" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled";
                        /** @enum {string} */
                        author_type: "contact" | "member" | "agent" | "system";
                        /** @description The member (user id) of an outbound message written by one. */
                        author_id: string | null;
                        /** @enum {string} */
                        kind: "text" | "image" | "document" | "audio" | "video" | "sticker" | "location" | "interactive" | "reaction" | "template" | "unsupported";
                        /** @description The text, caption, reply title or emoji. */
                        text: string | null;
                        /** @description What the kind carries beyond text: media (provider media id or URL, mime type), location, reply id… */
                        content: {
                            [key: string]: unknown;
                        };
                        provider_message_id: string | null;
                        /** @description Why it failed, or why it was canceled. */
                        error: string | null;
                        /** @description The stored file of a media message (null for others; absent in events recorded before it existed). */
                        media?: {
                            /**
                             * Format: uuid
                             * @description The file id (send it again with `media.file_id`).
                             */
                            id: string;
                            /**
                             * @description pending/downloading: being fetched from the provider; stored: in the file store; failed: see error.
                             * @enum {string}
                             */
                            status: "pending" | "downloading" | "stored" | "failed";
                            content_type: string | null;
                            /** @description Bytes. */
                            size: number | null;
                            sha256: string | null;
                            filename: string | null;
                            /** @description Why the download failed (too large, type not allowed, provider error). */
                            error: string | null;
                            /** @description A signed, expiring download URL once stored (null in events). */
                            url: string | null;
                            url_expires_at: string | null;
                        } | null;
                        created_at: string;
                        sent_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    requestConversationHandoff: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why a human is needed (CONVERSATIONS_HANDOFF_REASON_MAX_CHARS at most). */
                    reason?: string | null;
                    /**
                     * @description Who asks: member (the default), or agent, keyword, failures for an external bot.
                     * @enum {string}
                     */
                    source?: "agent" | "keyword" | "failures" | "member";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        channel_id: string;
                        /**
                         * Format: uuid
                         * @description The person of the directory (the same id as the customer).
                         */
                        person_id: string;
                        /** @description The WhatsApp number the channel answers to (E.164). */
                        contact_address: string;
                        /** @enum {string} */
                        status: "open" | "pending" | "resolved";
                        /** @description The member (user id) it is assigned to. */
                        assignee_id: string | null;
                        /**
                         * @description Who answers the contact: the agent, or a member who took it over (the agent then stays silent).
                         * @enum {string}
                         */
                        handled_by: "agent" | "member";
                        /** @description When a handoff to a human was requested and is still waiting for a member to take it over. */
                        handoff_requested_at: string | null;
                        /** @description The contact's messages since a member last read it. */
                        unread_count: number;
                        last_message_at: string | null;
                        last_message_preview: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    takeOverConversation: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A note kept in the handoff history. */
                    reason?: string | null;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        channel_id: string;
                        /**
                         * Format: uuid
                         * @description The person of the directory (the same id as the customer).
                         */
                        person_id: string;
                        /** @description The WhatsApp number the channel answers to (E.164). */
                        contact_address: string;
                        /** @enum {string} */
                        status: "open" | "pending" | "resolved";
                        /** @description The member (user id) it is assigned to. */
                        assignee_id: string | null;
                        /**
                         * @description Who answers the contact: the agent, or a member who took it over (the agent then stays silent).
                         * @enum {string}
                         */
                        handled_by: "agent" | "member";
                        /** @description When a handoff to a human was requested and is still waiting for a member to take it over. */
                        handoff_requested_at: string | null;
                        /** @description The contact's messages since a member last read it. */
                        unread_count: number;
                        last_message_at: string | null;
                        last_message_preview: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    returnConversationToAgent: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description A note kept in the handoff history. */
                    reason?: string | null;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        channel_id: string;
                        /**
                         * Format: uuid
                         * @description The person of the directory (the same id as the customer).
                         */
                        person_id: string;
                        /** @description The WhatsApp number the channel answers to (E.164). */
                        contact_address: string;
                        /** @enum {string} */
                        status: "open" | "pending" | "resolved";
                        /** @description The member (user id) it is assigned to. */
                        assignee_id: string | null;
                        /**
                         * @description Who answers the contact: the agent, or a member who took it over (the agent then stays silent).
                         * @enum {string}
                         */
                        handled_by: "agent" | "member";
                        /** @description When a handoff to a human was requested and is still waiting for a member to take it over. */
                        handoff_requested_at: string | null;
                        /** @description The contact's messages since a member last read it. */
                        unread_count: number;
                        last_message_at: string | null;
                        last_message_preview: string | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConversationHandoffs: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            conversation_id: string;
                            /** @enum {string} */
                            kind: "requested" | "taken" | "returned";
                            /** @enum {string} */
                            source: "agent" | "keyword" | "failures" | "member";
                            reason: string | null;
                            /**
                             * @description Who made the move.
                             * @enum {string}
                             */
                            actor_type: "user" | "api_key" | "system" | "agent";
                            /** @description The member (user id), API key or agent that made it. */
                            actor_id: string | null;
                            at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sendSimulatedMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                channel_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The simulated customer’s WhatsApp number, E.164 (spaces, dashes and brackets are ignored). */
                    phone: string;
                    /** @description The name WhatsApp would show for the customer. */
                    name?: string | null;
                    /** @description What the customer writes (CONVERSATIONS_MESSAGE_MAX_CHARS at most); with media, its caption (optional). */
                    text?: string;
                    /** @description An image or document the customer sends (a payment receipt…), stored by the media worker. */
                    media?: {
                        /** @description The file, base64. */
                        data: string;
                        /** @description image/jpeg, image/png, image/webp or application/pdf (checked against the bytes). */
                        content_type: string;
                        filename?: string | null;
                    };
                    /** @description The client’s id for this message: sending it again (a retry) stores the message once. */
                    client_message_id?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description duplicate: this client_message_id was sent before.
                         * @enum {string}
                         */
                        outcome: "stored" | "duplicate";
                        /** @description The message’s provider id in the conversation’s messages. */
                        provider_message_id: string;
                        /** @description The customer’s conversation on this channel; null on a first message until the inbound consumer starts it (find it in GET /conversations?channel_id= by contact_address, or wait for conversation.updated on /ws). */
                        conversation_id: string | null;
                        /** @description The customer’s number as the conversation stores it (E.164). */
                        contact_address: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                /** @description true: only the unread ones. */
                unread?: "true" | "false";
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description What the notification is about.
                             * @enum {string}
                             */
                            kind: "stock_low" | "order_placed" | "order_paid" | "payment_failed" | "appointment_booked" | "appointment_canceled" | "handoff_requested";
                            /** @description In the member's language (their preference, else the workspace's). */
                            title: string;
                            body: string;
                            /** @description The facts the title and body are written from (order_id, number, amount, currency, starts_at…). */
                            params: {
                                [key: string]: string | number | null;
                            };
                            /**
                             * Format: uuid
                             * @description The event it came from.
                             */
                            source_event_id: string;
                            source_event_type: string;
                            read_at: string | null;
                            created_at: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The caller's unread notifications. */
                        unread_count: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    readNotification: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                notification_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description What the notification is about.
                         * @enum {string}
                         */
                        kind: "stock_low" | "order_placed" | "order_paid" | "payment_failed" | "appointment_booked" | "appointment_canceled" | "handoff_requested";
                        /** @description In the member's language (their preference, else the workspace's). */
                        title: string;
                        body: string;
                        /** @description The facts the title and body are written from (order_id, number, amount, currency, starts_at…). */
                        params: {
                            [key: string]: string | number | null;
                        };
                        /**
                         * Format: uuid
                         * @description The event it came from.
                         */
                        source_event_id: string;
                        source_event_type: string;
                        read_at: string | null;
                        created_at: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    readAllNotifications: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h. */
                "idempotency-key": string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many notifications this call marked read. */
                        marked: number;
                        unread_count: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getNotificationSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Per kind, which channels go out to staff in this workspace. */
                        kinds: {
                            stock_low: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            order_placed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            order_paid: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            payment_failed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            appointment_booked: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            appointment_canceled: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            handoff_requested: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                        };
                        /** @description Per customer-facing kind (order_confirmed), whether customers are told (by e-mail when they have one). */
                        customer_kinds: {
                            order_confirmed: {
                                /** @description E-mail to the customer's address, when they have one. */
                                email: boolean;
                            };
                        };
                        /** @description 0 until the settings are first written. */
                        version: number;
                        updated_at: string | null;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putNotificationSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Only the kinds and channels named change; the others keep their value. */
                    kinds?: {
                        stock_low?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        order_placed?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        order_paid?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        payment_failed?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        appointment_booked?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        appointment_canceled?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        handoff_requested?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                    };
                    customer_kinds?: {
                        order_confirmed?: {
                            /** @description E-mail to the customer's address, when they have one. */
                            email?: boolean;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Per kind, which channels go out to staff in this workspace. */
                        kinds: {
                            stock_low: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            order_placed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            order_paid: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            payment_failed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            appointment_booked: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            appointment_canceled: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            handoff_requested: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                        };
                        /** @description Per customer-facing kind (order_confirmed), whether customers are told (by e-mail when they have one). */
                        customer_kinds: {
                            order_confirmed: {
                                /** @description E-mail to the customer's address, when they have one. */
                                email: boolean;
                            };
                        };
                        /** @description 0 until the settings are first written. */
                        version: number;
                        updated_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Per kind, what this member gets: on where the workspace has it on and the member did not turn it off. */
                        kinds: {
                            stock_low: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            order_placed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            order_paid: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            payment_failed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            appointment_booked: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            appointment_canceled: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            handoff_requested: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                        };
                        /** @description What the member turned off themselves (false = off). */
                        muted: {
                            stock_low: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            order_placed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            order_paid: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            payment_failed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            appointment_booked: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            appointment_canceled: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            handoff_requested: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                        };
                        /** @description The member's language; null: the workspace's. */
                        locale: ("es" | "pt-BR" | "en") | null;
                        /** @description 0 until the preferences are first written. */
                        version: number;
                        updated_at: string | null;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putNotificationPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Turn a channel of a kind off (false) or back on (true); a member cannot turn on what the workspace turned off. */
                    kinds?: {
                        stock_low?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        order_placed?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        order_paid?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        payment_failed?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        appointment_booked?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        appointment_canceled?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                        handoff_requested?: {
                            /** @description The in-app feed (and its live count on /ws). */
                            in_app?: boolean;
                            /** @description E-mail to the member's address. */
                            email?: boolean;
                        };
                    };
                    /** @description null: back to the workspace language. */
                    locale?: ("es" | "pt-BR" | "en") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Per kind, what this member gets: on where the workspace has it on and the member did not turn it off. */
                        kinds: {
                            stock_low: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            order_placed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            order_paid: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            payment_failed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            appointment_booked: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            appointment_canceled: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                            handoff_requested: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app: boolean;
                                /** @description E-mail to the member's address. */
                                email: boolean;
                            };
                        };
                        /** @description What the member turned off themselves (false = off). */
                        muted: {
                            stock_low: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            order_placed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            order_paid: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            payment_failed: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            appointment_booked: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            appointment_canceled: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                            handoff_requested: {
                                /** @description The in-app feed (and its live count on /ws). */
                                in_app?: boolean;
                                /** @description E-mail to the member's address. */
                                email?: boolean;
                            };
                        };
                        /** @description The member's language; null: the workspace's. */
                        locale: ("es" | "pt-BR" | "en") | null;
                        /** @description 0 until the preferences are first written. */
                        version: number;
                        updated_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAgentTools: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            description: string;
                            /** @description What the agent's role must hold for the tool to run. */
                            permission: string;
                            /** @description JSON Schema of the input (from the zod schema the executor parses with). */
                            input_schema: {
                                [key: string]: unknown;
                            };
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The agent's role: the grants its tools run with. */
                        permissions: string[];
                        /** @description What the tools need: the grants when none were set. */
                        default_permissions: string[];
                        /** @description Model tokens (input + output) the agent may spend a month; past it the offline agent answers. null: unlimited. */
                        monthly_token_budget: number | null;
                        /** @description The server default (AGENT_MONTHLY_TOKEN_BUDGET) a workspace has until it sets its own. */
                        default_monthly_token_budget: number | null;
                        /** @description 0 until first set. */
                        version: number;
                        updated_at: string | null;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putAgentSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten. */
                "if-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description resource:action grants; *, resource:* and *:action wildcards. Each must name declared permissions (GET /permissions; else 422) that you hold yourself (else 403). */
                    permissions: string[];
                    /** @description Model tokens a month (null: unlimited). Left out: the current budget stays. */
                    monthly_token_budget?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The agent's role: the grants its tools run with. */
                        permissions: string[];
                        /** @description What the tools need: the grants when none were set. */
                        default_permissions: string[];
                        /** @description Model tokens (input + output) the agent may spend a month; past it the offline agent answers. null: unlimited. */
                        monthly_token_budget: number | null;
                        /** @description The server default (AGENT_MONTHLY_TOKEN_BUDGET) a workspace has until it sets its own. */
                        default_monthly_token_budget: number | null;
                        /** @description 0 until first set. */
                        version: number;
                        updated_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description Precondition failed: If-Match names a version that is no longer current. */
            412: {
                headers: {
                    /** @description The current ETag. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://nexova.dev/problems/version-mismatch",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "The resource is at version 4; If-Match named 3.",
                     *       "instance": "/api/v1/orders",
                     *       "code": "version_mismatch",
                     *       "request_id": "0192f3a4-5b6c-7d8e-9f00-112233445566",
                     *       "current_version": 4
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & ({
                        type: string;
                        title: string;
                        /** @enum {number} */
                        status: 412;
                        detail: string;
                        /** @enum {string} */
                        code: "version_mismatch";
                        /** @description The version the resource has now. */
                        current_version?: number;
                        request_id: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgentUsage: {
        parameters: {
            query?: {
                /** @description The month (UTC) as YYYY-MM; unset: this month. */
                month?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description YYYY-MM (UTC). */
                        month: string;
                        /** @description The workspace budget; null: unlimited. */
                        monthly_token_budget: number | null;
                        /** @description Input + output tokens of the month, all providers. */
                        total_tokens: number;
                        /** @description true: the offline agent answers until the month ends or the budget rises. */
                        over_budget: boolean;
                        by_model: {
                            /** @description anthropic or openai (after a fallback, the one that answered). */
                            provider: string;
                            model: string;
                            input_tokens: number;
                            output_tokens: number;
                            /** @description Model calls that answered (a turn with tools makes several). */
                            calls: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getConversationAgentSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current. */
                "if-none-match"?: string;
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        conversation_id: string;
                        /** @enum {string} */
                        state: "idle" | "collecting_order" | "needs_details" | "awaiting_confirmation" | "executing" | "done" | "handoff";
                        /** @description The order the agent is building, while it is a draft. */
                        draft_order_id: string | null;
                        /** @description Messages in a row the agent did not understand. */
                        failed_turns: number;
                        /** @description The language the agent answers in. */
                        locale: string | null;
                        last_activity_at: string;
                        version: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. No body. */
            304: {
                headers: {
                    /** @description Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkspaceOverview: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description The workspace */
                workspace_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        workspace_id: string;
                        /**
                         * Format: date-time
                         * @description When these figures were read.
                         */
                        generated_at: string;
                        /** @description The workspace time zone every "today" and hour is in. */
                        timezone: string;
                        /** @description Today in that time zone, YYYY-MM-DD. */
                        date: string;
                        /** @description The shop; null when the workspace does not use it or the caller lacks orders:read. */
                        shop: {
                            /** @description Orders created today (local day), by status (statuses with none are left out). */
                            orders_today: {
                                [key: string]: number;
                            };
                            /** @description Money registered today, less money voided or refunded today, per currency; null without payments:read. */
                            sales_today: {
                                currency: string;
                                amount_minor: number;
                            }[] | null;
                            /** @description The last 7 days per currency, oldest first; null without payments:read. */
                            sales_by_day: {
                                currency: string;
                                amount_minor: number;
                                /** @description Local date, YYYY-MM-DD. */
                                date: string;
                                /** @description Mean of the 7 days ending on this date. */
                                moving_average_7d_minor: number;
                            }[] | null;
                            /** @description Variants at or below their low-stock threshold (GET /stock?low=true); null without stock:read. */
                            low_stock: number | null;
                            orders_heatmap: {
                                /** @description How many weeks back it counts (to the end of today). */
                                weeks: number;
                                /** @description Orders placed per local weekday (0 = Monday … 6 = Sunday) × hour (0–23). */
                                cells: number[][];
                            };
                            /** @description Checkouts completed in the last 7 days: submit → paid and confirmed, in milliseconds. */
                            checkout_time: {
                                samples: number;
                                p50_ms: number | null;
                                p95_ms: number | null;
                            };
                        } | null;
                        /** @description Today in the clinic; null when the workspace does not use it or the caller lacks appointments:read. */
                        clinic: {
                            /** @description Appointments starting today (held slots as `held`), by status (statuses with none are left out). */
                            appointments: {
                                [key: string]: number;
                            };
                            /** @description Reception queue entries of today, by status (statuses with none are left out). */
                            queue: {
                                [key: string]: number;
                            };
                        } | null;
                        /** @description The WhatsApp inbox; null without conversations:read. */
                        inbox: {
                            /** @description Conversations not resolved. */
                            open: number;
                            /** @description Of those, taken over by a member. */
                            handled_by_member: number;
                            /** @description Of those, waiting for a member to take them. */
                            awaiting_handoff: number;
                            /** @description Of those, with messages no member has read. */
                            unread: number;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                /** @description Only this kind of actor. */
                actor_type?: "user" | "api_key" | "agent" | "system" | "anonymous";
                /** @description Only this actor (user, API key, agent or system loop id). */
                actor_id?: string;
                /** @description Only this action (an operationId such as updateRole, or auth.login_failed). */
                action?: string;
                /** @description Only entries about this kind of thing (role, member, person …). */
                target_type?: string;
                /** @description Only entries about this thing. */
                target_id?: string;
                /** @description Only this category. */
                category?: "auth" | "access" | "data" | "settings" | "privacy" | "system";
                /** @description Only entries at or after this instant (ISO 8601). */
                from?: string;
                /** @description Only entries before this instant (ISO 8601). */
                to?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description The entry
                             */
                            id: string;
                            /** @description Its position in the workspace chain (1, 2, 3 …) */
                            seq: number;
                            /**
                             * Format: date-time
                             * @description When the change committed (UTC)
                             */
                            occurred_at: string;
                            actor: {
                                /** @description user | api_key | agent | system (anonymous for a failed sign-in) */
                                type: string;
                                /** @description The user, API key, agent or system loop */
                                id: string | null;
                            };
                            /** @description Stable name of what was done: the operationId, or e.g. auth.login_failed */
                            action: string;
                            /**
                             * @description auth, access, data, settings, privacy or system
                             * @enum {string}
                             */
                            category: "auth" | "access" | "data" | "settings" | "privacy" | "system";
                            /**
                             * @description info, notice, warning or critical
                             * @enum {string}
                             */
                            severity: "info" | "notice" | "warning" | "critical";
                            /** @description What was changed, when the use-case named it */
                            target: {
                                /** @description Kind of thing changed */
                                type: string;
                                /** @description Its id */
                                id: string | null;
                            } | null;
                            /** @description Client address */
                            ip: string | null;
                            /** @description Client user agent */
                            user_agent: string | null;
                            /** @description The request (or event) id, to find it in the logs */
                            request_id: string;
                            /** @description Changed fields with before and after */
                            changes: {
                                [key: string]: {
                                    /** @description The value before the change (personal values read "[masked]"). */
                                    before: unknown;
                                    /** @description The value after the change (personal values read "[masked]"). */
                                    after: unknown;
                                };
                            } | null;
                            /** @description sha256 over the previous hash, seq and this entry (hex) */
                            hash: string;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether every entry of the workspace chain checks out */
                        valid: boolean;
                        /** @description Entries checked */
                        entries: number;
                        /** @description The last entry that checked out */
                        head: {
                            /** @description Last position */
                            seq: number;
                            /** @description Its hash (hex) */
                            hash: string;
                        } | null;
                        /** @description The first broken entry, null when valid */
                        first_break: {
                            /** @description Where the chain stops holding */
                            seq: number;
                            /** @description The entry found there (null: rows missing at the end) */
                            entry_id: string | null;
                            /**
                             * @description hash_mismatch: edited; link_mismatch or sequence_gap: deleted or inserted; head_mismatch: newest rows deleted
                             * @enum {string}
                             */
                            reason: "hash_mismatch" | "link_mismatch" | "sequence_gap" | "head_mismatch";
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDeadLetters: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
                status?: "open" | "replayed" | "discarded" | "all";
                consumer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            consumer: string;
                            event_id: string;
                            event_type: string;
                            attempts: number;
                            last_error: string;
                            /** @enum {string} */
                            status: "open" | "replayed" | "discarded";
                            failed_at: string;
                            resolved_at: string | null;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dead_letter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        consumer: string;
                        event_id: string;
                        event_type: string;
                        attempts: number;
                        last_error: string;
                        /** @enum {string} */
                        status: "open" | "replayed" | "discarded";
                        failed_at: string;
                        resolved_at: string | null;
                        errors: {
                            attempt: number;
                            at: string;
                            error: string;
                        }[];
                        event: {
                            [key: string]: unknown;
                        } | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replayDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dead_letter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        consumer: string;
                        event_id: string;
                        event_type: string;
                        attempts: number;
                        last_error: string;
                        /** @enum {string} */
                        status: "open" | "replayed" | "discarded";
                        failed_at: string;
                        resolved_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    discardDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dead_letter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        consumer: string;
                        event_id: string;
                        event_type: string;
                        attempts: number;
                        last_error: string;
                        /** @enum {string} */
                        status: "open" | "replayed" | "discarded";
                        failed_at: string;
                        resolved_at: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setUpEventTransport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        transport: "embedded" | "nats";
                        done: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConsumers: {
        parameters: {
            query?: {
                /** @description Items per page (default 50, at most 200). */
                limit?: number;
                /** @description `next_cursor` of the previous page, passed back unchanged; omit for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            position: number;
                            processed: number;
                            lag_events: number;
                            lag_seconds: number;
                            retrying: number;
                            dead_letters: number;
                            last_processed_at: string | null;
                            last_error: string | null;
                            last_error_at: string | null;
                        }[];
                        /** @description Opaque: pass it as `cursor` to get the next page; null on the last page. */
                        next_cursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    subscribeEvents: {
        parameters: {
            query?: {
                /** @description Access token (JWT), for clients that cannot send Authorization. */
                access_token?: string;
                /** @description The workspace, for clients that cannot send x-workspace-id. */
                workspace_id?: string;
                /** @description Resume after this event (the last one received): what was missed is replayed first. */
                last_event_id?: string;
            };
            header?: {
                /**
                 * @description The workspace this request acts in. Required with a user access token; an API key implies its own workspace (a different one answers 404). Missing or malformed: 400.
                 * @example 0192f3a4-5b6c-7d8e-9f00-aabbccddeeff
                 */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching Protocols: the WebSocket is open; the first frame is the ready frame. */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
