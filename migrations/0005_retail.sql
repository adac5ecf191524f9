CREATE SCHEMA "catalog";
--> statement-breakpoint
CREATE SCHEMA "customers";
--> statement-breakpoint
CREATE SCHEMA "inventory";
--> statement-breakpoint
CREATE TABLE "catalog"."categories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog"."categories" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "catalog"."import_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"format" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"currency" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"created_products" integer DEFAULT 0 NOT NULL,
	"created_variants" integer DEFAULT 0 NOT NULL,
	"rejected" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_status" CHECK ("catalog"."import_jobs"."status" in ('queued', 'running', 'completed', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "catalog"."import_jobs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "catalog"."products" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"category_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"currency" text NOT NULL,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "product_status" CHECK ("catalog"."products"."status" in ('draft', 'active', 'archived')),
	CONSTRAINT "product_currency" CHECK ("catalog"."products"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "catalog"."products" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "catalog"."variants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"sku" text NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"price_minor" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "variant_price" CHECK ("catalog"."variants"."price_minor" >= 0)
);
--> statement-breakpoint
ALTER TABLE "catalog"."variants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "customers"."notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"body" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers"."notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "customers"."customers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"phone_key" text,
	"email" text,
	"search_text" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"merged_into" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "customer_status" CHECK ("customers"."customers"."status" in ('active', 'merged'))
);
--> statement-breakpoint
ALTER TABLE "customers"."customers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "inventory"."movements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on_hand_delta" integer DEFAULT 0 NOT NULL,
	"reserved_delta" integer DEFAULT 0 NOT NULL,
	"on_hand_after" integer NOT NULL,
	"reserved_after" integer NOT NULL,
	"reason" text,
	"reservation_id" uuid,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inventory"."movements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "inventory"."reservation_lines" (
	"workspace_id" uuid NOT NULL,
	"reservation_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "reservation_lines_workspace_id_reservation_id_variant_id_pk" PRIMARY KEY("workspace_id","reservation_id","variant_id"),
	CONSTRAINT "reservation_line_quantity" CHECK ("inventory"."reservation_lines"."quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "inventory"."reservation_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "inventory"."reservations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"reference" text,
	"status" text DEFAULT 'active' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "reservation_status" CHECK ("inventory"."reservations"."status" in ('active', 'released', 'expired', 'committed'))
);
--> statement-breakpoint
ALTER TABLE "inventory"."reservations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "inventory"."stock_levels" (
	"workspace_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"on_hand" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"low_stock_threshold" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_levels_workspace_id_variant_id_pk" PRIMARY KEY("workspace_id","variant_id"),
	CONSTRAINT "stock_reserved_not_negative" CHECK ("inventory"."stock_levels"."reserved" >= 0),
	CONSTRAINT "stock_on_hand_covers_reserved" CHECK ("inventory"."stock_levels"."on_hand" >= "inventory"."stock_levels"."reserved"),
	CONSTRAINT "stock_threshold_not_negative" CHECK ("inventory"."stock_levels"."low_stock_threshold" >= 0)
);
--> statement-breakpoint
ALTER TABLE "inventory"."stock_levels" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "catalog"."products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "catalog"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."variants" ADD CONSTRAINT "variants_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "catalog"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers"."notes" ADD CONSTRAINT "notes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory"."reservation_lines" ADD CONSTRAINT "reservation_lines_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "inventory"."reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "categories_workspace_id_slug_index" ON "catalog"."categories" USING btree ("workspace_id","slug");--> statement-breakpoint
CREATE INDEX "import_jobs_workspace_id_id_index" ON "catalog"."import_jobs" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "products_workspace_id_id_index" ON "catalog"."products" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "products_workspace_id_category_id_id_index" ON "catalog"."products" USING btree ("workspace_id","category_id","id");--> statement-breakpoint
CREATE INDEX "products_search_trgm_idx" ON "catalog"."products" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_search_fts_idx" ON "catalog"."products" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE UNIQUE INDEX "variants_sku_live_idx" ON "catalog"."variants" USING btree ("workspace_id",lower("sku")) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "variants_workspace_id_product_id_index" ON "catalog"."variants" USING btree ("workspace_id","product_id");--> statement-breakpoint
CREATE INDEX "variants_workspace_id_price_minor_index" ON "catalog"."variants" USING btree ("workspace_id","price_minor");--> statement-breakpoint
CREATE INDEX "notes_workspace_id_customer_id_id_index" ON "customers"."notes" USING btree ("workspace_id","customer_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_phone_key_active_idx" ON "customers"."customers" USING btree ("workspace_id","phone_key") WHERE status = 'active' and deleted_at is null and phone_key is not null;--> statement-breakpoint
CREATE INDEX "customers_workspace_id_phone_key_index" ON "customers"."customers" USING btree ("workspace_id","phone_key");--> statement-breakpoint
CREATE INDEX "customers_workspace_id_id_index" ON "customers"."customers" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "customers_search_trgm_idx" ON "customers"."customers" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "movements_workspace_id_id_index" ON "inventory"."movements" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "movements_workspace_id_variant_id_id_index" ON "inventory"."movements" USING btree ("workspace_id","variant_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "reservations_workspace_id_reference_index" ON "inventory"."reservations" USING btree ("workspace_id","reference");--> statement-breakpoint
CREATE INDEX "reservations_active_expiry_idx" ON "inventory"."reservations" USING btree ("workspace_id","expires_at") WHERE status = 'active';--> statement-breakpoint
CREATE POLICY "categories_tenant" ON "catalog"."categories" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "import_jobs_tenant" ON "catalog"."import_jobs" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "products_tenant" ON "catalog"."products" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "variants_tenant" ON "catalog"."variants" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "notes_tenant" ON "customers"."notes" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "customers_tenant" ON "customers"."customers" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "movements_tenant" ON "inventory"."movements" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "reservation_lines_tenant" ON "inventory"."reservation_lines" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "reservations_tenant" ON "inventory"."reservations" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "stock_levels_tenant" ON "inventory"."stock_levels" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);