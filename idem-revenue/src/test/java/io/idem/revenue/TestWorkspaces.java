package io.idem.revenue;

import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Workspaces written to a temporary folder for hand-made cases. */
final class TestWorkspaces {

    private TestWorkspaces() {
    }

    /** Writes and loads a workspace with an accounts source and a subscriptions source: subscription_id, account_id, start_date, end_date, mrr. */
    static Workspace subscriptionsOnly(Path folder, String extraYaml) throws IOException {
        String yaml = """
                idem: 1
                workspace: handmade
                sources:
                  accounts:
                    kind: accounts
                    file: accounts.csv
                    columns:
                      account_id: {type: string, required: true}
                  subscriptions:
                    kind: subscriptions
                    file: subscriptions.csv
                    key: [subscription_id]
                    columns:
                      subscription_id: {type: string, required: true}
                      account_id: {type: string, required: true}
                      start_date: {type: date, required: true}
                      end_date: date
                      mrr: {type: money, required: true}
                """ + extraYaml;
        Files.writeString(folder.resolve(WorkspaceLoader.CONFIG_FILE), yaml);
        return WorkspaceLoader.load(folder);
    }

    static Path ravenStackWorkspace() {
        Path folder = Path.of("..", "examples", "ravenstack").toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve(WorkspaceLoader.CONFIG_FILE))) {
            throw new IllegalStateException("missing " + folder.resolve(WorkspaceLoader.CONFIG_FILE)
                    + "; run the tests from the idem-revenue module folder");
        }
        return folder;
    }

    static Path ravenStackSubscriptions() {
        Path data = Path.of(System.getProperty("idem.data.dir", "../shared/data")).toAbsolutePath().normalize();
        Path file = data.resolve("ravenstack-saas").resolve("ravenstack_subscriptions.csv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file + "; set the system property idem.data.dir to the datasets folder");
        }
        return file;
    }
}
