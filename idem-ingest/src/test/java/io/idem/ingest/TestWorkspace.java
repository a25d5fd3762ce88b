package io.idem.ingest;

import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a workspace (idem.yaml and CSV files in data/) into a test's temporary folder. */
final class TestWorkspace {

    private final Path directory;

    TestWorkspace(Path directory) throws IOException {
        this.directory = directory;
        Files.createDirectories(data());
    }

    Path directory() {
        return directory;
    }

    Path data() {
        return directory.resolve("data");
    }

    /** Writes idem.yaml with the given {@code sources:} section (indented by two spaces) and loads it. */
    Workspace workspace(String sources) throws IOException {
        Files.writeString(directory.resolve("idem.yaml"), "idem: 1\nworkspace: test\nsources:\n" + sources);
        return WorkspaceLoader.load(directory);
    }

    Path csv(String name, String content) throws IOException {
        return csv(name, content, StandardCharsets.UTF_8);
    }

    Path csv(String name, String content, Charset charset) throws IOException {
        return Files.write(data().resolve(name), content.getBytes(charset));
    }

    Path bytes(String name, byte[] content) throws IOException {
        return Files.write(data().resolve(name), content);
    }
}
