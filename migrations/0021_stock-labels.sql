ALTER TABLE "inventory"."stock_levels" ADD COLUMN "sku" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory"."stock_levels" ADD COLUMN "product_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory"."stock_levels" ADD COLUMN "variant_name" text;