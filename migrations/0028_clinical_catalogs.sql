CREATE SCHEMA "clinical_catalogs";
--> statement-breakpoint
CREATE TABLE "clinical_catalogs"."entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid,
	"kind" text NOT NULL,
	"key" text,
	"code" text,
	"names" jsonb NOT NULL,
	"preparation_notes" jsonb,
	"duration_minutes" integer,
	"price_amount" integer,
	"currency" text,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"seed_version" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entries_kind" CHECK ("clinical_catalogs"."entries"."kind" in ('specialty', 'procedure', 'disease', 'allergy', 'medication', 'treatment_template')),
	CONSTRAINT "entries_price" CHECK (("clinical_catalogs"."entries"."price_amount" is null) = ("clinical_catalogs"."entries"."currency" is null)),
	CONSTRAINT "entries_global_key" CHECK (("clinical_catalogs"."entries"."workspace_id" is null) = ("clinical_catalogs"."entries"."key" is not null))
);
--> statement-breakpoint
ALTER TABLE "clinical_catalogs"."entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "clinical_catalogs"."overrides" (
	"workspace_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"alias" text,
	"duration_minutes" integer,
	"price_amount" integer,
	"currency" text,
	"preparation_notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "overrides_workspace_id_entry_id_pk" PRIMARY KEY("workspace_id","entry_id"),
	CONSTRAINT "overrides_price" CHECK (("clinical_catalogs"."overrides"."price_amount" is null) = ("clinical_catalogs"."overrides"."currency" is null))
);
--> statement-breakpoint
ALTER TABLE "clinical_catalogs"."overrides" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "clinical_catalogs"."overrides" ADD CONSTRAINT "overrides_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "clinical_catalogs"."entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "entries_global_key_idx" ON "clinical_catalogs"."entries" USING btree ("kind","key") WHERE workspace_id is null;--> statement-breakpoint
CREATE INDEX "entries_workspace_id_kind_index" ON "clinical_catalogs"."entries" USING btree ("workspace_id","kind");--> statement-breakpoint
CREATE POLICY "entries_read" ON "clinical_catalogs"."entries" AS PERMISSIVE FOR SELECT TO public USING (workspace_id is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "entries_write" ON "clinical_catalogs"."entries" AS PERMISSIVE FOR ALL TO public USING (workspace_id is not distinct from nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id is not distinct from nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "overrides_tenant" ON "clinical_catalogs"."overrides" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);