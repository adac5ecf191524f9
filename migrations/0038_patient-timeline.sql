CREATE TABLE "patient_records"."timeline_entries" (
	"workspace_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"facts" jsonb NOT NULL,
	"refs" jsonb NOT NULL,
	"currency" text,
	"balance_delta_minor" bigint,
	"merged_patient_id" uuid,
	CONSTRAINT "timeline_entries_workspace_id_event_id_pk" PRIMARY KEY("workspace_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "patient_records"."timeline_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "timeline_entries_workspace_id_patient_id_occurred_at_event_id_index" ON "patient_records"."timeline_entries" USING btree ("workspace_id","patient_id","occurred_at","event_id");--> statement-breakpoint
CREATE INDEX "timeline_entries_workspace_id_merged_patient_id_index" ON "patient_records"."timeline_entries" USING btree ("workspace_id","merged_patient_id");--> statement-breakpoint
CREATE POLICY "pr_timeline_entries_tenant" ON "patient_records"."timeline_entries" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);