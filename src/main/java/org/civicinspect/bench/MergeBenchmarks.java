package org.civicinspect.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.civicinspect.bench.BareFindingWrite;
import org.civicinspect.bench.SyntheticIndicatorWorkbook;
import org.civicinspect.bench.SyntheticSiteWorkbook;
import org.civicinspect.excel.EncodedImages;
import org.civicinspect.exchange.DeviceKey;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.PackageWriter;
import org.civicinspect.exchange.ResultContent;
import org.civicinspect.exchange.TaskContent;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.model.Sha256;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.model.Team;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.library.IndicatorImportResult;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.packages.PackagePreview;
import org.civicinspect.store.Workspace;

/**
 * The merge workload of issue 6: 40 teams' signed result packages (600 sites, about 36,000 findings, 3,000 small
 * photos) taken into an office workspace, beside a bare JDBC batch insert of the same finding rows and a bare copy of
 * the same photo files. Each run starts from its own copy of the office as it was before any merge.
 */
final class MergeBenchmarks {

    static final int TEAMS = 40;
    static final int SITES = 600;
    static final int PHOTOS = 3000;
    private static final int STANDARDS = 400;

    private final Path folder;
    private final Offices offices;
    private final Path pristine;
    private final List<Path> packages = new ArrayList<>();
    private final List<String> teamKeys = new ArrayList<>();
    private final List<Finding> rows = new ArrayList<>();
    private final List<Integer> findingsPerPackage = new ArrayList<>();
    private String roundId;
    private String indicatorSetId;

    /** How big the office and its packages are. */
    record Size(int teams, int sites, int photos, int standards) {
    }

    static final Size FULL = new Size(TEAMS, SITES, PHOTOS, STANDARDS);
    private final List<Path> photoFiles = new ArrayList<>();
    private final Deque<Path> freshOffices = new ArrayDeque<>();
    private final Deque<Path> freshBare = new ArrayDeque<>();
    private int copies;

    /**
     * Where the office's workspaces are: each is named by its data folder, and is either an embedded workspace there or
     * a database on a server that the folder goes with.
     */
    interface Offices {
        Workspace open(Path folder);

        /** A copy of the workspace of {@code from} (closed) as the workspace of {@code to}. */
        void copy(Path from, Path to) throws IOException;

        /** The baseline: the same finding rows inserted with bare JDBC in one batch, and the same photos stored as they are. */
        void bare(Path target, List<Finding> rows, List<Path> photos) throws IOException;

        /** Untimed, before each timed run: lets go of what the runs before left behind. */
        void beforeEach() throws Exception;

        /** The workspace of that folder has been merged into (or written by the baseline) and is closed. */
        default void done(Path folder) {
        }
    }

    /** Embedded workspaces in folders on this computer: the photos are files, and the baseline copies them. */
    static final Offices ON_THIS_COMPUTER = new Offices() {
        @Override
        public Workspace open(Path folder) {
            return Workspace.open(folder);
        }

        @Override
        public void copy(Path from, Path to) throws IOException {
            copyFolder(from, to);
        }

        @Override
        public void bare(Path target, List<Finding> rows, List<Path> photos) throws IOException {
            BareFindingWrite.batch(Workspace.open(target), rows);
            Path photoFolder = target.resolve("photos");
            for (Path file : photos) {
                String name = file.getFileName().toString();
                Path dest = photoFolder.resolve(name.substring(0, 2)).resolve(name.substring(0, name.length() - 4));
                Files.createDirectories(dest.getParent());
                Files.copy(file, dest);
            }
        }

        @Override
        public void beforeEach() throws Exception {
            flushDisks();
        }
    };

    private MergeBenchmarks(Path folder, Offices offices) {
        this.folder = folder;
        this.offices = offices;
        this.pristine = folder.resolve("office");
    }

    /** The office (sites drawn and assigned to 40 teams) and each team's package, made by its own device key. */
    static MergeBenchmarks build(Path folder, Progress progress) throws IOException {
        return build(folder, ON_THIS_COMPUTER, progress);
    }

