package io.idem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.store.ColumnType;
import io.idem.workspace.Column;
import io.idem.workspace.OfferCatalog;
import io.idem.workspace.SchemaValidator;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.TeamMember;
import io.idem.workspace.Trigger;
import io.idem.workspace.TriggerKind;
import io.idem.workspace.Workspace;
import io.idem.workspace.WorkspaceLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the default workspace (1,000 accounts) against its own idem.yaml, read by WorkspaceLoader. */
class GeneratedWorkspaceTest {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    static Path temp;

    private static DemoWorkspace demo;
    private static Workspace workspace;
    private static final List<int[]> progress = new ArrayList<>();
    private static final List<Long> progressRows = new ArrayList<>();

    @BeforeAll
    static void generate() {
        demo = DemoGenerator.generate(DemoSpec.defaults(), temp.resolve("demo"), (done, total, rows) -> {
            progress.add(new int[] {done, total});
            progressRows.add(rows);
        });
        WorkspaceLoader.Result result = WorkspaceLoader.read(demo.folder());
        assertThat(result.problems()).isEmpty();
        workspace = result.workspace();
    }

    @Test
    void configPointsAtGeneratedData() {
        assertThat(workspace.asOf()).isEqualTo(DemoSpec.DEFAULT_AS_OF);
        assertThat(workspace.dataDirectory()).isEqualTo(demo.dataFolder().toAbsolutePath().normalize());
        assertThat(demo.asOf()).isEqualTo(DemoSpec.DEFAULT_AS_OF);
        assertThat(demo.configFile()).exists();
    }

    @Test
    void configPassesJsonSchema() {
        assertThat(SchemaValidator.validate(demo.folder())).isEmpty();
    }

    @Test
    void configDeclaresEverySourceKind() {
        Set<SourceKind> kinds = workspace.sources().values().stream().map(Source::kind).collect(Collectors.toSet());

        assertThat(kinds).containsExactlyInAnyOrder(SourceKind.ACCOUNTS, SourceKind.SUBSCRIPTIONS, SourceKind.USAGE,
                SourceKind.RESPONSES, SourceKind.TICKETS, SourceKind.TOUCHPOINTS, SourceKind.INVOICES);
        assertThat(workspace.sources().values()).allSatisfy(source -> assertThat(source.key()).isNotEmpty());
    }

    @Test
    void triggersCoverEveryKind() {
        Set<TriggerKind> kinds = EnumSet.noneOf(TriggerKind.class);
        workspace.triggers().values().stream().map(Trigger::kind).forEach(kinds::add);

        assertThat(kinds).containsExactlyInAnyOrder(TriggerKind.values());
    }

    @Test
    void offersMatchPlanLadder() {
        OfferCatalog offers = workspace.offers();

        assertThat(offers.plans()).extracting(OfferCatalog.Plan::name)
                .containsExactly(Arrays.stream(PlanTier.values()).map(PlanTier::displayName).toArray(String[]::new));
        for (PlanTier plan : PlanTier.values()) {
            assertThat(offers.plan(plan.displayName()).orElseThrow().seatPrice())
                    .isEqualByComparingTo(BigDecimal.valueOf(plan.seatPriceDollars()));
        }
        assertThat(offers.addons()).isNotEmpty();
        assertThat(offers.products()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(offers.bundles()).isNotEmpty();
    }

    @Test
    void teamMatchesCsmRoster() {
        assertThat(workspace.teamMembers(DemoCompany.TEAM_NAME)).extracting(TeamMember::name, TeamMember::manager)
                .containsExactlyElementsOf(DemoCompany.TEAM.stream()
                        .map(csm -> org.assertj.core.groups.Tuple.tuple(csm.name(), csm.manager())).toList());
    }

    @Test
    void headersMatchDeclaredColumns() throws IOException {
        for (Source source : workspace.sources().values()) {
            CsvTable table = CsvTable.read(workspace.dataDirectory().resolve(source.file()));

            assertThat(table.header()).as(source.file())
                    .containsExactlyElementsOf(source.columns().values().stream().map(Column::header).toList());
        }
    }

    @Test
    void everyFieldParsesAsDeclaredType() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Source source : workspace.sources().values()) {
            CsvTable table = CsvTable.read(workspace.dataDirectory().resolve(source.file()));
            List<Column> columns = new ArrayList<>(source.columns().values());
            for (int line = 0; line < table.rows().size(); line++) {
                String[] row = table.rows().get(line);
                for (int c = 0; c < columns.size(); c++) {
                    String problem = checkValue(columns.get(c), row[c]);
                    if (problem != null && problems.size() < 20) {
                        problems.add(source.file() + " line " + (line + 2) + " column " + columns.get(c).header()
                                + " value '" + row[c] + "': " + problem);
                    }
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void keysAreUnique() throws IOException {
        for (Source source : workspace.sources().values()) {
            CsvTable table = CsvTable.read(workspace.dataDirectory().resolve(source.file()));
            int[] keyColumns = source.key().stream().mapToInt(table::column).toArray();
            Set<String> keys = new HashSet<>();
            for (String[] row : table.rows()) {
                String key = Arrays.stream(keyColumns).mapToObj(i -> row[i]).collect(Collectors.joining("|"));
                assertThat(keys.add(key)).as("%s key %s is unique", source.file(), key).isTrue();
            }
        }
    }

    @Test
    void rowCountsMatchFiles() throws IOException {
        assertThat(demo.rowCounts()).containsOnlyKeys(workspace.sources().values().stream().map(Source::file).toList());
        for (var entry : demo.rowCounts().entrySet()) {
            CsvTable table = CsvTable.read(demo.dataFolder().resolve(entry.getKey()));

            assertThat(entry.getValue()).as(entry.getKey()).isEqualTo(table.rows().size());
        }
        assertThat(demo.rowCounts().get("accounts.csv")).isEqualTo(1_000L);
    }

    @Test
    void progressEndsWithEveryAccountAndRow() {
        int[] last = progress.get(progress.size() - 1);

        assertThat(last).containsExactly(1_000, 1_000);
        assertThat(progressRows.get(progressRows.size() - 1)).isEqualTo(demo.totalRows());
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i)[0]).isGreaterThan(progress.get(i - 1)[0]);
            assertThat(progressRows.get(i)).isGreaterThanOrEqualTo(progressRows.get(i - 1));
        }
    }

