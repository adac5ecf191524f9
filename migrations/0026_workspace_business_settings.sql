-- Workspace settings that belong to the business (issue 10): `currency` becomes `default_currency`
-- and every workspace gets `default_phone_region` (the country assumed for phone numbers written
-- without +country code; BR, the default of CUSTOMER_DEFAULT_REGION, for workspaces made before).
-- Settings are JSON, so this is data only: no column changes.
UPDATE "tenancy"."workspaces"
SET "settings" = ("settings" - 'currency')
  || jsonb_build_object(
    'default_currency', coalesce("settings"->'currency', to_jsonb('BRL'::text)),
    'default_phone_region', coalesce("settings"->'default_phone_region', to_jsonb('BR'::text))
  )
WHERE NOT ("settings" ? 'default_currency') OR NOT ("settings" ? 'default_phone_region');
