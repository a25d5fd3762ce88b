package io.idem.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductLadderTest {

    private final ProductLadder ladder = new ProductLadder(List.of(
            product("Pro", "A", 500), product("Basic", "A", 100), product("Plus", "A", 100),
            product("Solo", "B", 50)));

    @Test
    void rungsAreOrderedByPriceThenName() {
        assertThat(ladder.rungs("A")).extracting(Product::name).containsExactly("Basic", "Plus", "Pro");
        assertThat(ladder.entry("A").name()).isEqualTo("Basic");
    }

    @Test
    void nextStopsAtTheTop() {
        Product pro = ladder.product("Pro").orElseThrow();
        Product plus = ladder.product("Plus").orElseThrow();

        assertThat(ladder.next(plus)).contains(pro);
        assertThat(ladder.next(pro)).isEmpty();
        assertThat(ladder.next(ladder.product("Solo").orElseThrow())).isEmpty();
    }

    @Test
    void repeatedProductIsRejected() {
        assertThatThrownBy(() -> new ProductLadder(List.of(product("Pro", "A", 1), product("Pro", "B", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("product 'Pro' is listed twice");
    }

    @Test
    void unknownSeriesHasNoEntry() {
        assertThat(ladder.rungs("C")).isEmpty();
        assertThatThrownBy(() -> ladder.entry("C")).hasMessageContaining("unknown product series 'C'");
    }

    private static Product product(String name, String series, long price) {
        return new Product(name, series, BigDecimal.valueOf(price));
    }
}
