package io.idem.ingest;

import io.idem.workspace.AccountLink;
import io.idem.workspace.Source;
import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders sources so that each source comes after the source its account link points to. */
final class ImportOrder {

    private ImportOrder() {
    }

    /**
     * Returns the workspace's sources in declaration order, except that a linked source moves
     * before the sources that link to it.
     *
     * @throws ImportException when account links form a cycle
     */
    static List<Source> of(Workspace workspace) {
        Map<String, Source> remaining = new LinkedHashMap<>(workspace.sources());
        List<Source> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Source next = remaining.values().stream()
                    .filter(s -> {
                        AccountLink link = s.accountLink();
                        return link == null || !remaining.containsKey(link.source()) || link.source().equals(s.name());
                    })
                    .findFirst()
                    .orElseThrow(() -> cycle(workspace, remaining));
            ordered.add(next);
            remaining.remove(next.name());
        }
        return ordered;
    }

    private static ImportException cycle(Workspace workspace, Map<String, Source> remaining) {
        Source first = remaining.values().iterator().next();
        Path file = workspace.configFile() == null ? Path.of("idem.yaml") : workspace.configFile();
        return new ImportException(List.of(new ImportProblem(first.name(), file, 0, null, String.join(", ", remaining.keySet()),
                "the account links of these sources form a cycle", "link each source to a source that has account_id")));
    }
}
