-- The outbox trigger's NOTIFY ran inside every publishing transaction, and PostgreSQL holds one
-- cluster-wide lock from a notifying commit's start until its WAL flush: publishing commits
-- queued behind each other's fsync (no group commit). publish() now asks for the wake-up with
-- notifyAfterCommit (packages/db), sent after the commit and coalesced.
DROP TRIGGER IF EXISTS "outbox_notify" ON "events"."outbox";
--> statement-breakpoint
DROP FUNCTION IF EXISTS "events"."notify_outbox"();
