-- Baseline: extensions every driver needs.
-- pg_trgm powers typo-tolerant search (catalog, customers); PGlite loads it from its contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
