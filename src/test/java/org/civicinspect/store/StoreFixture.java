package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Category;
import org.civicinspect.model.Finding;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemOrigin;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.SetSource;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.store.PhotoStore.Photo;

/**
 * A real workspace (a WAL SQLite file in a temp folder, opened by {@link Workspace#open}) holding the rows most tables
 * point at: one indicator set (site types 公园 and 农贸市场), two sites and two rounds. Ids are plain readable text;
 * times carry milliseconds.
 */
final class StoreFixture {

    static final Instant NOW = Instant.parse("2026-11-27T08:00:00.123Z");
    static final String SET = "set-1";
    static final String PARK = "site-park";
    static final String MARKET = "site-market";
    static final String SPRING = "round-spring";
    static final String AUTUMN = "round-autumn";
    static final String BINARY = "01-01-01";
    static final String GRADED = "01-01-02";
    static final String DEDUCTION = "01-02-01";

    /** The SQL states PostgreSQL gives each kind of constraint SQLite names in its messages. */
    private static final java.util.Map<String, String> SQL_STATES = java.util.Map.of("UNIQUE", "23505", "FOREIGN KEY", "23503", "NOT NULL", "23502", "CHECK", "23514");
    /** One per test run: runs from other checkouts on the same server, at other schema versions, each make their own. */
    private static final String SERVER_TEMPLATE = "civic_store_template_" + ProcessHandle.current().pid();
    private static final String SERVER_DATABASE = "civic_store_" + ProcessHandle.current().pid();

    private static StoreFixture shared;
    private static Path template;
    private static Path localFolders;

    final Workspace workspace;

