package io.idem.report.html;

/**
 * HTML escaping and the few markup fragments every section shares. All text that comes from a
 * data file goes through {@link #escape(String)} before it reaches the page, in element content
 * and in attribute values alike.
 */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text for element content and for double- or single-quoted attribute values.
     *
     * <p>Replaces {@code & < > " '} with character references. Control characters other than tab,
     * line feed and carriage return are replaced with U+FFFD because HTML forbids them and XML
     * parsers reject them. Returns the empty string for {@code null}.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }

        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(isForbiddenControl(c) ? '\uFFFD' : c);
            }
        }
        return escaped.toString();
    }

    /** Returns a paragraph of escaped text with the given CSS class. */
    public static String paragraph(String cssClass, String text) {
        return "<p class=\"" + escape(cssClass) + "\">" + escape(text) + "</p>\n";
    }

    /** Returns the one-line notice shown in place of a section whose input files do not exist. */
    public static String missingNotice(String... relativePaths) {
        String files = String.join(" and ", relativePaths);
        String verb = relativePaths.length == 1 ? " is" : " are";
        return paragraph("notice missing", files + verb + " not in this output folder, so there is nothing to show here.");
    }

    /** Returns the one-line notice shown in place of a section whose input file could not be read. */
    public static String errorNotice(String message) {
        return paragraph("notice error", "Could not read the input: " + message);
    }

    /** Wraps already rendered HTML in a collapsed {@code <details>} block with an escaped summary. */
    public static String details(String summary, String innerHtml) {
        return "<details><summary>" + escape(summary) + "</summary>\n" + innerHtml + "</details>\n";
    }

    private static boolean isForbiddenControl(char c) {
        boolean c0 = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
        boolean c1 = c >= 0x7F && c <= 0x9F;
        return c0 || c1;
    }
}
