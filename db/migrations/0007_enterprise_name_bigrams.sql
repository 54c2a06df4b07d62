-- The distinct character pairs of a name, lower-cased: a name contains a fragment only if it has every
-- pair of it, so a GIN index on them serves the two-character fragments that pg_trgm cannot.
CREATE OR REPLACE FUNCTION enterprise_name_bigrams(name text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT substr(lower(name), i, 2)), '{}')
    FROM generate_series(1, char_length(name) - 1) AS i
  $$;--> statement-breakpoint
CREATE INDEX "cases_enterprise_name_bigram_idx" ON "cases" USING gin (enterprise_name_bigrams("enterprise_name"));
