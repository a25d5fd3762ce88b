-- Each stored health score records the SHA-256 of its model's definition, so a comparison of two
-- runs can tell when the model changed in between, and the peer group the account was ranked in.
-- Rows written before this migration have neither and read as null.

ALTER TABLE health_score ADD COLUMN model_hash VARCHAR(64);
ALTER TABLE health_score ADD COLUMN peer_group VARCHAR(200);
