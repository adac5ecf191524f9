ALTER TABLE "privacy"."person_keys" ADD COLUMN "purpose" text DEFAULT 'personal' NOT NULL;--> statement-breakpoint
ALTER TABLE "privacy"."person_keys" DROP CONSTRAINT "person_keys_workspace_id_person_id_pk";--> statement-breakpoint
ALTER TABLE "privacy"."person_keys" ADD CONSTRAINT "person_keys_workspace_id_person_id_purpose_pk" PRIMARY KEY("workspace_id","person_id","purpose");
