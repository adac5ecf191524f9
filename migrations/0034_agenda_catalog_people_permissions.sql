ALTER TABLE "agenda"."services" ADD COLUMN "price" integer;--> statement-breakpoint
ALTER TABLE "agenda"."services" ADD COLUMN "currency" text;--> statement-breakpoint
ALTER TABLE "agenda"."services" ADD CONSTRAINT "services_price_currency" CHECK (("agenda"."services"."price" is null) = ("agenda"."services"."currency" is null) and coalesce("agenda"."services"."price", 0) >= 0);--> statement-breakpoint
-- hand-written below
-- The people directory's routes (/people: documents, by-document) moved from customers:read|write to
-- people:read|write. Every existing role keeps what it could do: a role that held customers:* (the
-- built-in Staff role among them) gains people:*, one that held customers:read or customers:write gains
-- the people permission of the same kind. '*' and '*:read' already cover people:*.
UPDATE "tenancy"."roles" SET "permissions" = array_append("permissions", 'people:*'), "version" = "version" + 1
WHERE 'customers:*' = ANY("permissions") AND NOT 'people:*' = ANY("permissions");--> statement-breakpoint
UPDATE "tenancy"."roles" SET "permissions" = array_append("permissions", 'people:read'), "version" = "version" + 1
WHERE 'customers:read' = ANY("permissions") AND NOT 'people:read' = ANY("permissions") AND NOT 'people:*' = ANY("permissions");--> statement-breakpoint
UPDATE "tenancy"."roles" SET "permissions" = array_append("permissions", 'people:write'), "version" = "version" + 1
WHERE 'customers:write' = ANY("permissions") AND NOT 'people:write' = ANY("permissions") AND NOT 'people:*' = ANY("permissions");
