package io.idem.report.chart;

/** Formats an axis tick value; {@code fractionDigits} is the precision the scale's step needs. */
@FunctionalInterface
public interface TickFormat {

    String format(double value, int fractionDigits);
}
