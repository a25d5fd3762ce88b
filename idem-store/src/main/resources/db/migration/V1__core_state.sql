-- Idem's own state. Imported source tables are created by the importer from idem.yaml and are
-- not part of these migrations. Every statement here runs unchanged on DuckDB and PostgreSQL.

CREATE TABLE idem_run (
    run_id          VARCHAR(64) PRIMARY KEY,
    workspace_name  VARCHAR(200) NOT NULL,
    as_of           DATE NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    status          VARCHAR(20) NOT NULL,
    config_hash     VARCHAR(64) NOT NULL,
    config_version  VARCHAR(100),
    message         VARCHAR(4000)
);

CREATE TABLE idem_config_version (
    config_hash     VARCHAR(64) PRIMARY KEY,
    config_version  VARCHAR(100),
    first_seen_at   TIMESTAMP NOT NULL,
    content         VARCHAR NOT NULL
);

CREATE TABLE import_file (
    source_name       VARCHAR(100) PRIMARY KEY,
    file_name         VARCHAR(1000) NOT NULL,
    content_hash      VARCHAR(64) NOT NULL,
    rows_read         BIGINT NOT NULL,
    rows_loaded       BIGINT NOT NULL,
    rows_quarantined  BIGINT NOT NULL,
    imported_at       TIMESTAMP NOT NULL,
    run_id            VARCHAR(64)
);

CREATE TABLE quarantine_row (
    source_name   VARCHAR(100) NOT NULL,
    file_name     VARCHAR(1000) NOT NULL,
    line_number   BIGINT NOT NULL,
    column_name   VARCHAR(200),
    raw_value     VARCHAR(4000),
    reason        VARCHAR(4000) NOT NULL,
    raw_line      VARCHAR,
    run_id        VARCHAR(64)
);

CREATE TABLE segment_membership (
    segment_name    VARCHAR(100) NOT NULL,
    account_id      VARCHAR(200) NOT NULL,
    entered_on      DATE NOT NULL,
    left_on         DATE,
    entered_run_id  VARCHAR(64) NOT NULL,
    left_run_id     VARCHAR(64),
    PRIMARY KEY (segment_name, account_id, entered_on)
);

CREATE TABLE trigger_state (
    trigger_name  VARCHAR(100) NOT NULL,
    account_id    VARCHAR(200) NOT NULL,
    active        BOOLEAN NOT NULL,
    since         DATE NOT NULL,
    last_fired_on DATE,
    PRIMARY KEY (trigger_name, account_id)
);

CREATE TABLE trigger_firing (
    trigger_name  VARCHAR(100) NOT NULL,
    account_id    VARCHAR(200) NOT NULL,
    fired_on      DATE NOT NULL,
    run_id        VARCHAR(64) NOT NULL,
    PRIMARY KEY (trigger_name, account_id, fired_on)
);

CREATE TABLE health_score (
    run_id      VARCHAR(64) NOT NULL,
    model_name  VARCHAR(100) NOT NULL,
    account_id  VARCHAR(200) NOT NULL,
    as_of       DATE NOT NULL,
    score       DOUBLE PRECISION,
    band        VARCHAR(50),
    measures    VARCHAR,
    PRIMARY KEY (run_id, model_name, account_id)
);

CREATE TABLE play (
    play_id         VARCHAR(64) PRIMARY KEY,
    dedup_key       VARCHAR(600) NOT NULL UNIQUE,
    playbook_name   VARCHAR(100) NOT NULL,
    account_id      VARCHAR(200) NOT NULL,
    started_by      VARCHAR(300) NOT NULL,
    started_on      DATE NOT NULL,
    cooldown_until  DATE NOT NULL,
    status          VARCHAR(20) NOT NULL,
    owner           VARCHAR(200),
    run_id          VARCHAR(64) NOT NULL
);

CREATE TABLE task (
    task_id       VARCHAR(64) PRIMARY KEY,
    play_id       VARCHAR(64) NOT NULL,
    step_name     VARCHAR(100) NOT NULL,
    title         VARCHAR(1000) NOT NULL,
    owner         VARCHAR(200),
    due_on        DATE NOT NULL,
    status        VARCHAR(20) NOT NULL,
    created_on    DATE NOT NULL,
    completed_on  DATE,
    version       BIGINT NOT NULL
);

CREATE TABLE opportunity (
    opportunity_id  VARCHAR(64) PRIMARY KEY,
    play_id         VARCHAR(64),
    account_id      VARCHAR(200) NOT NULL,
    motion          VARCHAR(20) NOT NULL,
    offer_name      VARCHAR(200) NOT NULL,
    expected_mrr    DECIMAL(18,4) NOT NULL,
    stage           VARCHAR(30) NOT NULL,
    owner           VARCHAR(200),
    created_on      DATE NOT NULL,
    closed_on       DATE,
    actual_mrr      DECIMAL(18,4),
    perceived_mrr   DECIMAL(18,4),
    close_reason    VARCHAR(1000),
    run_id          VARCHAR(64) NOT NULL,
    version         BIGINT NOT NULL
);
