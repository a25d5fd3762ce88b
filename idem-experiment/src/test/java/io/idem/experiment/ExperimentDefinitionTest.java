package io.idem.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.experiment.analysis.AnalysisDesign;
import io.idem.experiment.assignment.Allocation;
import io.idem.experiment.assignment.HashAssigner;
import io.idem.statistics.srm.SampleRatioMismatch;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentDefinitionTest {

    private static final List<Variant> PLAYS = List.of(new Variant("play_a", 0.45), new Variant("play_b", 0.45),
            new Variant("holdout", 0.10));

    @Test
    void definitionFeedsAssignmentAndAnalysis() {
        ExperimentDefinition definition = definition("upsell-q1", PLAYS, "holdout");

        AnalysisDesign design = AnalysisDesign.of(definition);

        assertThat(HashAssigner.of(definition).variantOf("acct-1"))
                .isEqualTo(new HashAssigner("upsell-q1", new Allocation(PLAYS))
                        .variantOf("acct-1"));
        assertThat(design.control()).isEqualTo("holdout");
        assertThat(design.srmThreshold()).isEqualTo(SampleRatioMismatch.DEFAULT_THRESHOLD);
        assertThat(definition.stratification()).contains("plan");
        assertThat(definition.variant("play_b")).contains(PLAYS.get(1));
    }

    @Test
    void rejectsControlOutsideVariants() {
        assertThatThrownBy(() -> definition("upsell-q1", PLAYS, "control"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("control 'control' of experiment upsell-q1 is not one of its variants [play_a, play_b,"
                        + " holdout]; name one of them");
    }

    @Test
    void rejectsRepeatedVariant() {
        List<Variant> twice = List.of(new Variant("play_a", 1), new Variant("play_a", 1));

        assertThatThrownBy(() -> definition("upsell-q1", twice, "play_a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("experiment upsell-q1 lists variant play_a twice; give each variant one entry");
    }

    @Test
    void rejectsSingleVariant() {
        assertThatThrownBy(() -> definition("upsell-q1", List.of(new Variant("play_a", 1)), "play_a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs at least 2 variants, got 1");
    }

    @Test
    void rejectsInvalidNamesAndWeights() {
        assertThatThrownBy(() -> new Variant("play a", 1)).hasMessageContaining("invalid variant name 'play a'");
        assertThatThrownBy(() -> new Variant("play_a", 0)).hasMessageContaining("must be finite and > 0, got 0.0");
        assertThatThrownBy(() -> new Variant("play_a", Double.NaN)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> definition("upsell#q1", PLAYS, "holdout"))
                .hasMessageContaining("invalid experiment id 'upsell#q1'");
    }

    @Test
    void rejectsInvalidTargetsAndWindows() {
        assertThatThrownBy(() -> new DesignTargets(1.0, 0.05, 0.2, 0.05, 0.8))
                .hasMessageContaining("baseline conversion rate must be strictly between 0 and 1, got 1.0");
        assertThatThrownBy(() -> new DesignTargets(null, 0, 0.2, 0.05, 0.8))
                .hasMessageContaining("conversion effect must be a finite non-zero number");
        assertThatThrownBy(() -> new DesignTargets(null, 0.05, 0.2, 0.05, 1.0))
                .hasMessageContaining("power must be strictly between 0 and 1");
        assertThatThrownBy(() -> new OutcomeWindows(0, 90)).hasMessageContaining("conversion window");
        assertThatThrownBy(() -> new OutcomeWindows(30, 3651)).hasMessageContaining("expansion MRR window");
    }

    private static ExperimentDefinition definition(String id, List<Variant> variants, String control) {
        return new ExperimentDefinition(id, "ready_to_expand", variants, control, "plan", LocalDate.of(2025, 3, 3),
                new OutcomeWindows(30, 90), DesignTargets.defaults());
    }
}
