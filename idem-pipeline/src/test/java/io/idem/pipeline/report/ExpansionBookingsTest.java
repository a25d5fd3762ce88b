package io.idem.pipeline.report;

import static io.idem.pipeline.support.TestDeals.dataset;
import static io.idem.pipeline.support.TestDeals.lost;
import static io.idem.pipeline.support.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.pipeline.model.CrmDataset;
import io.idem.pipeline.model.Opportunity;
import io.idem.pipeline.motion.MotionClassifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpansionBookingsTest {

    @Test
    void unattributedWinsCountInTheDenominatorOnly() {
        CrmDataset data = dataset(
                won("A1", "Acme", "GTX Basic", "2017-01-10", 100),
                won("A2", "Acme", "GTX Pro", "2017-02-10", 300),
                won("N1", null, "GTX Pro", "2017-02-11", 100),
                lost("A3", "Acme", "MG Special", "2017-02-12"));

        ExpansionBookings bookings = bookings(data);

        assertThat(bookings.overall().total()).isEqualByComparingTo("500");
        assertThat(bookings.overall().unattributed()).isEqualByComparingTo("100");
        assertThat(bookings.overall().expansionShare().getAsDouble()).isCloseTo(0.6, within(1e-15));
        assertThat(bookings.overall().wonDeals()).isEqualTo(3);
    }

    @Test
    void quartersFollowTheCloseDate() {
        CrmDataset data = dataset(
                won("A1", "Acme", "GTX Basic", "2017-03-31", 100),
                won("A2", "Acme", "MG Special", "2017-04-01", 50),
                won("B1", "Bluth", "GTX Basic", "2017-04-02", 150));

        ExpansionBookings bookings = bookings(data);

        assertThat(bookings.byQuarter()).containsOnlyKeys(new YearQuarter(2017, 1), new YearQuarter(2017, 2));
        BookingsSplit second = bookings.byQuarter().get(new YearQuarter(2017, 2));
        assertThat(second.crossSell()).isEqualByComparingTo("50");
        assertThat(second.newBusiness()).isEqualByComparingTo("150");
        assertThat(second.expansionShare().getAsDouble()).isCloseTo(0.25, within(1e-15));
        assertThat(bookings.byQuarter().get(new YearQuarter(2017, 1)).expansionShare()).hasValue(0.0);
    }

    @Test
    void sameDayDealsAreCounted() {
        CrmDataset data = dataset(
                won("A1", "Acme", "GTX Basic", "2017-01-10", 100),
                won("A2", "Acme", "MG Special", "2017-01-10", 100),
                won("A3", "Acme", "GTX Pro", "2017-02-10", 200));

        ExpansionBookings bookings = bookings(data);

        assertThat(bookings.sameDayDeals()).isEqualTo(1);
        assertThat(bookings.sameDayBookings()).isEqualByComparingTo("100");
        assertThat(bookings.overall().expansionShare().getAsDouble()).isCloseTo(0.75, within(1e-15));
        assertThat(bookings.expansionShareWithSameDayAsNewBusiness().getAsDouble()).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void nothingWonHasNoShare() {
        ExpansionBookings bookings = bookings(dataset(lost("A1", "Acme", "GTX Basic", "2017-01-10")));

        assertThat(bookings.overall().expansionShare()).isEmpty();
        assertThat(bookings.byQuarter()).isEmpty();
    }

    @Test
    void emptyGroupHasNoWinRateOrCycle() {
        DealStats stats = DealStats.of(List.of());

        assertThat(stats.winRate()).isEmpty();
        assertThat(stats.averageCycleDays()).isEmpty();
        assertThat(stats.wonBookings()).isEqualByComparingTo("0");
    }

    private static ExpansionBookings bookings(CrmDataset data) {
        List<Opportunity> withoutAccount = data.opportunities().stream()
                .filter(o -> o.stage().isClosed() && o.account().isEmpty()).toList();
        return ExpansionBookings.of(new MotionClassifier().classify(data), withoutAccount);
    }
}
