package io.idem.report;

/** One section of the report: an anchor id, a heading and a body rendered from the run's output files. */
interface Section {

    /** Returns the HTML id of the section, used by the table of contents. */
    String id();

    String title();

    /**
     * Renders the body of the section. A missing input file renders as a one-line notice; an
     * unreadable one renders as a notice with the reason, so the other sections still render.
     */
    String render(ReportContext context);
}
