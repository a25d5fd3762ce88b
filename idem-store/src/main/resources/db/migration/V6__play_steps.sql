-- Playbook steps of several kinds. A play keeps the step it is at and since when. Each run moves
-- every open play on as far as its steps allow and records what each step did.

ALTER TABLE play ADD COLUMN current_step VARCHAR(100);
ALTER TABLE play ADD COLUMN step_since DATE;

-- One row per visit of a play to a step. status is active while the play waits on the step, then done,
-- or failed for a webhook whose every attempt failed or a rejected opportunity stage move. Steps a
-- branch jumps over get no row.
CREATE TABLE play_step (
    play_id      VARCHAR(64) NOT NULL,
    step_name    VARCHAR(100) NOT NULL,
    step_kind    VARCHAR(20) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    entered_on   DATE NOT NULL,
    finished_on  DATE,
    outcome      VARCHAR(4000),
    status_code  INTEGER,
    attempts     INTEGER,
    error        VARCHAR(4000),
    run_id       VARCHAR(64) NOT NULL,
    PRIMARY KEY (play_id, step_name, entered_on)
);

CREATE TABLE task_checklist_item (
    task_id     VARCHAR(64) NOT NULL,
    item_no     BIGINT NOT NULL,
    item_text   VARCHAR(1000) NOT NULL,
    checked     BOOLEAN NOT NULL,
    checked_by  VARCHAR(200),
    checked_on  DATE,
    PRIMARY KEY (task_id, item_no)
);

-- Email drafts for the owner to send; Idem sends nothing.
CREATE TABLE email_draft (
    draft_id    VARCHAR(64) PRIMARY KEY,
    play_id     VARCHAR(64) NOT NULL,
    account_id  VARCHAR(200) NOT NULL,
    step_name   VARCHAR(100) NOT NULL,
    owner       VARCHAR(200),
    subject     VARCHAR(1000) NOT NULL,
    body_text   VARCHAR NOT NULL,
    body_html   VARCHAR NOT NULL,
    created_on  DATE NOT NULL,
    run_id      VARCHAR(64) NOT NULL
);

-- Account attributes that Idem keeps (account_fields in idem.yaml), with history: the current value
-- of a field is its row with replaced_on null.
CREATE TABLE account_attribute (
    account_id   VARCHAR(200) NOT NULL,
    field_name   VARCHAR(100) NOT NULL,
    field_value  VARCHAR(4000),
    set_on       DATE NOT NULL,
    replaced_on  DATE,
    play_id      VARCHAR(64),
    step_name    VARCHAR(100),
    run_id       VARCHAR(64) NOT NULL
);
