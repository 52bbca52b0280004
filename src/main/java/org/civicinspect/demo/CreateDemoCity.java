package org.civicinspect.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Grade;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Person;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.materials.ListRoundMaterials;
import org.civicinspect.service.rectification.ListProblems;
import org.civicinspect.service.sites.SiteFilter;
import org.civicinspect.service.workspace.UndoPoint;
import org.civicinspect.store.Workspace;

/**
 * {@code demo}: a made-up city, seeded and reproducible, so that every screen and report has something true to
 * show: the sample indicator set, districts with streets and communities, sites of every type, two-person
 * teams, and rounds drawn, assigned and scored (the newest one still under way), with drawn photos, problems that
 * differ by standard and district and mostly improve over the rounds, a few negative-list events, a questionnaire
 * survey in every round ({@link DemoSurvey}), and units with contacts, a 任务分解 and material files ({@link DemoTasks}).
 * All names, answers and pictures are invented.
 */
public final class CreateDemoCity {

    /** How large a city to make. */
    public record Size(int districts, int sites, int rounds, int inspectors, long seed) {

        /** The city the desktop app offers and {@code demo} makes without options. */
        public static final Size STANDARD = new Size(6, 1600, 12, 20, 1);

        public Size {
            if (districts < 1 || sites < 1 || rounds < 0 || inspectors < 2) {
                throw new RequestRefused("demo.badSize");
            }
        }
    }

    /** What was made. */
    public record Made(int sites, int people, int rounds, int findings, int interviews) {
    }

    private static final int STREETS_PER_DISTRICT = 7;
    private static final int COMMUNITIES_PER_STREET = 3;
    private static final int PHOTOS = 24;

    private static final List<String> DISTRICTS = List.of("城东区", "城西区", "城南区", "城北区", "高新区", "滨江区", "临湖区", "新城区");
    private static final List<String> WORDS = List.of("东湖", "柳岸", "新桥", "西山", "锦绣", "河畔", "南门", "北苑", "青石", "桂花", "梧桐",
            "长乐", "安康", "和平", "文昌", "建设", "幸福", "光明", "翠竹", "玉泉", "金山", "银河", "紫荆", "春晖", "秀水", "望江", "凤鸣",
            "龙池", "丰收", "民主", "朝阳", "育才");
    private static final List<String> SURNAMES = List.of("张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "林");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "丽", "强", "军",
            "霞", "平", "刚", "桂英");
    private static final List<String> PROBLEMS = List.of("现场发现问题，已拍照记录", "有积存垃圾未清理", "设施破损未修复", "占道经营",
            "宣传内容未更新", "车辆乱停放", "缺少相关标识", "工作人员未佩戴工作牌");

    private final Services services;
    private final Workspace workspace;
    private final Clock clock;
    /** Who answers for each team, and who approves: registry people, as on a real city's records. */
    private final Map<String, String> inspectorOfTeam = new HashMap<>();
    private final List<String> inspectors = new ArrayList<>();
    private Person supervisor;
    private String officeStaff = "";

    public CreateDemoCity(Services services) {
        this.services = services;
        this.workspace = services.workspace();
        this.clock = services.clock();
    }

    public Made run(Size size, Progress progress) {
        return run(size, progress, stage -> { });
    }

    /**
     * Makes the city, naming each stage to {@code stage} as it begins (in the user's language). Progress counts the
     * setup, each round and the work on problems as one step each; cancelling stops between steps. All or none: a
     * city cancelled, failed or killed half-made is taken away again (at the next start, when killed).
     */
    public Made run(Size size, Progress progress, Consumer<String> stage) {
        if (!services.listSites().run(SiteFilter.ALL).isEmpty() || !services.showRound().list().isEmpty()) {
            throw new RequestRefused("demo.notEmpty", workspace.folder().toString());
        }
        UndoPoint before = UndoPoint.before(workspace);
        try {
            Made made = make(size, progress, stage);
            before.keep();
            return made;
        } catch (RuntimeException e) {
            before.undo();
            throw e;
        }
    }

