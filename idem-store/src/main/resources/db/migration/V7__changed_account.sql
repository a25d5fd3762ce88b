-- The accounts whose rows an import added, changed or deleted, per source and import, so that
-- `idem run --incremental` re-evaluates only those accounts. A row stays pending until a run
-- evaluates it: a full run marks every pending row, an incremental run the rows it evaluated.
-- A null account_id marks a source that was loaded with no previous table to compare with, so
-- any account may have changed and only a full run can evaluate it.

CREATE TABLE changed_account (
    account_id        VARCHAR(200),
    source_name       VARCHAR(100) NOT NULL,
    import_run_id     VARCHAR(64) NOT NULL,
    evaluated_run_id  VARCHAR(64)
);

CREATE INDEX changed_account_pending ON changed_account (evaluated_run_id);

-- How a run evaluated accounts: 'full' (every account) or 'incremental' (the changed accounts at
-- the as-of of the base run, the last full run). Runs recorded before this migration read as null
-- and count as full runs.
ALTER TABLE idem_run ADD COLUMN run_mode VARCHAR(20);
ALTER TABLE idem_run ADD COLUMN base_run_id VARCHAR(64);
