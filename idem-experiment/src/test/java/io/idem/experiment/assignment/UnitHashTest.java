package io.idem.experiment.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitHashTest {

    /**
     * Digests computed outside Java with {@code printf '%s' KEY | sha256sum} (GNU coreutils); the fraction is
     * the first 13 hex digits over 16^13.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "upsell-2025-q1 | acct-0001 | 5184e35f45b42f031a4bcac07e0095ef98a4cd13cfca821b26f977c416fbe19b",
        "upsell-2025-q1 | ACME:EU:42 | 12c6ac17ed7b1925429c81bd589c9a376ec79938d9b8ee73413585e429bd8b6d",
        "exp | é | 03e776b4065fe2198441995cd12531bf9b65752a9b4b894eb92d13c7711453a7"})
    void fractionMatchesCoreutilsDigest(String experimentId, String accountId, String digest) {
        long expectedBits = Long.parseLong(digest.substring(0, 13), 16);

        double fraction = UnitHash.fraction(experimentId, accountId);

        assertThat(UnitHash.bits(experimentId + ":" + accountId)).isEqualTo(expectedBits);
        assertThat(fraction).isEqualTo(expectedBits / Math.pow(2, 52));
        assertThat(fraction).isGreaterThanOrEqualTo(0).isLessThan(1);
    }
}
