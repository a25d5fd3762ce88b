-- Journey stages with their history, success plans with their objectives, and each time a
-- configuration was applied with 'idem apply'. Every statement runs unchanged on DuckDB and PostgreSQL.

-- One row per stage an account was in: open while left_on is null. A run adds a row only when an
-- account's stage changes. rule is the journey rule that set the stage, or 'default'.
CREATE TABLE journey_history (
    account_id      VARCHAR(200) NOT NULL,
    stage           VARCHAR(100) NOT NULL,
    entered_on      DATE NOT NULL,
    left_on         DATE,
    rule            VARCHAR(4000) NOT NULL,
    entered_run_id  VARCHAR(64) NOT NULL,
    left_run_id     VARCHAR(64),
    PRIMARY KEY (account_id, entered_on)
);

-- dedup_key is the template and the account's stage entry (or the caller's key), so that a repeated
-- run creates no second plan for the same entry.
CREATE TABLE success_plan (
    plan_id        VARCHAR(64) PRIMARY KEY,
    dedup_key      VARCHAR(600) NOT NULL UNIQUE,
    template_name  VARCHAR(100) NOT NULL,
    account_id     VARCHAR(200) NOT NULL,
    created_on     DATE NOT NULL,
    target_on      DATE NOT NULL,
    created_by     VARCHAR(300) NOT NULL,
    run_id         VARCHAR(64)
);

CREATE TABLE objective (
    objective_id    VARCHAR(64) PRIMARY KEY,
    plan_id         VARCHAR(64) NOT NULL,
    position        BIGINT NOT NULL,
    title           VARCHAR(1000) NOT NULL,
    target_on       DATE NOT NULL,
    status          VARCHAR(20) NOT NULL,
    owner           VARCHAR(200),
    condition_text  VARCHAR(4000),
    closed_on       DATE,
    closed_by       VARCHAR(200),
    version         BIGINT NOT NULL
);

CREATE TABLE config_apply (
    config_hash  VARCHAR(64) NOT NULL,
    applied_at   TIMESTAMP NOT NULL,
    applied_by   VARCHAR(200) NOT NULL,
    run_id       VARCHAR(64) NOT NULL,
    plan_file    VARCHAR(1000),
    PRIMARY KEY (run_id)
);