    private Made make(Size size, Progress progress, Consumer<String> stage) {
        Random random = new Random(size.seed());
        int steps = size.rounds() + 2;
        if (services.listIndicatorSets().sets().isEmpty()) {
            services.importSampleIndicatorSet().run(Progress.NONE);
        }
        List<String> types = services.listIndicatorSets().siteTypes();
        stage.accept(Messages.get("demo.stage.people", size.inspectors()));
        int people = addPeople(size, random);
        stage.accept(Messages.get("demo.stage.sites", size.sites(), size.districts()));
        List<Site> sites = sites(size, types, random);
        stage.accept(Messages.get("demo.stage.photos"));
        List<String> photos = photos(size.seed());
        services.workspace().write(c -> {
            c.sites().save(sites, List.of(), Audit.now(clock));
            return null;
        });
        progress.update(1, steps);
        int findings = 0;
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Failures failures = new Failures(size, random);
        DemoSurvey survey = new DemoSurvey(services, size, DISTRICTS.subList(0, Math.min(size.districts(), DISTRICTS.size())), inspectors);
        int interviews = 0;
        for (int r = 0; r < size.rounds(); r++) {
            progress.checkCancelled();
            stage.accept(Messages.get("demo.stage.round", r + 1, size.rounds()));
            LocalDate start = today.minusWeeks(2L * (size.rounds() - 1 - r)).minusDays(2);
            Round round = services.createRound().run(start.getYear() + "年第" + (r + 1) + "期双周督查（演示）", "latest", start,
                    start.plusDays(4), "演示数据");
            List<Quota> quotas = types.stream().map(t -> new Quota(t, null, Math.max(1, size.sites() / 100))).toList();
            services.drawRoundSample().run(round.id(), new SamplingPlan(quotas, r == 0 ? 0 : 1, size.seed() + r));
            List<DrawnSite> drawn = services.assignTeams().run(round.id(), List.of()).drawn();
            boolean newest = r == size.rounds() - 1;
            for (int i = 0; i < drawn.size(); i++) {
                boolean scoreIt = !newest || i % 2 == 0;
                if (scoreIt) {
                    Instant arrived = start.plusDays(i % 4).atTime(8 + i % 9, (i * 7) % 60).toInstant(ZoneOffset.ofHours(8));
                    findings += score(round, drawn.get(i), random, failures.chance(drawn.get(i).site().district(), r), photos, arrived,
                            !newest || i % 4 == 0);
                }
            }
            if (r % 5 == 3) {
                negativeEvent(round, start, random);
            }
            reviewMaterials(round, new Random(size.seed() + r), newest);
            interviews += survey.survey(round, r, start, newest);
            // The newest round shows every stage: half of its completed sites approved, the rest awaiting review.
            int every = r < size.rounds() - 1 ? 1 : 8;
            asSupervisor(() -> {
                for (int i = 0; i < drawn.size(); i += every) {
                    services.reviewInspection().approve(round.id(), drawn.get(i).site().id());
                }
            });
            progress.update(r + 2, steps);
        }
        progress.checkCancelled();
        stage.accept(Messages.get("demo.stage.tasks"));
        tasksAndMaterials(size, sites);
        stage.accept(Messages.get("demo.stage.problems"));
        workOnProblems(random);
        progress.update(steps, steps);
        return new Made(sites.size(), people, size.rounds(), findings, interviews);
    }

    /**
     * The units with their contacts, the 任务分解 of the newest round's indicator set, and material files filed for that
     * round ({@link DemoTasks}).
     */
    private void tasksAndMaterials(Size size, List<Site> sites) {
        DemoTasks tasks = new DemoTasks(services, size.seed());
        Set<String> named = new java.util.TreeSet<>();
        sites.forEach(s -> {
            named.add(s.responsibleUnit());
            named.add(s.partnerUnit());
        });
        tasks.registerUnits(named);
        List<Round> rounds = services.showRound().list();
        if (!rounds.isEmpty()) {
            Round newest = rounds.get(rounds.size() - 1);
            tasks.fileMaterials(newest, tasks.assignTasks(newest.indicatorSetId(), newest.end()));
        }
    }

