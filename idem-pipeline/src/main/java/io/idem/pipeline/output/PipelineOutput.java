package io.idem.pipeline.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.idem.pipeline.PipelineAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an analysis into an output folder: win_rate_by_product.csv, win_rate_by_agent.csv,
 * win_rate_by_motion.csv, expansion_by_quarter.csv, deal_motions.csv, next_offers.csv and summary.json. Existing
 * files of those names are replaced, and other files in the folder are left alone.
 */
public final class PipelineOutput {

    public static final String SUMMARY = "summary.json";

    /** Names of the files {@link #write} creates, in the order it writes them. */
    public static final List<String> FILES = List.of(CsvReports.BY_PRODUCT, CsvReports.BY_AGENT,
            CsvReports.BY_MOTION, CsvReports.BY_QUARTER, CsvReports.DEALS, CsvReports.OFFERS, SUMMARY);

    private static final Logger LOG = LoggerFactory.getLogger(PipelineOutput.class);

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Creates the folder when needed and writes every file.
     *
     * @throws IOException when the folder cannot be created or a file cannot be written
     */
    public void write(PipelineAnalysis analysis, Path folder) throws IOException {
        Files.createDirectories(folder);
        CsvReports.byProduct(folder.resolve(CsvReports.BY_PRODUCT), analysis.products());
        CsvReports.byAgent(folder.resolve(CsvReports.BY_AGENT), analysis.agents());
        CsvReports.byMotion(folder.resolve(CsvReports.BY_MOTION), analysis.motions());
        CsvReports.byQuarter(folder.resolve(CsvReports.BY_QUARTER), analysis.bookings().byQuarter());
        CsvReports.deals(folder.resolve(CsvReports.DEALS), analysis.deals());
        CsvReports.offers(folder.resolve(CsvReports.OFFERS), analysis.offers());
        mapper.writeValue(folder.resolve(SUMMARY).toFile(), new SummaryJson(mapper).build(analysis, FILES));
        LOG.info("Wrote {} files to {}", FILES.size(), folder);
    }
}
