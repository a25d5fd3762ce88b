package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeRatesTest {

    @TempDir
    Path temp;

    @Test
    void usesLatestRateOnOrBeforeDay() throws Exception {
        ExchangeRates rates = ExchangeRates.load(write("""
                rate_to_reporting,currency,date,note
                1.10,EUR,2024-01-01,opening

                1.20,eur,2024-03-01,
                """));

        assertThat(rates.rateOn("EUR", LocalDate.of(2024, 1, 1))).isEqualByComparingTo("1.10");
        assertThat(rates.rateOn("EUR", LocalDate.of(2024, 2, 29))).isEqualByComparingTo("1.10");
        assertThat(rates.rateOn("EUR", LocalDate.of(2024, 3, 1))).isEqualByComparingTo("1.20");
        assertThat(rates.rateOn("EUR", LocalDate.of(2030, 1, 1))).isEqualByComparingTo("1.20");
        assertThatThrownBy(() -> rates.rateOn("EUR", LocalDate.of(2023, 12, 31)))
                .isInstanceOf(RevenueException.class)
                .hasMessageContaining("no exchange rate for EUR on or before 2023-12-31");
    }

    @Test
    void workspaceFolderWithoutFileHasNoRates() {
        assertThat(ExchangeRates.forWorkspaceFolder(temp).isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing column | date,currency,rate | line 1: the header has no column 'rate_to_reporting'",
            "invalid date   | date,currency,rate_to_reporting\\n2024-13-01,EUR,1.1 | line 2, column date: '2024-13-01' is not a date",
            "invalid code   | date,currency,rate_to_reporting\\n2024-01-01,EURO,1.1 | line 2, column currency: 'EURO' is not an ISO 4217 code",
            "text rate      | date,currency,rate_to_reporting\\n2024-01-01,EUR,high | line 2, column rate_to_reporting: 'high' is not a number",
            "zero rate      | date,currency,rate_to_reporting\\n2024-01-01,EUR,0 | line 2, column rate_to_reporting: '0' must be above 0",
            "short line     | date,currency,rate_to_reporting\\n2024-01-01,EUR | line 2: expected at least 3 fields, found 2",
            "duplicate      | date,currency,rate_to_reporting\\n2024-01-01,EUR,1.1\\n2024-01-01,EUR,1.2 | line 3: the rate of EUR on 2024-01-01 is already given on line 2"})
    void rejectsInvalidFile(String name, String content, String message) throws Exception {
        Path file = write(content.replace("\\n", "\n") + "\n");

        assertThatThrownBy(() -> ExchangeRates.load(file))
                .isInstanceOf(RevenueException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(message);
    }

    private Path write(String content) throws Exception {
        Path file = temp.resolve(ExchangeRates.FILE);
        Files.writeString(file, content);
        return file;
    }
}
