package io.idem.lifetimevalue.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idem.lifetimevalue.Convergence;
import io.idem.lifetimevalue.LifetimeValueModel;
import io.idem.lifetimevalue.contractual.ShiftedBetaGeometric;
import io.idem.lifetimevalue.contractual.ShiftedBetaGeometricFit;
import io.idem.lifetimevalue.contractual.SurvivorCounts;
import io.idem.lifetimevalue.noncontractual.BetaGeometricNbd;
import io.idem.lifetimevalue.noncontractual.BetaGeometricNbdFit;
import io.idem.lifetimevalue.noncontractual.GammaGamma;
import io.idem.lifetimevalue.noncontractual.GammaGammaFit;
import io.idem.lifetimevalue.noncontractual.RfmSummary;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * JSON report of a fit: model, parameters, log-likelihood, convergence and the data the fit used.
 */
final class FitReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FitReport() {
    }

    static String toJson(ObjectNode report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the fit report as JSON", e);
        }
    }

    /**
     * Reports an sBG fit. {@code file} contains every period of the input, so periods beyond the fitted ones show
     * the projection next to what was observed.
     */
    static ObjectNode shiftedBetaGeometric(Path input, ShiftedBetaGeometricFit fit, SurvivorCounts file) {
        ShiftedBetaGeometric model = fit.model();
        ObjectNode report = header(LifetimeValueModel.SBG, input, "survivor-counts");
        report.putObject("parameters").put("alpha", model.alpha()).put("beta", model.beta());
        report.put("logLikelihood", fit.convergence().logLikelihood());
        report.set("convergence", convergence(fit.convergence()));
        report.put("cohortSize", fit.counts().cohortSize());
        report.put("periods", fit.counts().periods());
        report.put("periodsInFile", file.periods());

        ArrayNode survival = report.putArray("survival");
        for (int t = 1; t <= file.periods(); t++) {
            survival.addObject()
                    .put("period", t)
                    .put("observed", file.survivors(t))
                    .put("expected", fit.expectedSurvivors(t))
                    .put("retentionRate", model.retentionRate(t))
                    .put("fitted", t <= fit.counts().periods());
        }
        return report;
    }

    static ObjectNode betaGeometricNbd(
            Path input, TransactionFormat format, RfmSummary summary, String endSource, BetaGeometricNbdFit fit) {
        BetaGeometricNbd model = fit.model();
        ObjectNode report = header(LifetimeValueModel.BG_NBD, input, format.jsonName());
        report.putObject("parameters")
                .put("r", model.r()).put("alpha", model.alpha()).put("a", model.a()).put("b", model.b());
        report.put("logLikelihood", fit.convergence().logLikelihood());
        report.set("convergence", convergence(fit.convergence()));
        putSummary(report, summary, endSource);
        return report;
    }

    static ObjectNode gammaGamma(
            Path input, TransactionFormat format, RfmSummary summary, String endSource, GammaGammaFit fit) {
        GammaGamma model = fit.model();
        ObjectNode report = header(LifetimeValueModel.GAMMA_GAMMA, input, format.jsonName());
        report.putObject("parameters").put("p", model.p()).put("q", model.q()).put("gamma", model.gamma());
        report.put("logLikelihood", fit.convergence().logLikelihood());
        report.set("convergence", convergence(fit.convergence()));
        putSummary(report, summary, endSource);
        report.put("customersInFit", fit.customers());
        return report;
    }

    private static ObjectNode header(LifetimeValueModel model, Path input, String format) {
        ObjectNode report = MAPPER.createObjectNode();
        report.put("model", model.cliName());
        report.put("input", input.toString());
        report.put("format", format);
        return report;
    }

    private static ObjectNode convergence(Convergence convergence) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("converged", convergence.converged());
        node.put("iterations", convergence.iterations());
        node.put("evaluations", convergence.evaluations());
        node.put("restarts", convergence.restarts());
        node.put("gradientNorm", convergence.gradientNorm());
        node.put("predictedGain", convergence.predictedGain());
        return node;
    }

    private static void putSummary(ObjectNode report, RfmSummary summary, String endSource) {
        report.put("customers", summary.customers().size());
        report.put("repeatCustomers", summary.repeatCustomers().size());
        report.put("repeatTransactions", summary.totalRepeatPurchases());
        report.put("customersAfterCalibration", summary.customersAfterCalibration());
        report.put("firstTransaction", summary.firstTransaction().toString());
        report.put("calibrationEnd", summary.calibrationEnd().toString());
        report.put("calibrationEndSource", endSource);
        report.put("timeUnit", "weeks");
    }
}
