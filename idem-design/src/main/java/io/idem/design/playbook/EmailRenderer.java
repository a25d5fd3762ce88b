package io.idem.design.playbook;

import io.idem.identify.AccountFrame;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an email body as HTML. A text body is escaped as a whole and its line breaks become
 * {@code <br>}; an HTML template keeps its markup. In both, every account value put in place of a
 * {@code {field}} is HTML-escaped, so a value such as {@code <script>} shows as text.
 */
final class EmailRenderer {

    private static final Pattern FIELD = Pattern.compile("\\{([a-z][a-z0-9_]*)}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private EmailRenderer() {
    }

    static String toHtml(String body, boolean html, AccountFrame frame, int row) {
        Matcher matcher = FIELD.matcher(body);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            String literal = body.substring(last, matcher.start());
            out.append(html ? literal : textToHtml(literal));
            String name = matcher.group(1);
            Object value = frame.has(name) && row >= 0 ? frame.value(name, row) : null;
            out.append(escape(value == null ? matcher.group(0) : PlayPlanner.display(value)));
            last = matcher.end();
        }
        String tail = body.substring(last);
        out.append(html ? tail : textToHtml(tail));
        return out.toString();
    }

    /** Returns the plain-text form of an HTML template: tags removed, account values filled in as they are. */
    static String toText(String htmlBody, AccountFrame frame, int row) {
        String withoutTags = TAG.matcher(htmlBody).replaceAll("");
        String unescaped = withoutTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return PlayPlanner.fillTemplate(unescaped, frame, row);
    }

    private static String textToHtml(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