    static MergeBenchmarks build(Path folder, Offices offices, Progress progress) throws IOException {
        return build(folder, offices, FULL, progress);
    }

    /** As above, of another size: the load workload's office has fewer sites and smaller packages. */
    static MergeBenchmarks build(Path folder, Offices offices, Size size, Progress progress) throws IOException {
        MergeBenchmarks bench = new MergeBenchmarks(folder, offices);
        Services office = new Services(offices.open(bench.pristine), Clock.systemUTC());
        // The office has its device key, as one that has issued its teams' task packages has: otherwise every run would
        // also make a key (three forced writes to disk), which a merge does not do.
        office.showDeviceKey().fingerprint();
        Path book = folder.resolve("merge-set.xlsx");
        SyntheticIndicatorWorkbook.write(book, size.standards(), SyntheticIndicatorWorkbook.TYPICAL_SITE_TYPES, 11);
        IndicatorImportResult set = office.importIndicatorWorkbook().run(book, "合并基准", Progress.NONE);
        List<String> types = set.tree().siteTypes();
        Instant now = Audit.now(Clock.systemUTC());
        List<Site> sites = SyntheticSiteWorkbook.sites(size.sites(), types, 5).stream()
                .map(s -> new Site(UUID.randomUUID().toString(), s.name(), s.siteType(), s.district(), s.street(), s.community(), s.address(),
                        s.responsibleUnit(), s.partnerUnit(), null, null, false, true)).toList();
        Round round = office.createRound().run("合并基准轮次", set.set().id(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "");
        bench.roundId = round.id();
        bench.indicatorSetId = set.set().id();
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < size.teams(); t++) {
            teams.add(new Team(UUID.randomUUID().toString(), "基准第" + (t + 1) + "组", List.of()));
        }
        office.workspace().write(c -> {
            c.sites().save(sites, List.of(), now);
            for (Team team : teams) {
                c.people().put(team);
            }
            for (int i = 0; i < sites.size(); i++) {
                c.rounds().putDrawn(round.id(), sites.get(i).id(), DrawReason.LOT, teams.get(i % size.teams()).id(), i);
            }
            return null;
        });
        Random random = new Random(17);
        Path photos = Files.createDirectories(folder.resolve("merge-photos"));
        int perTeam = size.sites() / size.teams();
        for (int t = 0; t < size.teams(); t++) {
            progress.checkCancelled();
            Team team = teams.get(t);
            List<TaskContent.InspectionState> inspections = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            List<ResultContent.PhotoDetails> details = new ArrayList<>();
            PackageWriter writer = new PackageWriter();
            for (int i = t; i < size.sites(); i += size.teams()) {
                Site site = sites.get(i);
                inspections.add(new TaskContent.InspectionState(site.id(), InspectionStatus.COMPLETED, now, "基准测评员", "", now));
                List<Standard> checklist = set.tree().standards().filter(s -> s.appliesTo(site.siteType())).toList();
                int photosHere = size.photos() / size.teams() / perTeam;
                for (int k = 0; k < checklist.size(); k++) {
                    Standard standard = checklist.get(k);
                    List<String> linked = new ArrayList<>();
                    if (k < photosHere) {
                        byte[] bytes = noisePicture(random);
                        Path written = Files.write(photos.resolve("photo-" + bench.photoFiles.size()), bytes);
                        String sha = Sha256.of(written);
                        Path file = Files.move(written, photos.resolve(sha + ".jpg"));
                        bench.photoFiles.add(file);
                        writer.photo(sha, file);
                        details.add(new ResultContent.PhotoDetails(sha, "IMG_" + k + ".jpg", "image/jpeg", bytes.length, now));
                        linked.add(sha);
                    }
                    Finding f = new Finding(UUID.randomUUID().toString(), round.id(), site.id(), standard.code(), answer(standard, k, random),
                            linked.isEmpty() ? "" : "现场发现问题（合成数据）", linked, "基准测评员", now, 1);
                    findings.add(f);
                    bench.rows.add(f);
                }
            }
            writer.json(PackageReader.CONTENT, new ResultContent(inspections, findings, details));
            DeviceKey key = DeviceKey.loadOrCreate(folder.resolve("keys-" + t));
            bench.teamKeys.add(key.fingerprint());
            Path out = folder.resolve("team-" + t + PackageKind.RESULT.extension());
            writer.write(out, new PackageWriter.Header(PackageKind.RESULT, UUID.randomUUID().toString(), now, 1, "FIELD", team.name(), round.id(),
                    round.name(), team.id(), team.name()), key, null);
            bench.packages.add(out);
            bench.findingsPerPackage.add(findings.size());
        }
        office.close();
        return bench;
    }

