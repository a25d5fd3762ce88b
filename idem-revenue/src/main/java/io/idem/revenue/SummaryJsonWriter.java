package io.idem.revenue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idem.workspace.Benchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code revenue/summary.json}. Amounts are numbers rounded to cents, ratios are unrounded
 * numbers, and a ratio that cannot be computed is null with its reason beside it.
 * {@code expansion_share_all_history} has the shape of {@code expansion_share} and covers every month
 * from the first subscription.
 */
public final class SummaryJsonWriter {

    public static final String FILE = "revenue/summary.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private SummaryJsonWriter() {
    }

    /** Writes the file into {@code outputDir} and returns its path. */
    public static Path write(Path outputDir, RevenueSummary summary) {
        Path file = outputDir.resolve(FILE);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            MAPPER.writeValue(file.toFile(), toJson(summary));
        } catch (IOException e) {
            throw Csv.failed(file, e);
        }
        return file;
    }

    static ObjectNode toJson(RevenueSummary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("as_of", summary.asOf().toString());
        root.put("currency", summary.settings().currency());
        root.put("mrr", Money.cents(summary.mrr()));
        root.put("arr", Money.cents(summary.arr()));
        root.set("nrr", retention(summary.nrr()));
        root.set("grr", retention(summary.grr()));
        root.set("expansion_share", expansionShare(summary.expansionShare()));
        root.set("expansion_share_all_history", expansionShare(summary.expansionShareAllHistory()));

        ObjectNode benchmarks = root.putObject("benchmarks");
        benchmarks.set("expansion_share", benchmark(summary.settings().expansionShare()));
        benchmarks.set("nrr", benchmark(summary.nrrBenchmark()));
        benchmarks.set("grr", benchmark(summary.grrBenchmark()));
        return root;
    }

    private static ObjectNode retention(RetentionRatio ratio) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("value", ratio.value());
        node.put("start_month", ratio.startMonth().toString());
        node.put("end_month", ratio.endMonth().toString());
        node.put("accounts", ratio.accounts());
        node.put("reason", ratio.reason());
        return node;
    }

    private static ObjectNode expansionShare(ExpansionShare share) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("value", share.value());
        node.put("start_month", share.startMonth().toString());
        node.put("end_month", share.endMonth().toString());
        node.put("new", Money.cents(share.newMrr()));
        node.put("expansion", Money.cents(share.expansion()));
        node.put("reactivation", Money.cents(share.reactivation()));
        node.put("reason", share.reason());
        return node;
    }

    private static ObjectNode benchmark(Benchmark benchmark) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("target", benchmark.target());
        node.put("source", benchmark.source());
        return node;
    }
}
