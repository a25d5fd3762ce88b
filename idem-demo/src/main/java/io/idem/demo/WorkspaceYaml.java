package io.idem.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the demo's idem.yaml from the template resource {@value #TEMPLATE}, filling in the
 * values that depend on the spec: {@code {{as_of}}}, {@code {{accounts}}}, {@code {{seed}}},
 * {@code {{months}}} and {@code {{usage_rate}}}.
 */
final class WorkspaceYaml {

    static final String TEMPLATE = "idem-demo.yaml";

    private WorkspaceYaml() {
    }

    static void write(Path file, DemoSpec spec) throws IOException {
        Files.writeString(file, render(spec), StandardCharsets.UTF_8);
    }

    static String render(DemoSpec spec) {
        return template()
                .replace("{{as_of}}", spec.asOf().toString())
                .replace("{{accounts}}", Integer.toString(spec.accounts()))
                .replace("{{seed}}", Long.toString(spec.seed()))
                .replace("{{months}}", Integer.toString(spec.months()))
                .replace("{{usage_rate}}", Integer.toString(spec.usageEventsPerAccount()));
    }

    private static String template() {
        try (InputStream in = WorkspaceYaml.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("resource io/idem/demo/" + TEMPLATE + " is missing from the idem-demo jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource io/idem/demo/" + TEMPLATE, e);
        }
    }
}
