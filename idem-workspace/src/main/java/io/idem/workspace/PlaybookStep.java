package io.idem.workspace;

/**
 * A task a play creates. {@code title} may name account fields in braces, for example
 * {@code "Call {account_name} about seats"}; {@code dueDays} counts from the play's start.
 */
public record PlaybookStep(String name, String title, int dueDays, OwnerRule owner, Location location) {
}