    @Test
    void ownersComeFromTeam() throws IOException {
        Set<String> csms = DemoCompany.TEAM.stream().map(DemoCompany.Csm::name).collect(Collectors.toSet());
        Set<String> managers = DemoCompany.TEAM.stream().map(DemoCompany.Csm::manager).collect(Collectors.toSet());
        CsvTable accounts = CsvTable.read(demo.dataFolder().resolve("accounts.csv"));
        LocalDate assignedBy = DemoSpec.DEFAULT_AS_OF.minusDays(ProfileFactory.UNASSIGNED_DAYS);

        for (String[] row : accounts.rows()) {
            String owner = row[accounts.column("owner")];
            LocalDate signup = LocalDate.parse(row[accounts.column("signup_date")]);
            if (owner.isEmpty()) {
                assertThat(signup).as("unassigned account %s", row[0]).isAfter(assignedBy);
            } else {
                assertThat(csms).as("owner of %s", row[0]).contains(owner);
            }
        }
        CsvTable touchpoints = CsvTable.read(demo.dataFolder().resolve("touchpoints.csv"));
        for (String[] row : touchpoints.rows()) {
            String owner = row[touchpoints.column("owner")];
            assertThat(csms.contains(owner) || managers.contains(owner)).as("touchpoint owner %s", owner).isTrue();
        }
    }

    @Test
    void rejectsFolderThatIsAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> DemoGenerator.generate(new DemoSpec(5, 1L, DemoSpec.DEFAULT_AS_OF, 12), file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot write the demo workspace to " + file);
    }

    /** Returns why the value does not fit the column, or null when it does. */
    private static String checkValue(Column column, String value) {
        if (value.isEmpty()) {
            return column.required() ? "blank but required" : null;
        }
        try {
            return switch (column.type()) {
                case STRING -> value.strip().equals(value) ? null : "has surrounding spaces";
                case INTEGER -> {
                    Long.parseLong(value);
                    yield null;
                }
                case NUMBER -> {
                    Double.parseDouble(value);
                    yield null;
                }
                case MONEY -> new BigDecimal(value).scale() == 2 ? null : "has not exactly two decimals";
                case DATE -> {
                    LocalDate.parse(value);
                    yield null;
                }
                case TIMESTAMP -> {
                    LocalDateTime.parse(value, TIMESTAMP);
                    yield null;
                }
                case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "is not true or false";
            };
        } catch (RuntimeException e) {
            return "does not parse as " + column.type().configName() + ": " + e.getMessage();
        }
    }

    @Test
    void columnTypesCoverEveryValueKind() {
        Set<ColumnType> types = EnumSet.noneOf(ColumnType.class);
        workspace.sources().values().forEach(s -> s.columns().values().forEach(c -> types.add(c.type())));

        assertThat(types).contains(ColumnType.STRING, ColumnType.INTEGER, ColumnType.MONEY, ColumnType.DATE,
                ColumnType.TIMESTAMP, ColumnType.BOOLEAN);
    }
}
