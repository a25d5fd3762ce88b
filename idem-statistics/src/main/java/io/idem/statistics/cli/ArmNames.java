package io.idem.statistics.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of the arm column shared by the CSV readers. */
final class ArmNames {

    private ArmNames() {
    }

    /** Requires at least two arms with distinct names, the first being the control. */
    static void check(CsvTable table, List<String> arms) {
        if (arms.size() < 2) {
            throw new BadInputException(table.file() + " has " + arms.size() + " data row(s); add one row for the"
                    + " control followed by at least one treatment arm");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arms.size(); i++) {
            if (!seen.add(arms.get(i))) {
                throw new BadInputException(table.file() + ": arm '" + arms.get(i) + "' appears more than once;"
                        + " give each arm one row");
            }
        }
    }
}
