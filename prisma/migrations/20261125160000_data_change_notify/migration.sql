-- Every committed change to a table is announced on the channel "ea_data_change" with the table's
-- name (NOTIFY is delivered only after commit, and repeated payloads of one transaction are sent
-- once). The page cache (lib/page-cache) listens and drops rendered pages that read that table.
-- A table added later needs the same trigger: lib/page-cache/change-feed.test.ts fails without it.
CREATE OR REPLACE FUNCTION "ea_notify_data_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('ea_data_change', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  table_name text;
BEGIN
  FOR table_name IN
    SELECT c.relname FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
  LOOP
    EXECUTE format(
      'CREATE TRIGGER "ea_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "ea_notify_data_change"()',
      table_name
    );
  END LOOP;
END
$$;
