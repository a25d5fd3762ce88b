package io.idem.report;

import io.idem.report.html.Html;
import io.idem.report.input.ReportInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renders a part of a section, replacing it with an error notice when its input file cannot be read. */
final class Guard {

    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

    /** A part of a section that reads one or more input files. */
    @FunctionalInterface
    interface Part {
        String render() throws ReportInputException;
    }

    private Guard() {
    }

    /** Returns the part's HTML, or an error notice naming the file and problem when the input is unreadable. */
    static String render(String sectionId, Part part) {
        try {
            return part.render();
        } catch (ReportInputException e) {
            LOG.warn("Report section {} shows an error notice instead of its content: {}", sectionId, e.getMessage(), e);
            return Html.errorNotice(e.getMessage());
        }
    }
}
