package io.idem.experiment.analysis;

import io.idem.experiment.DesignTargets;
import io.idem.statistics.Alternative;
import io.idem.statistics.Status;
import io.idem.statistics.power.MeanPower;
import io.idem.statistics.power.PowerResult;
import io.idem.statistics.power.PowerSettings;
import io.idem.statistics.power.ProportionPower;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample size plans for each variant against the control, at the design's minimum detectable effects, alpha
 * and power, with the planned allocation ratio. The conversion plan uses the design's baseline rate, or the
 * observed control rate when the design has none. The expansion MRR plan uses the observed control mean and
 * standard deviation, because the spread of expansion MRR is rarely known before the experiment.
 */
public final class DesignPlanner {

    static final String CONVERSION = "conversion";
    static final String EXPANSION_MRR = "expansion_mrr";

    /** Slack that keeps a planned size divided by a share, such as 5691 / 0.1, from rounding up a whole number. */
    private static final double ROUNDING_SLACK = 1e-9;

    private DesignPlanner() {
    }

    /**
     * Plans an experiment before any account is exposed. Only the conversion plan can be computed, and only
     * when the design sets a baseline rate; the other results are DEGENERATE with the reason.
     */
    public static List<VariantPlan> beforeStart(AnalysisDesign design) {
        List<ArmData> empty = new ArrayList<>();
        double total = design.variants().stream().mapToDouble(v -> v.weight()).sum();
        design.variants().forEach(v -> empty.add(ArmData.of(v.name(), v.weight() / total, List.of(), false)));
        return plan(design, empty);
    }

    static List<VariantPlan> plan(AnalysisDesign design, List<ArmData> arms) {
        ArmData control = control(design, arms);
        List<VariantPlan> plans = new ArrayList<>();
        for (ArmData arm : arms) {
            if (arm != control) {
                plans.add(new VariantPlan(arm.variant(), arm.share() / control.share(),
                        conversion(design.targets(), control, arm), expansionMrr(design.targets(), control, arm)));
            }
        }
        return plans;
    }

    static ArmData control(AnalysisDesign design, List<ArmData> arms) {
        return arms.stream().filter(a -> a.variant().equals(design.control())).findFirst().orElseThrow();
    }

    private static MetricPlan conversion(DesignTargets targets, ArmData control, ArmData variant) {
        Double baseline = targets.baselineConversionRate();
        String source = "design";
        if (baseline == null && control.n() > 0) {
            baseline = control.proportions().rate();
            source = "observed control";
        }
        if (baseline == null) {
            String reason = "no baseline conversion rate: set one in the design or expose control accounts first";
            return new MetricPlan(CONVERSION, null, "none", targets.conversionEffect(),
                    notPlanned(ProportionPower.METHOD, reason, targets), null,
                    notPlanned(ProportionPower.METHOD, reason, targets));
        }

        PowerResult size = ProportionPower.sampleSize(baseline, targets.conversionEffect(), false,
                settings(targets, control, variant));
        PowerResult current = ProportionPower.power(baseline, targets.conversionEffect(), false, control.n(),
                variant.n(), targets.alpha(), Alternative.TWO_SIDED);
        return new MetricPlan(CONVERSION, baseline, source, targets.conversionEffect(), size,
                experimentAccounts(size, control, variant), current);
    }

    private static MetricPlan expansionMrr(DesignTargets targets, ArmData control, ArmData variant) {
        if (control.n() < 2) {
            String reason = "the control has " + control.n() + " account(s); the expansion MRR plan needs the mean"
                    + " and standard deviation of at least 2 control accounts";
            return new MetricPlan(EXPANSION_MRR, null, "none", null, notPlanned(MeanPower.METHOD, reason, targets),
                    null, notPlanned(MeanPower.METHOD, reason, targets));
        }

        double mean = control.expansion().mean();
        double deviation = Math.sqrt(control.expansion().variance());
        PowerResult size = MeanPower.sampleSize(mean, targets.relativeMrrEffect(), true, deviation,
                settings(targets, control, variant));
        PowerResult current = MeanPower.power(mean, targets.relativeMrrEffect(), true, deviation, control.n(),
                variant.n(), targets.alpha(), Alternative.TWO_SIDED);
        return new MetricPlan(EXPANSION_MRR, mean, "observed control", mean * targets.relativeMrrEffect(), size,
                experimentAccounts(size, control, variant), current);
    }

    private static PowerSettings settings(DesignTargets targets, ArmData control, ArmData variant) {
        return new PowerSettings(targets.alpha(), targets.power(), Alternative.TWO_SIDED,
                variant.share() / control.share());
    }

    /** Returns the accounts the experiment needs so that both arms reach their planned sizes. */
    private static Long experimentAccounts(PowerResult size, ArmData control, ArmData variant) {
        if (size.status() != Status.OK) {
            return null;
        }
        double forControl = size.controlN() / control.share();
        double forVariant = size.treatmentN() / variant.share();
        return (long) Math.ceil(Math.max(forControl, forVariant) - ROUNDING_SLACK);
    }

    private static PowerResult notPlanned(String method, String reason, DesignTargets targets) {
        return new PowerResult(Status.DEGENERATE, reason, method, targets.alpha(), Alternative.TWO_SIDED, null, null,
                null, null, null, null, null);
    }
}
