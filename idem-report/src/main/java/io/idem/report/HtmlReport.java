package io.idem.report;

import io.idem.report.html.Html;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code report.html}, a self-contained report of one run, into the run's output folder.
 *
 * <p>The page has inline CSS and inline SVG charts and no script; a Content-Security-Policy
 * meta tag forbids every network load, so the file opens offline and fetches nothing. Each
 * section reads its own files from the folder: a missing file becomes a one-line notice in its
 * section and an unreadable one a notice with the reason, while the other sections still render.
 */
public final class HtmlReport {

    public static final String FILE_NAME = "report.html";

    private static final Logger LOG = LoggerFactory.getLogger(HtmlReport.class);
    private static final String STYLESHEET = "report.css";
    private static final List<Section> SECTIONS = List.of(new HeadlineSection(), new MovementsSection(), new WaterfallSection(), new BenchmarkSection(),
            new RetentionTrendSection(),
            new SegmentsSection(), new JourneySection(), new TriggerSection(), new HealthSection(), new PlaysSection(), new OpportunitiesSection(),
            new RecommendationsSection(), new FunnelSection(), new CohortSection(),
            new ExperimentSection());

    private HtmlReport() {
    }

    /**
     * Renders the report of the run in {@code outputFolder} and writes it as {@code report.html}
     * in that folder, replacing an earlier report. The file is written to a temporary name first
     * and then moved, so a reader never sees half a report.
     *
     * @return the path of the written report
     * @throws NoSuchFileException when the folder does not exist
     * @throws IOException when the report cannot be written
     */
    public static Path write(Path outputFolder) throws IOException {
        if (!Files.isDirectory(outputFolder)) {
            throw new NoSuchFileException(outputFolder.toString(), null, "output folder not found; pass the folder that a run wrote its files to");
        }

        String html = render(outputFolder);
        Path target = outputFolder.resolve(FILE_NAME);
        // Not Files.createTempFile: it creates the file readable by the owner only, and the move would keep that.
        Path temporary = outputFolder.resolve("." + FILE_NAME + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temporary, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        LOG.info("Wrote report {} ({} characters)", target, html.length());
        return target;
    }

    /** Renders the report of the run in {@code outputFolder} as an HTML document. */
    static String render(Path outputFolder) {
        ReportContext context = ReportContext.open(outputFolder);
        String asOf = context.asOf().orElse(null);

        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(asOf == null ? "Idem report" : "Idem report as of " + asOf)).append("</title>\n")
                .append("<style>\n").append(stylesheet()).append("</style>\n</head>\n<body>\n");

        html.append("<header class=\"page\">\n<h1>Idem expansion report</h1>\n")
                .append(Html.paragraph("subtitle", asOf == null ? "As-of date not recorded." : "As of " + asOf + "."))
                .append("<nav aria-label=\"Sections\"><ul>\n");
        for (Section section : SECTIONS) {
            html.append("<li><a href=\"#").append(Html.escape(section.id())).append("\">").append(Html.escape(section.title())).append("</a></li>\n");
        }
        html.append("<li><a href=\"#run\">Run</a></li>\n</ul></nav>\n</header>\n<main>\n");

        for (Section section : SECTIONS) {
            html.append("<section id=\"").append(Html.escape(section.id())).append("\">\n<h2>").append(Html.escape(section.title())).append("</h2>\n")
                    .append(section.render(context))
                    .append("</section>\n");
        }
        html.append("</main>\n").append(RunFooter.render(context)).append("</body>\n</html>\n");
        return html.toString();
    }

    private static String stylesheet() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("resource " + STYLESHEET + " is missing from the idem-report jar; rebuild the module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read resource " + STYLESHEET, e);
        }
    }
}
