package io.idem.lifetimevalue.noncontractual;

import io.idem.lifetimevalue.TestData;
import io.idem.lifetimevalue.cli.TransactionColumns;
import io.idem.lifetimevalue.cli.TransactionFileReader;
import java.time.LocalDate;

/**
 * The CDNOW sample summarised with the published 39-week calibration period, read once per test run because the
 * fits that use it take about a second each.
 */
final class CdnowFixture {
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    private static RfmSummary summary;

    private CdnowFixture() {
    }

    static synchronized RfmSummary summary() throws Exception {
        if (summary == null) {
            summary = RfmSummarizer.summarize(
                    TransactionFileReader.read(TestData.cdnowSample(), TransactionColumns.defaults()).transactions(),
                    CALIBRATION_END);
        }
        return summary;
    }

    static CustomerSummary customer(RfmSummary summary, String customerId) {
        return summary.customers().stream()
                .filter(customer -> customer.customerId().equals(customerId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("customer " + customerId + " is missing from the summary"));
    }
}
