package io.idem.pipeline.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An opportunity from sales_pipeline.csv.
 *
 * <p>Closed deals (Won, Lost) have an engage date, a close date on or after it and a non-negative close value.
 * Open deals (Prospecting, Engaging) have neither close date nor close value, and a Prospecting deal may also lack
 * the engage date because it has not reached the Engaging stage.
 *
 * @param id opportunity id, unique in the file
 * @param salesAgent name of the sales agent who owns the deal
 * @param product product name from products.csv, after aliases are resolved
 * @param accountName account name, or null when the export leaves the account blank
 * @param stage deal stage
 * @param engageDate day the deal entered the Engaging stage, or null for a Prospecting deal
 * @param closeDate day the deal was won or lost, or null for an open deal
 * @param closeValue revenue of the deal in USD, or null for an open deal; the export writes 0 for lost deals
 * @param line line of sales_pipeline.csv the opportunity was read from
 */
public record Opportunity(String id, String salesAgent, String product, String accountName, DealStage stage,
        LocalDate engageDate, LocalDate closeDate, BigDecimal closeValue, long line) {

    public Opportunity {
        requireNonNull(id, "id is null");
        requireNonNull(salesAgent, "salesAgent is null");
        requireNonNull(product, "product is null");
        requireNonNull(stage, "stage is null");
        if (stage.isClosed()) {
            requireNonNull(engageDate, () -> "closed opportunity " + id + " has no engage date");
            requireNonNull(closeDate, () -> "closed opportunity " + id + " has no close date");
            requireNonNull(closeValue, () -> "closed opportunity " + id + " has no close value");
            if (closeDate.isBefore(engageDate)) {
                throw new IllegalArgumentException("opportunity " + id + " closes on " + closeDate
                        + ", before its engage date " + engageDate);
            }
            if (closeValue.signum() < 0) {
                throw new IllegalArgumentException("opportunity " + id + " has a negative close value " + closeValue);
            }
        } else if (closeDate != null || closeValue != null) {
            throw new IllegalArgumentException("open opportunity " + id + " (" + stage.label()
                    + ") must have neither close date nor close value");
        }
        if (stage == DealStage.ENGAGING) {
            requireNonNull(engageDate, () -> "Engaging opportunity " + id + " has no engage date");
        }
    }

    /** Returns the account name, or empty when the export leaves the account blank. */
    public Optional<String> account() {
        return Optional.ofNullable(accountName);
    }

    /** Returns the sales cycle in days, close date minus engage date, for a closed deal; empty for an open deal. */
    public OptionalLong cycleDays() {
        if (!stage.isClosed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(engageDate, closeDate));
    }

    /** Returns the close value of a won deal and zero for any other stage, whatever value a lost deal carries. */
    public BigDecimal bookings() {
        return stage == DealStage.WON ? closeValue : BigDecimal.ZERO;
    }
}
