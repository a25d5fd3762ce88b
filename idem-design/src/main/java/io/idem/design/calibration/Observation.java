package io.idem.design.calibration;

/** One paying account at one month end: its score and band, and what it did in the horizon after. */
record Observation(double score, String band, boolean churned, boolean expanded) {
}