    /** A small JPEG of random pixels (a few KB, different every time): the merge checks every photo it keeps. */
    private static byte[] noisePicture(Random random) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(48, 36, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        // In memory: through a temporary file each, 3,000 files were deleted just before the timed runs, and for minutes
        // after that each file either side made took several times as long (the file system steps past recently freed entries).
        return EncodedImages.bytes(image, "jpg");
    }

    private static Answer answer(Standard standard, int k, Random random) {
        boolean fails = random.nextInt(6) == 0;
        return switch (standard.scoring().mode()) {
            case BINARY -> fails ? Answer.notMet() : Answer.met();
            case GRADED -> Answer.grade(fails ? Grade.B : Grade.A);
            case DEDUCTION -> Answer.occurrences(fails ? 1 + k % 3 : 0);
        };
    }

    int findings() {
        return rows.size();
    }

    int photos() {
        return photoFiles.size();
    }

    /** Copies of the office before any merge, one per run of each side, made before the clock starts. */
    void prepare(int runs) throws IOException {
        for (int i = 0; i < runs; i++) {
            freshOffices.add(copy(pristine));
            freshBare.add(copy(pristine));
        }
    }

    void merge() {
        Path target = freshOffices.pop();
        Services office = new Services(offices.open(target), Clock.systemUTC());
        try {
            mergeInto(office, packages, rows.size());
        } finally {
            office.close();
            offices.done(target);
        }
    }

    /** Merges the packages as the office does, refused unless they add every one of their {@code findings}. */
    void mergeInto(Services office, List<Path> merged, int findings) {
        // The office confirms the teams' keys, as a user importing each laptop's first package does.
        List<PackagePreview> previews = office.importPackage().run(merged, new ImportOptions(null, teamKeys()));
        int added = previews.stream().mapToInt(PackagePreview::added).sum();
        if (added != findings) {
            throw new IllegalStateException("the merge added " + added + " findings of " + findings);
        }
    }

    void bare() throws IOException {
        Path target = freshBare.pop();
        offices.bare(target, rows, photoFiles);
        offices.done(target);
    }

    void beforeEach() throws Exception {
        offices.beforeEach();
    }

    String indicatorSetId() {
        return indicatorSetId;
    }

    String roundId() {
        return roundId;
    }

    Path pristine() {
        return pristine;
    }

    Offices offices() {
        return offices;
    }

    /** The teams' device keys, confirmed by the office as it takes in each laptop's first package. */
    List<String> teamKeys() {
        return teamKeys;
    }

    List<Path> packages() {
        return packages;
    }

    /** How many findings each team's package carries, in the order of {@link #packages()}. */
    List<Integer> findingsPerPackage() {
        return findingsPerPackage;
    }

    /** Asks the system to write out its file cache ({@code sync}), where there is such a command; elsewhere does nothing. */
    static void flushDisks() throws IOException, InterruptedException {
        Path sync = Path.of("/bin/sync");
        if (Files.isExecutable(sync)) {
            new ProcessBuilder(sync.toString()).inheritIO().start().waitFor();
        }
    }

    /** A copy of the office as it was before any merge, made untimed. */
    Path copy(Path from) throws IOException {
        Path to = folder.resolve("copy-" + copies++);
        offices.copy(from, to);
        return to;
    }

    static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
