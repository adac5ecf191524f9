-- Wakes embedded consumers (LISTEN nexova_events on PostgreSQL) once per inserting statement.
CREATE OR REPLACE FUNCTION "events"."notify_outbox"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('nexova_events', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "outbox_notify" AFTER INSERT ON "events"."outbox" FOR EACH STATEMENT EXECUTE FUNCTION "events"."notify_outbox"();
