package io.idem.identify;

import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an idem.yaml into a folder and loads it as a workspace. */
final class TestWorkspace {

    private TestWorkspace() {
    }

    static Workspace write(Path folder, String yaml) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), yaml);
        return WorkspaceLoader.load(folder);
    }
}
