-- Every change a person makes to a task or an opportunity, and the link from a won opportunity
-- to the subscription that booked it.

CREATE TABLE audit_event (
    event_id     VARCHAR(64) PRIMARY KEY,
    object_type  VARCHAR(20) NOT NULL,
    object_id    VARCHAR(64) NOT NULL,
    field_name   VARCHAR(50) NOT NULL,
    old_value    VARCHAR(4000),
    new_value    VARCHAR(4000),
    changed_by   VARCHAR(200) NOT NULL,
    changed_at   TIMESTAMP NOT NULL,
    version      BIGINT NOT NULL
);

ALTER TABLE opportunity ADD COLUMN booked_subscription_id VARCHAR(200);
ALTER TABLE task ADD COLUMN completed_by VARCHAR(200);
