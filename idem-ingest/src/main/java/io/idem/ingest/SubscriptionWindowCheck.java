package io.idem.ingest;

import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts usage rows dated outside the active period of the subscription they link to: before its
 * start_date, or after its end_date. Such rows are kept, because usage belongs to the account and
 * generated or migrated data often dates it loosely (in RavenStack 19,142 of 25,000 usage rows
 * precede their subscription). The counts are reported so that users know how loosely usage is dated.
 */
final class SubscriptionWindowCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionWindowCheck.class);

    private final Store store;
    private final String runId;

    SubscriptionWindowCheck(Store store, String runId) {
        this.store = store;
        this.runId = runId;
    }

    /** Returns the warnings for a usage source, or none when it does not link to a subscriptions source. */
    List<RuleWarning> check(Workspace workspace, Source usage) throws SQLException {
        if (usage.kind() != SourceKind.USAGE || usage.accountLink() == null) {
            return List.of();
        }
        Source subscriptions = workspace.sources().get(usage.accountLink().source());
        String eventDate = SourceKind.USAGE.dateColumn();
        if (subscriptions == null || subscriptions.kind() != SourceKind.SUBSCRIPTIONS || !usage.columns().containsKey(eventDate)
                || !subscriptions.columns().containsKey("start_date")) {
            return List.of();
        }

        boolean hasEnd = subscriptions.columns().containsKey("end_date");
        SqlDialect d = store.dialect();
        String link = d.quoteIdentifier(usage.accountLink().column());
        String key = d.quoteIdentifier(subscriptions.key().get(0));
        String event = "u." + d.quoteIdentifier(eventDate);
        String sql = "SELECT"
                + " COALESCE(SUM(CASE WHEN " + event + " < s." + d.quoteIdentifier("start_date") + " THEN 1 ELSE 0 END), 0),"
                + (hasEnd ? " COALESCE(SUM(CASE WHEN " + event + " > s." + d.quoteIdentifier("end_date") + " THEN 1 ELSE 0 END), 0)"
                          : " 0")
                + " FROM " + d.quoteIdentifier(usage.tableName()) + " u JOIN " + d.quoteIdentifier(subscriptions.tableName())
                + " s ON u." + link + " = s." + key;
        LOG.debug("Run {}: source {}: subscription window check: {}", runId, usage.name(), sql);

        try (Statement statement = store.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            long before = rows.getLong(1);
            long after = rows.getLong(2);
            List<RuleWarning> warnings = new ArrayList<>();
            if (before > 0) {
                warnings.add(new RuleWarning(ImportRule.USAGE_BEFORE_SUBSCRIPTION_START, eventDate, before));
            }
            if (after > 0) {
                warnings.add(new RuleWarning(ImportRule.USAGE_AFTER_SUBSCRIPTION_END, eventDate, after));
            }
            return warnings;
        }
    }
}
