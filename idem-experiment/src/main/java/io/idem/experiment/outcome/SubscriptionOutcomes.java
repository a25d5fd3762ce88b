package io.idem.experiment.outcome;

import static java.util.Objects.requireNonNull;

import io.idem.experiment.ExperimentDefinition;
import io.idem.experiment.OutcomeWindows;
import io.idem.experiment.exposure.ExposureRepository;
import io.idem.store.SqlDialect;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the outcomes of exposed accounts from the imported subscriptions.
 *
 * <p>MRR of an account on day X is the sum of the MRR of its subscriptions active on X, active meaning
 * start_date <= X and (end_date is null or end_date > X). With D the exposure date (the UTC date of
 * exposed_at):
 * <ul>
 *   <li>converted: MRR on D + conversion days exceeds MRR on D;</li>
 *   <li>expansion MRR: MRR on D + expansion days minus MRR on D, or 0 when that is negative, so an account
 *       that contracted or churned counts as no expansion;</li>
 *   <li>pre-period: MRR on D, known before the play could act, which CUPED uses as the covariate.</li>
 * </ul>
 * An exposed account without subscriptions has MRR 0 on every day.
 *
 * <p>NOTE: both outcomes compare two days only, so an account that expanded and contracted back inside the
 * window counts as not converted.
 */
public final class SubscriptionOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionOutcomes.class);
    private static final String EXPOSURE_DATE = "CAST(e.exposed_at AS DATE)";

    private final Store store;
    private final Source subscriptions;

    /**
     * Creates the measurement on a store whose subscriptions table was imported from {@code subscriptions}.
     *
     * @throws IllegalArgumentException when the source is not of kind subscriptions or lacks account_id,
     *     start_date or mrr
     */
    public SubscriptionOutcomes(Store store, Source subscriptions) {
        this.store = requireNonNull(store, "store is null");
        this.subscriptions = requireNonNull(subscriptions, "subscriptions is null");
        if (subscriptions.kind() != SourceKind.SUBSCRIPTIONS) {
            throw new IllegalArgumentException("source " + subscriptions.name() + " is of kind "
                    + subscriptions.kind().configName() + "; outcomes need the subscriptions source");
        }
        for (String column : List.of("account_id", "start_date", "mrr")) {
            if (subscriptions.column(column).isEmpty()) {
                throw new IllegalArgumentException("subscriptions source " + subscriptions.name() + " has no column "
                        + column + "; declare it in idem.yaml");
            }
        }
        // The query joins the exposure table, so it must exist even before the first exposure.
        new ExposureRepository(store);
    }

    /**
     * Creates the measurement for the subscriptions source of a workspace.
     *
     * @throws IllegalArgumentException when the workspace has no subscriptions source
     */
    public static SubscriptionOutcomes forWorkspace(Store store, Workspace workspace) {
        Source source = workspace.sourceOfKind(SourceKind.SUBSCRIPTIONS)
                .orElseThrow(() -> new IllegalArgumentException("workspace " + workspace.name() + " has no source of"
                        + " kind subscriptions; add one to measure expansion outcomes"));
        return new SubscriptionOutcomes(store, source);
    }

    /**
     * Returns the outcomes of every exposed account of an experiment, keyed and ordered by account id.
     *
     * @throws StoreException when the query fails
     */
    public Map<String, AccountOutcome> measure(String experimentId, OutcomeWindows windows) {
        ExperimentDefinition.requireExperimentId(experimentId);
        requireNonNull(windows, "windows is null");
        SqlDialect dialect = store.dialect();
        List<Object> parameters = new ArrayList<>();
        String conversionEnd = dialect.addDays(EXPOSURE_DATE, "?");
        String expansionEnd = dialect.addDays(EXPOSURE_DATE, "?");

        String sql = "SELECT e.account_id, "
                + mrrOn(EXPOSURE_DATE, null, parameters) + ", "
                + mrrOn(conversionEnd, windows.conversionDays(), parameters) + ", "
                + mrrOn(expansionEnd, windows.expansionMrrDays(), parameters)
                + " FROM " + ExposureRepository.TABLE + " e LEFT JOIN " + dialect.quoteIdentifier(subscriptions.tableName())
                + " s ON s.account_id = e.account_id WHERE e.experiment_id = ? GROUP BY e.account_id"
                + " ORDER BY e.account_id";
        parameters.add(experimentId);
        LOG.debug("Measuring outcomes of experiment {}: {}", experimentId, sql);

        Map<String, AccountOutcome> outcomes = new LinkedHashMap<>();
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    AccountOutcome outcome = outcome(rows);
                    outcomes.put(outcome.accountId(), outcome);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot measure outcomes of experiment " + experimentId + " from table "
                    + subscriptions.tableName() + " in store " + store.location().describe() + ": " + e.getMessage()
                    + "; import the subscriptions source first", e);
        }
        return outcomes;
    }

    /**
     * Returns the SUM of MRR over subscriptions active on {@code day}; {@code days}, when not null, is bound to
     * each parameter of the day expression, which appears once or twice.
     */
    private String mrrOn(String day, Integer days, List<Object> parameters) {
        boolean hasEndDate = subscriptions.column("end_date").isPresent();
        int uses = hasEndDate ? 2 : 1;
        if (days != null) {
            for (int i = 0; i < uses; i++) {
                parameters.add(days);
            }
        }
        String active = "s.start_date <= " + day
                + (hasEndDate ? " AND (s.end_date IS NULL OR s.end_date > " + day + ")" : "");
        return "SUM(CASE WHEN " + active + " THEN s.mrr ELSE 0 END)";
    }

    private static AccountOutcome outcome(ResultSet rows) throws SQLException {
        String accountId = rows.getString(1);
        BigDecimal atExposure = amount(rows, 2);
        BigDecimal atConversionEnd = amount(rows, 3);
        BigDecimal atExpansionEnd = amount(rows, 4);
        boolean converted = atConversionEnd.compareTo(atExposure) > 0;
        double expansion = atExpansionEnd.subtract(atExposure).max(BigDecimal.ZERO).doubleValue();
        return new AccountOutcome(accountId, converted, expansion, atExposure.doubleValue());
    }

    private static BigDecimal amount(ResultSet rows, int column) throws SQLException {
        BigDecimal value = rows.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }
}