    /**
     * Units have fixed most problems whose deadline passed more than two weeks ago (rechecked and closed; the rest are
     * still being worked on), and started on a third of the newer ones, asking for a recheck of half of those.
     */
    private void workOnProblems(Random random) {
        LocalDate longAgo = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(14);
        List<String> started = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        for (ListProblems.Listed l : services.listProblems().run(null, ListProblems.Filter.ALL).problems()) {
            ProblemStatus status = l.problem().status();
            if (status != ProblemStatus.TO_FIX && status != ProblemStatus.FIXING) {
                continue;
            }
            boolean old = l.problem().deadline().isBefore(longAgo);
            if (old || status == ProblemStatus.FIXING || random.nextInt(3) == 0) {
                if (status == ProblemStatus.TO_FIX) {
                    started.add(l.problem().id());
                }
                if (old ? random.nextInt(7) > 0 : random.nextBoolean()) {
                    fixed.add(l.problem().id());
                    if (old) {
                        closed.add(l.problem().id());
                    }
                }
            }
        }
        for (Object[] step : new Object[][] {{started, ProblemStatus.FIXING, "已安排整改", officeStaff},
            {fixed, ProblemStatus.TO_RECHECK, "已整改完毕，申请复查", officeStaff}, {closed, ProblemStatus.CLOSED, "复查合格，销号", supervisor.name()}}) {
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) step[0];
            if (!ids.isEmpty()) {
                services.updateProblem().move(ids, (ProblemStatus) step[1], (String) step[2], List.of(), (String) step[3]);
            }
        }
    }

    private int addPeople(Size size, Random random) {
        int teams = Math.max(1, size.inspectors() / 2);
        int made = 0;
        for (int t = 1; t <= teams; t++) {
            for (int m = 0; m < 2; m++) {
                String inspector = services.addPerson().run(name(random), "1380000" + String.format("%04d", random.nextInt(10000)),
                        Role.INSPECTOR, "第" + t + "组").name();
                inspectorOfTeam.putIfAbsent("第" + t + "组", inspector);
                inspectors.add(inspector);
                made++;
            }
        }
        officeStaff = services.addPerson().run(name(random), "", Role.OFFICE, null).name();
        supervisor = services.addPerson().run(name(random), "", Role.SUPERVISOR, null);
        return made + 2;
    }

    /** Approvals are the supervisor's, whoever is signed in while the city is made; that person is signed in again after. */
    private void asSupervisor(Runnable approvals) {
        Optional<Person> before = services.signedIn().person();
        services.signedIn().signIn(supervisor);
        try {
            approvals.run();
        } finally {
            before.ifPresentOrElse(services.signedIn()::signIn, services.signedIn()::signOut);
        }
    }

    static String name(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()))
                + (random.nextBoolean() ? GIVEN.get(random.nextInt(GIVEN.size())) : "");
    }

    private static List<Site> sites(Size size, List<String> types, Random random) {
        int districts = Math.min(size.districts(), DISTRICTS.size());
        Map<String, List<String>> streets = new HashMap<>();
        for (String district : DISTRICTS.subList(0, districts)) {
            List<String> words = new ArrayList<>(WORDS);
            java.util.Collections.shuffle(words, random);
            streets.put(district, words.subList(0, STREETS_PER_DISTRICT).stream().map(w -> w + "街道").toList());
        }
        List<Site> sites = new ArrayList<>();
        Set<String> identities = new HashSet<>();
        for (int i = 0; sites.size() < size.sites() && i < size.sites() * 20; i++) {
            String district = DISTRICTS.get(random.nextInt(districts));
            String street = streets.get(district).get(random.nextInt(STREETS_PER_DISTRICT));
            String community = street.substring(0, 2) + "第" + (1 + random.nextInt(COMMUNITIES_PER_STREET)) + "社区";
            String type = i < types.size() ? types.get(i) : types.get(random.nextInt(types.size()));
            String word = WORDS.get(random.nextInt(WORDS.size()));
            String name = siteName(type, word, WORDS.get(random.nextInt(WORDS.size())), district);
            int d = DISTRICTS.indexOf(district);
            Site site = new Site(new UUID(random.nextLong(), random.nextLong()).toString(), name, type, district, street, community,
                    word + "路" + (1 + random.nextInt(300)) + "号", unit(type, district), DemoTasks.partnerUnit(d, streets.get(district).indexOf(street)),
                    DemoTasks.partnerLeader(d), null, null, random.nextInt(25) == 0, true);
            if (identities.add(site.identity())) {
                sites.add(site);
            }
        }
        return sites;
    }

    private static String siteName(String type, String word, String other, String district) {
        return switch (type) {
            case "主次干道" -> word + "路";
            case "背街小巷" -> word + "巷";
            case "农贸市场" -> word + "农贸市场";
            case "商业大街" -> word + "商业街";
            case "交通路口" -> word + "路与" + other + "路交叉口";
            case "公交站点" -> word + "公交站";
            case "公共广场" -> word + "广场";
            case "公园" -> word + "公园";
            case "社区" -> word + "社区";
            case "小区" -> word + "花园小区";
            case "医院" -> district.substring(0, 2) + word + "医院";
            case "中小学校周边" -> word + "小学周边";
            case "窗口单位" -> word + "政务服务中心";
            case "建筑工地" -> word + "项目工地";
            case "景区景点" -> word + "景区";
            case "公共厕所" -> word + "公厕";
            default -> word + type;
        };
    }

    private static String unit(String type, String district) {
        return switch (type) {
            case "农贸市场", "商业大街" -> district + "市场监管局";
            case "医院" -> "市卫健委";
            case "中小学校周边" -> district + "教育局";
            case "公交站点" -> "市公交集团";
            case "交通路口" -> district + "交警大队";
            case "建筑工地" -> district + "住建局";
            case "公园", "景区景点" -> district + "园林局";
            default -> district + "城管局";
        };
    }

    /**
     * Answers every standard of a drawn site: a few do not apply, the rest fail with the chance the failure model
     * gives for the standard, the district and the round; half of the problems carry a photo.
     */
    private int score(Round round, DrawnSite site, Random random, ToDoubleFunction<String> chance, List<String> photos,
                      Instant arrived, boolean complete) {
        List<Standard> checklist = services.openInspection().run(round.id(), site.site().id()).standards();
        List<RecordFinding.Request> requests = new ArrayList<>();
        for (Standard s : checklist) {
            double roll = random.nextDouble();
            Answer answer = roll < 0.04 ? Answer.notApplicable() : random.nextDouble() < chance.applyAsDouble(s.code()) ? failing(s, random) : passing(s);
            String note = answer.failing() ? PROBLEMS.get(random.nextInt(PROBLEMS.size())) : "";
            List<String> evidence = answer.failing() && random.nextBoolean() ? List.of(photos.get(random.nextInt(photos.size()))) : List.of();
            requests.add(new RecordFinding.Request(round.id(), site.site().id(), s.code(), answer, note, evidence,
                    inspectorOfTeam.getOrDefault(site.team(), supervisor.name())));
        }
        services.recordFinding().runAll(requests);
        services.saveInspectionHeader().run(round.id(), site.site().id(), arrived, site.team() == null ? "" : site.team(), "");
        if (complete) {
            services.completeInspection().run(round.id(), site.site().id());
        }
        return requests.size();
    }

    /** A made-up negative-list event in the round, under one of the set's negative-list standards. */
    private void negativeEvent(Round round, LocalDate start, Random random) {
        List<Standard> standards = services.recordNegativeEvent().negativeListStandards(round.id());
        if (standards.isEmpty()) {
            return;
        }
        Standard standard = standards.get(random.nextInt(standards.size()));
        services.recordNegativeEvent().add(round.id(), start.plusDays(1), standard.code(), "演示事件：" + standard.text(),
                BigDecimal.valueOf(5 + random.nextInt(16), 1));
    }

    /**
     * The office's material review (材料审核) of the round: mostly 完整, some 部分 or 缺失 with a comment. The newest
     * round leaves every third standard not yet reviewed. Its own random numbers, so the rest of the city is the same.
     */
    private void reviewMaterials(Round round, Random random, boolean newest) {
        List<ListRoundMaterials.Line> lines = services.listRoundMaterials().run(round.id()).lines();
        for (int i = 0; i < lines.size(); i++) {
            if (newest && i % 3 == 2) {
                continue;
            }
            int roll = random.nextInt(10);
            String grade = roll < 6 ? "完整" : roll < 9 ? "部分" : "缺失";
            String comment = roll < 6 ? "" : roll < 9 ? "台账不全，缺少部分月份的记录（演示）" : "未提供材料（演示）";
            services.recordMaterialReview().run(round.id(), lines.get(i).standard().code(), grade, comment);
        }
    }

    /** Photos drawn for the demo and kept in the workspace like any inspector's; their ids. */
    private List<String> photos(long seed) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("civicinspect-demo-photos");
            return DemoPhotos.draw(folder, PHOTOS, seed).stream().map(services.addPhoto()::run).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /**
     * How likely a standard fails: each standard has its own difficulty, each district its own care, and the city
     * improves round by round, with a relapse in some districts two thirds of the way through.
     */
    private static final class Failures {
        private final Map<String, Double> difficulty = new HashMap<>();
        private final Map<String, Double> care = new HashMap<>();
        private final Map<String, Integer> relapse = new HashMap<>();
        private final Random random;
        private final int rounds;

        Failures(Size size, Random random) {
            this.random = random;
            this.rounds = Math.max(1, size.rounds());
        }

        ToDoubleFunction<String> chance(String district, int round) {
            double districtCare = care.computeIfAbsent(district, d -> 0.55 + random.nextDouble() * 0.9);
            int relapseRound = relapse.computeIfAbsent(district, d -> random.nextInt(3) == 0 ? rounds * 2 / 3 : -1);
            double trend = 1.35 - 0.6 * round / Math.max(1, rounds - 1);
            double relapsing = round == relapseRound || round == relapseRound + 1 ? 1.5 : 1.0;
            return code -> {
                double base = difficulty.computeIfAbsent(code, c -> 0.04 + Math.pow(random.nextDouble(), 2) * 0.4);
                return Math.min(0.9, base * districtCare * trend * relapsing);
            };
        }
    }

    private static Answer passing(Standard s) {
        return switch (s.scoring().mode()) {
            case BINARY -> Answer.met();
            case GRADED -> Answer.grade(Grade.A);
            case DEDUCTION -> Answer.occurrences(0);
        };
    }

    private static Answer failing(Standard s, Random random) {
        return switch (s.scoring().mode()) {
            case BINARY -> Answer.notMet();
            case GRADED -> Answer.violations(1 + random.nextInt(3));
            case DEDUCTION -> Answer.occurrences(1 + random.nextInt(3));
        };
    }
}
