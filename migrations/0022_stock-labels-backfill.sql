-- Data backfill for 0021: stock rows show catalog's SKU, product name and variant name (option
-- values by option name, " / "-joined, as catalog's variantLabel writes them from now on).
UPDATE "inventory"."stock_levels" AS s
SET "sku" = v."sku",
    "product_name" = p."name",
    "variant_name" = (
      SELECT nullif(string_agg(o.value, ' / ' ORDER BY o.key COLLATE "C"), '')
      FROM jsonb_each_text(v."options") AS o
      WHERE btrim(o.value) <> ''
    )
FROM "catalog"."variants" AS v
JOIN "catalog"."products" AS p ON p."id" = v."product_id"
WHERE v."id" = s."variant_id" AND v."workspace_id" = s."workspace_id";
