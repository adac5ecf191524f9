CREATE TABLE "events"."checkpoints" (
	"consumer" text PRIMARY KEY NOT NULL,
	"last_txid" "xid8" DEFAULT '0'::xid8 NOT NULL,
	"last_position" bigint DEFAULT 0 NOT NULL,
	"processed" bigint DEFAULT 0 NOT NULL,
	"last_processed_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events"."dead_letters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"attempts" integer NOT NULL,
	"last_error" text NOT NULL,
	"errors" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "events"."inbox" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "events"."retries" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"position" bigint NOT NULL,
	"txid" "xid8" NOT NULL,
	"aggregate_key" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retries_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "events"."timers" (
	"key" text PRIMARY KEY NOT NULL,
	"fire_at" timestamp with time zone NOT NULL,
	"workspace_id" uuid,
	"event_type" text NOT NULL,
	"event_version" integer NOT NULL,
	"aggregate_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"correlation_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "dead_letters_consumer_event_id_index" ON "events"."dead_letters" USING btree ("consumer","event_id");--> statement-breakpoint
CREATE INDEX "dead_letters_status_failed_at_index" ON "events"."dead_letters" USING btree ("status","failed_at");--> statement-breakpoint
CREATE INDEX "inbox_processed_at_index" ON "events"."inbox" USING btree ("processed_at");--> statement-breakpoint
CREATE INDEX "retries_consumer_aggregate_key_txid_position_index" ON "events"."retries" USING btree ("consumer","aggregate_key","txid","position");--> statement-breakpoint
CREATE INDEX "retries_consumer_next_attempt_at_index" ON "events"."retries" USING btree ("consumer","next_attempt_at");--> statement-breakpoint
CREATE INDEX "timers_fire_at_index" ON "events"."timers" USING btree ("fire_at");--> statement-breakpoint
CREATE INDEX "outbox_txid_position_index" ON "events"."outbox" USING btree ("txid","position");--> statement-breakpoint
CREATE INDEX "outbox_occurred_at_index" ON "events"."outbox" USING btree ("occurred_at");