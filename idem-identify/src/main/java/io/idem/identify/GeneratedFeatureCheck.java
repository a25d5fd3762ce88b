package io.idem.identify;

import io.idem.workspace.Aggregate;
import io.idem.workspace.ConfigProblem;
import io.idem.workspace.Feature;
import io.idem.workspace.Location;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Suggestions;
import io.idem.workspace.Workspace;
import java.util.List;

/**
 * Checks an aggregate call written inside an expression as idem.yaml checks a feature: the source
 * exists and reaches accounts, the column exists, and a window needs dated rows. Problems are
 * reported at the expression that contains the call.
 */
final class GeneratedFeatureCheck {

    private GeneratedFeatureCheck() {
    }

    static boolean check(Workspace workspace, Feature feature, Location location, String field, List<ConfigProblem> problems) {
        int before = problems.size();
        Location at = new Location(location.file(), location.line(), location.column(), field);
        String call = feature.description();
        Source source = workspace.sources().get(feature.source());
        if (source == null) {
            problems.add(new ConfigProblem(at, call, "unknown source '" + feature.source() + "' in " + call,
                    Suggestions.hint(feature.source(), workspace.sources().keySet())));
            return false;
        }
        Aggregate aggregate = feature.aggregate();
        if (source.kind() == SourceKind.ACCOUNTS) {
            problems.add(new ConfigProblem(at, call, "an accounts column is already one value per account",
                    "refer to the column by its name instead of " + call));
        }
        if (!source.hasAccountId() && source.accountLink() == null) {
            problems.add(new ConfigProblem(at, call, "rows of source '" + source.name() + "' cannot be tied to an account",
                    "add an account_id column or an account_link to source '" + source.name() + "'"));
        }
        if (feature.column() != null && !source.columns().containsKey(feature.column())) {
            problems.add(new ConfigProblem(at, call, "unknown column '" + feature.column() + "' of source '" + source.name() + "'",
                    Suggestions.hint(feature.column(), source.columns().keySet())));
        }
        if (aggregate.needsColumn() && feature.column() == null) {
            problems.add(new ConfigProblem(at, call, aggregate.configName() + " needs a column",
                    "write " + aggregate.configName() + "(COLUMN from " + source.name() + ", ...)"));
        }
        boolean subscriptionOnly = aggregate == Aggregate.SUM_ACTIVE || aggregate == Aggregate.DAYS_TO_RENEWAL;
        if (subscriptionOnly && source.kind() != SourceKind.SUBSCRIPTIONS) {
            problems.add(new ConfigProblem(at, call, aggregate.configName() + " needs a source of kind subscriptions",
                    "use the subscriptions source"));
        }
        if (aggregate == Aggregate.TREND) {
            Aggregate.trendWindowProblem(feature.windowDays()).ifPresent(message -> problems.add(new ConfigProblem(at, call,
                    message + " in " + call, "add a window such as 'last 12w': trend(COLUMN from " + source.name() + ", last 12w)")));
        }
        boolean usesDates = feature.windowDays() != null || feature.offsetDays() != 0 || aggregate == Aggregate.LAST || aggregate == Aggregate.TREND
                || aggregate == Aggregate.DAYS_SINCE_LAST || aggregate == Aggregate.DAYS_SINCE_FIRST;
        if (usesDates && source.kind().dateColumn() == null) {
            problems.add(new ConfigProblem(at, call, "source '" + source.name() + "' has no date column for windows",
                    "remove the window, or use a source with dated rows"));
        }
        return problems.size() == before;
    }
}
