-- Why and when a play ended: for example cancelled because its account left the segment that started it.

ALTER TABLE play ADD COLUMN closed_on DATE;
ALTER TABLE play ADD COLUMN close_reason VARCHAR(1000);
