package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.workspace.TriggerKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backtests on {@link OutcomeFixture}. Paying accounts and 90-day expansions: 2024-03-31 has 9 paying
 * and 4 expanding, 2024-06-30 has 11 and 0, 2024-09-30 has 11 and 1 (M).
 */
class TriggerBacktestTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    @TempDir
    Path temp;

    private List<BacktestRow> rows;

    @BeforeEach
    void runBacktest() throws Exception {
        try (HandmadeStore data = HandmadeStore.open(temp)) {
            OutcomeFixture.addAccounts(data);
            TriggerBacktest backtest = new TriggerBacktest(data.outcomes(AS_OF), 90);
            rows = backtest.run(List.of(
                    new TriggerFirings("usage_growth", TriggerKind.USAGE_TREND, Map.of(
                            LocalDate.of(2024, 3, 31), Set.of("A", "C", "J", "Z"),
                            LocalDate.of(2024, 6, 30), Set.of("A", "B"),
                            LocalDate.of(2024, 9, 30), Set.of("M", "J", "L"),
                            LocalDate.of(2024, 10, 31), Set.of("A"))),
                    new TriggerFirings("renewal", TriggerKind.TIME, Map.of(
                            LocalDate.of(2024, 3, 31), Set.of(),
                            LocalDate.of(2024, 12, 31), Set.of("A")))));
        }
    }

    @Test
    void countsOnlyPayingAccountsAndComputesLift() {
        BacktestRow march = rows.get(0);

        assertThat(march.trigger()).isEqualTo("usage_growth");
        assertThat(march.month()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(march.fired()).isEqualTo(2);
        assertThat(march.firedExpanded()).isEqualTo(1);
        assertThat(march.firedRate()).isEqualTo(0.5);
        assertThat(march.baseAccounts()).isEqualTo(9);
        assertThat(march.baseExpanded()).isEqualTo(4);
        assertThat(march.baseRate()).isCloseTo(4.0 / 9.0, within(1e-12));
        assertThat(march.lift()).isCloseTo(0.5 / (4.0 / 9.0), within(1e-12));

        BacktestRow september = rows.get(2);
        assertThat(september.fired()).isEqualTo(2);
        assertThat(september.firedExpanded()).isEqualTo(1);
        assertThat(september.baseAccounts()).isEqualTo(11);
        assertThat(september.lift()).isCloseTo(0.5 / (1.0 / 11.0), within(1e-12));
    }

    @Test
    void liftIsNullWithoutBaseExpansionOrFirings() {
        BacktestRow june = rows.get(1);
        BacktestRow renewal = rows.get(3);

        assertThat(june.firedRate()).isEqualTo(0.0);
        assertThat(june.baseRate()).isEqualTo(0.0);
        assertThat(june.lift()).isNull();
        assertThat(renewal.fired()).isZero();
        assertThat(renewal.firedRate()).isNull();
        assertThat(renewal.lift()).isNull();
        assertThat(renewal.baseRate()).isCloseTo(4.0 / 9.0, within(1e-12));
    }

    @Test
    void leavesOutMonthsWithOpenOutcomeWindow() {
        assertThat(rows).extracting(row -> row.trigger() + " " + row.month())
                .containsExactly("usage_growth 2024-03", "usage_growth 2024-06", "usage_growth 2024-09", "renewal 2024-03");
    }

    @Test
    void writesEmptyFieldsForNulls() throws Exception {
        Path file = BacktestCsvWriter.write(temp.resolve("out"), rows);

        assertThat(Files.readAllLines(file)).containsExactly(
                "trigger,kind,month,fired,fired_expanded,fired_rate,base_accounts,base_expanded,base_rate,lift",
                "usage_growth,usage_trend,2024-03,2,1,0.500000,9,4,0.444444,1.125000",
                "usage_growth,usage_trend,2024-06,2,0,0.000000,11,0,0.000000,",
                "usage_growth,usage_trend,2024-09,2,1,0.500000,11,1,0.090909,5.500000",
                "renewal,time,2024-03,0,0,,9,4,0.444444,");
    }

    @Test
    void rejectsEvaluationDateInsideMonth() {
        assertThatThrownBy(() -> new TriggerFirings("renewal", TriggerKind.TIME, Map.of(LocalDate.of(2024, 3, 15), Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-03-15")
                .hasMessageContaining("not a month's last day");
    }
}
