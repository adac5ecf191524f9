CREATE TABLE "audit"."exports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"format" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"file_key" text,
	"size" integer,
	"sha256" text,
	"error" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "export_status" CHECK ("audit"."exports"."status" in ('queued', 'running', 'completed', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "audit"."exports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "audit"."horizons" (
	"chain_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"removed" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit"."horizons" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "audit"."retention_policies" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"days" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit"."retention_policies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "audit"."retention_runs" (
	"id" uuid NOT NULL,
	"workspace_id" uuid,
	"ran_at" timestamp with time zone NOT NULL,
	"dry_run" boolean DEFAULT false NOT NULL,
	"removed" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "retention_runs_id_ran_at_pk" PRIMARY KEY("id","ran_at")
);
--> statement-breakpoint
ALTER TABLE "audit"."retention_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "exports_workspace_id_id_index" ON "audit"."exports" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "retention_runs_recent_idx" ON "audit"."retention_runs" USING btree ("workspace_id","ran_at");--> statement-breakpoint
CREATE POLICY "exports_tenant" ON "audit"."exports" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "horizons_workspace" ON "audit"."horizons" AS PERMISSIVE FOR ALL TO public USING (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "retention_policies_workspace" ON "audit"."retention_policies" AS PERMISSIVE FOR ALL TO public USING (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "retention_runs_workspace" ON "audit"."retention_runs" AS PERMISSIVE FOR ALL TO public USING (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
-- hand-written below
-- Audit retention. The app role has no DELETE on audit.entries; these SECURITY DEFINER functions are
-- the only way entries leave. Each records the chain's horizon (seq and hash of the last removed
-- entry) so verify starts from it. Neither removes anything younger than one day, whoever calls it.
CREATE OR REPLACE FUNCTION audit.purge_chain(chain uuid, cutoff timestamptz, max_rows integer)
RETURNS TABLE(removed integer, horizon_seq bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  ws uuid := nullif(chain, '00000000-0000-0000-0000-000000000000'::uuid);
  last_seq bigint;
  last_hash text;
  n integer;
BEGIN
  IF cutoff > now() - interval '1 day' THEN
    RAISE EXCEPTION 'audit retention cannot remove entries younger than one day (cutoff %)', cutoff;
  END IF;
  SELECT e.seq, e.hash INTO last_seq, last_hash FROM (
    SELECT x.seq, x.hash FROM audit.entries x
    WHERE x.workspace_id IS NOT DISTINCT FROM ws AND x.occurred_at < cutoff
    ORDER BY x.seq LIMIT max_rows) e
  ORDER BY e.seq DESC LIMIT 1;
  IF last_seq IS NULL THEN
    removed := 0; horizon_seq := NULL; RETURN NEXT; RETURN;
  END IF;
  DELETE FROM audit.entries x WHERE x.workspace_id IS NOT DISTINCT FROM ws AND x.seq <= last_seq;
  GET DIAGNOSTICS n = ROW_COUNT;
  INSERT INTO audit.horizons AS h (chain_id, workspace_id, seq, hash, removed, updated_at)
    VALUES (chain, ws, last_seq, last_hash, n, now())
    ON CONFLICT (chain_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,
      removed = h.removed + excluded.removed, updated_at = now()
    WHERE excluded.seq > h.seq;
  removed := n; horizon_seq := last_seq; RETURN NEXT;
END $$;
--> statement-breakpoint
-- Drops the monthly partitions that end at or before `cutoff` (the longest retention of any
-- workspace), after recording each chain's horizon from them. `dry` only reports. One row per
-- (partition, chain) with the rows it held.
CREATE OR REPLACE FUNCTION audit.drop_partitions_before(cutoff timestamptz, dry boolean)
RETURNS TABLE(partition_name text, chain_id uuid, removed bigint, horizon_seq bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  p record;
  upper_bound timestamptz;
BEGIN
  IF cutoff > now() - interval '1 day' THEN
    RAISE EXCEPTION 'audit retention cannot remove entries younger than one day (cutoff %)', cutoff;
  END IF;
  FOR p IN
    SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'audit.entries'::regclass AND c.relname ~ '^entries_[0-9]{6}$' ORDER BY c.relname
  LOOP
    upper_bound := ((to_date(substr(p.relname, 9), 'YYYYMM') + interval '1 month')::timestamp AT TIME ZONE 'UTC');
    CONTINUE WHEN upper_bound > cutoff;
    FOR partition_name, chain_id, removed, horizon_seq IN EXECUTE format(
      'SELECT %L::text, coalesce(workspace_id, %L::uuid), count(*), max(seq) FROM audit.%I GROUP BY 2',
      p.relname, '00000000-0000-0000-0000-000000000000', p.relname)
    LOOP
      RETURN NEXT;
    END LOOP;
    IF NOT dry THEN
      EXECUTE format(
        'INSERT INTO audit.horizons AS h (chain_id, workspace_id, seq, hash, removed, updated_at)
         SELECT DISTINCT ON (workspace_id) coalesce(workspace_id, %L::uuid), workspace_id, seq, hash,
           count(*) OVER (PARTITION BY workspace_id), now()
         FROM audit.%I ORDER BY workspace_id, seq DESC
         ON CONFLICT (chain_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,
           removed = h.removed + excluded.removed, updated_at = now()
         WHERE excluded.seq > h.seq',
        '00000000-0000-0000-0000-000000000000', p.relname);
      EXECUTE format('DROP TABLE audit.%I', p.relname);
    END IF;
  END LOOP;
END $$;