    private StoreFixture(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The workspace holding the set, 幸福公园 and 东门农贸市场, and the spring and autumn rounds (nothing drawn yet), and
     * nothing else. Opening a workspace runs Flyway, which takes far longer than a test; so one workspace serves the
     * whole run, and before each test its database file is put back from a copy made once (no connection is open
     * between two pieces of work).
     */
    static synchronized StoreFixture fresh() {
        return TestServer.inUse() ? freshOnServer() : freshFile();
    }

    private static StoreFixture freshFile() {
        try {
            if (shared == null) {
                Path folder = Files.createTempDirectory("store-fixture");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
                shared = new StoreFixture(Workspace.open(folder.resolve("workspace")));
                shared.fill();
                template = folder.resolve("template.db");
                shared.read(tx -> {
                    SqliteDialect.copyInto(tx.connection(), template);
                    return null;
                });
            }
            Path database = shared.workspace.database();
            Files.deleteIfExists(database.resolveSibling(Workspace.DATABASE_FILE + "-wal"));
            Files.deleteIfExists(database.resolveSibling(Workspace.DATABASE_FILE + "-shm"));
            Files.copy(template, database, StandardCopyOption.REPLACE_EXISTING);
            return shared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On PostgreSQL the filled database is kept as a template, and each test gets a new database made from it. */
    private static StoreFixture freshOnServer() {
        try {
            if (localFolders == null) {
                Path folders = Files.createTempDirectory("store-fixture");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    deleteTree(folders);
                    TestServer.drop(SERVER_DATABASE);
                    TestServer.drop(SERVER_TEMPLATE);
                }));
                Workspace filling = TestServer.openEmpty(folders.resolve("template"), SERVER_TEMPLATE);
                new StoreFixture(filling).fill();
                filling.close();
                localFolders = folders;
            }
            if (shared != null) {
                shared.workspace.close();
            }
            shared = new StoreFixture(Workspace.open(localFolders.resolve("workspace"), TestServer.copyOf(SERVER_DATABASE, SERVER_TEMPLATE)));
            return shared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill() {
        write(tx -> {
            tx.indicatorSets().insert(new IndicatorSet(SET, "XX市测评体系", 1, new SetSource("体系.xlsx", "a".repeat(64)), NOW), tree());
            tx.sites().save(List.of(park(), market()), List.of(), NOW);
            tx.rounds().insert(round(SPRING, "2026年春季测评", LocalDate.of(2026, 3, 1)), NOW);
            tx.rounds().insert(round(AUTUMN, "2026年秋季测评", LocalDate.of(2026, 9, 1)), NOW.plusMillis(1));
            return null;
        });
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind
        }
    }

    <T> T write(SqlWork<T> work) {
        return workspace.write(work);
    }

    <T> T read(SqlWork<T> work) {
        return workspace.read(work);
    }

    /** How many rows the table holds. */
    long count(String table) {
        return read(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The text columns of the table's rows that {@code where} selects, for looking beneath a repository. */
    List<List<String>> rows(String sql, String... args) {
        return read(tx -> {
            List<List<String>> rows = new ArrayList<>();
            try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                            row.add(rs.getString(c));
                        }
                        rows.add(row);
                    }
                }
            }
            return rows;
        });
    }

    /** Registers photos whose hashes are made of the given character, so that findings may link them. */
    void photos(char... marks) {
        write(tx -> {
            for (char mark : marks) {
                tx.photos().register(photo(mark));
            }
            return null;
        });
    }

    /** The work fails on the database's constraint of that kind (FOREIGN KEY, UNIQUE, NOT NULL…), and is rolled back. */
    void assertRefused(String constraint, SqlWork<?> work) {
        StoreException e = assertThrows(StoreException.class, () -> write(work));
        SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
        if (TestServer.inUse()) {
            assertEquals(SQL_STATES.get(constraint), cause.getSQLState(), "refused for " + constraint + ", not: " + cause.getMessage());
        } else {
            assertTrue(cause.getMessage().contains(constraint), "refused for " + constraint + ", not: " + cause.getMessage());
        }
    }

    /** Takes away one of the triggers that keep a table append-only, as someone editing the database by hand would. */
    static void dropTrigger(java.sql.Connection c, String trigger, String table) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER " + trigger + (TestServer.inUse() ? " ON " + table : ""));
        }
    }

    /** Three standards under two indicators, plus a negative-list standard judged at no site. */
    static IndicatorTree tree() {
        Standard binary = new Standard(BINARY, "路面干净，无垃圾、无积水", List.of("实地考察"), new BigDecimal("2"), ScoringRule.BINARY,
                "", false, List.of("公园", "农贸市场"));
        Standard graded = new Standard(GRADED, "绿化带整洁，无黄土裸露", List.of("实地考察", "拍照"), new BigDecimal("1.5"), ScoringRule.GRADED,
                "发现1处为B，2处为C，3处及以上为C#", false, List.of("公园"));
        Standard deduction = new Standard(DEDUCTION, "无占道经营", List.of("实地考察"), new BigDecimal("3"),
                ScoringRule.deduction(new BigDecimal("0.5")), "", false, List.of("农贸市场"));
        Standard negative = new Standard("09-03-01", "未发生重大安全事故", List.of("材料审核"), new BigDecimal("1"), ScoringRule.BINARY,
                "", true, List.of());
        return new IndicatorTree(List.of(
                new Category("01", "公共环境", List.of(
                        new Indicator("01-01", "环境卫生", List.of(binary, graded)),
                        new Indicator("01-02", "市容秩序", List.of(deduction)))),
                new Category("09", "负面清单", List.of(new Indicator("09-03", "安全生产", List.of(negative))))),
                GradeCoefficients.DEFAULT, true);
    }

    static Site park() {
        return new Site(PARK, "幸福公园", "公园", "城东区", "东湖街道", "幸福社区", "幸福路1号", "城东区城管局", "东湖街道办",
                new BigDecimal("30.5728"), new BigDecimal("104.0668"), true, true);
    }

    static Site market() {
        return new Site(MARKET, "东门农贸市场", "农贸市场", "城西区", "", "", "", "", "", null, null, false, true);
    }

    static Round round(String id, String name, LocalDate start) {
        return new Round(id, name, start, start.plusDays(2), SET, RoundStatus.PREPARING, "");
    }

    static Photo photo(char mark) {
        return new Photo(String.valueOf(mark).repeat(64), "IMG_" + mark + ".jpg", "image/jpeg", 1024, null, NOW);
    }

    static String sha(char mark) {
        return String.valueOf(mark).repeat(64);
    }

    static FindingBuilder finding(String id) {
        return new FindingBuilder(id);
    }

    static ProblemBuilder problem(String id) {
        return new ProblemBuilder(id);
    }

    /** A finding of the spring round at the park, answered 符合 by 张伟 at {@link #NOW}, unless told otherwise. */
    static final class FindingBuilder {
        private final String id;
        private String round = SPRING;
        private String site = PARK;
        private String standard = BINARY;
        private Answer answer = Answer.met();
        private String note = "";
        private List<String> photos = List.of();
        private String by = "张伟";
        private Instant at = NOW;
        private int version = 1;

        private FindingBuilder(String id) {
            this.id = id;
        }

        FindingBuilder at(String roundId, String siteId, String standardCode) {
            this.round = roundId;
            this.site = siteId;
            this.standard = standardCode;
            return this;
        }

        FindingBuilder answer(Answer value) {
            this.answer = value;
            return this;
        }

        FindingBuilder note(String value) {
            this.note = value;
            return this;
        }

        FindingBuilder photos(String... hashes) {
            this.photos = List.of(hashes);
            return this;
        }

        FindingBuilder by(String who, Instant when) {
            this.by = who;
            this.at = when;
            return this;
        }

        FindingBuilder version(int value) {
            this.version = value;
            return this;
        }

        Finding build() {
            return new Finding(id, round, site, standard, answer, note, photos, by, at, version);
        }
    }

    /** A problem raised in the spring round at the park over the binary standard, 待整改, due 2026-03-15. */
    static final class ProblemBuilder {
        private final String id;
        private String round = SPRING;
        private String site = PARK;
        private String standard = BINARY;
        private ProblemStatus status = ProblemStatus.TO_FIX;
        private LocalDate deadline = LocalDate.of(2026, 3, 15);
        private int reopened;
        private String recurredFrom;
        private Instant raisedAt = NOW;
        private Instant closedAt;
        private String closedIn;
        private ProblemOrigin origin;

        private ProblemBuilder(String id) {
            this.id = id;
        }

        ProblemBuilder at(String roundId, String siteId, String standardCode) {
            this.round = roundId;
            this.site = siteId;
            this.standard = standardCode;
            return this;
        }

        ProblemBuilder status(ProblemStatus value) {
            this.status = value;
            return this;
        }

        ProblemBuilder raisedAt(Instant value) {
            this.raisedAt = value;
            return this;
        }

        ProblemBuilder recurredFrom(String problemId) {
            this.recurredFrom = problemId;
            return this;
        }

        ProblemBuilder reopened(int times) {
            this.reopened = times;
            return this;
        }

        ProblemBuilder closed(Instant at, String inRound) {
            this.status = ProblemStatus.CLOSED;
            this.closedAt = at;
            this.closedIn = inRound;
            return this;
        }

        /** Raised by hand from {@code source}, saying {@code description}: in no round, with no finding. */
        ProblemBuilder from(ProblemSource source, String description) {
            this.round = null;
            this.origin = new ProblemOrigin(source, null, null, null, null, description, "王芳");
            return this;
        }

        Problem build() {
            return new Problem(id, round, site, standard, origin == null ? "finding-" + id : null, status, deadline, reopened, recurredFrom,
                    raisedAt, closedAt, closedIn, 1, origin);
        }
    }
}
