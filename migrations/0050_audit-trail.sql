CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE TABLE "audit"."entries" (
	"id" uuid NOT NULL,
	"workspace_id" uuid,
	"seq" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"category" text NOT NULL,
	"severity" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"ip" text,
	"user_agent" text,
	"request_id" text NOT NULL,
	"changes" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "entries_id_occurred_at_pk" PRIMARY KEY("id","occurred_at")
) PARTITION BY RANGE ("occurred_at");
--> statement-breakpoint
ALTER TABLE "audit"."entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "audit"."heads" (
	"chain_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"prev_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit"."heads" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "entries_chain_idx" ON "audit"."entries" USING btree ("workspace_id","seq");--> statement-breakpoint
CREATE INDEX "entries_recent_idx" ON "audit"."entries" USING btree ("workspace_id","occurred_at","id");--> statement-breakpoint
CREATE POLICY "entries_workspace" ON "audit"."entries" AS PERMISSIVE FOR ALL TO public USING (workspace_id is not distinct from nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id is not distinct from nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "heads_workspace" ON "audit"."heads" AS PERMISSIVE FOR ALL TO public USING (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
-- hand-written below
-- Monthly partitions (entries_YYYYMM) plus a default one for anything outside them. The app role
-- reaches rows only through the parent (its grants and RLS); grantAppRole revokes the partitions.
-- Creating a month whose rows already sit in the default partition fails: such a month is skipped
-- (its rows stay in the default partition, still read through the parent).
CREATE TABLE "audit"."entries_default" PARTITION OF "audit"."entries" DEFAULT;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit.ensure_partitions(since timestamptz, months integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  first date := date_trunc('month', since AT TIME ZONE 'UTC')::date;
  m date;
  made integer := 0;
  name text;
BEGIN
  FOR i IN 0..months - 1 LOOP
    m := (first + make_interval(months => i))::date;
    name := 'entries_' || to_char(m, 'YYYYMM');
    IF to_regclass('audit.' || name) IS NULL THEN
      BEGIN
        EXECUTE format('CREATE TABLE audit.%I PARTITION OF audit.entries FOR VALUES FROM (%L) TO (%L)',
          name, (m::timestamp AT TIME ZONE 'UTC'), ((m + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
        made := made + 1;
      EXCEPTION WHEN check_violation THEN NULL; -- rows of that month already in the default partition
      END;
    END IF;
  END LOOP;
  RETURN made;
END $$;
--> statement-breakpoint
SELECT audit.ensure_partitions(now(), 3);
