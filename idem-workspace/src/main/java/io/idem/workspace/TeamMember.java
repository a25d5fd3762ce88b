package io.idem.workspace;

/** A member of a customer-success team; {@code manager} receives escalations and may be null. */
public record TeamMember(String name, String team, String manager) {
}
