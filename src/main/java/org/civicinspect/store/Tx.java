package org.civicinspect.store;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * One connection inside a read or a write transaction, and the repositories that work on it: a use case gets its
 * repositories here and never sees the connection. Used by one thread at a time, for the length of one
 * {@link Workspace#read}, {@link Workspace#write} or {@link Workspace#rehearse}.
 */
public final class Tx {

    private final Connection connection;
    private AuditLog audit;
    private CandidateRepository candidates;
    private ConflictRepository conflicts;
    private DeadlineRuleRepository deadlineRules;
    private FindingRepository findings;
    private IndicatorSetRepository indicatorSets;
    private InspectionRepository inspections;
    private InterviewRepository interviews;
    private MaterialReviewRepository materialReviews;
    private EscalationNoticeRepository escalationNotices;
    private DispatchRepository dispatches;
    private UnitProblemRepository unitProblems;
    private MaterialFileRepository materialFiles;
    private NegativeEventRepository negativeEvents;
    private PackageRepository packages;
    private PeopleRepository people;
    private PhotoRepository photos;
    private ProblemRepository problems;
    private QuestionnaireRepository questionnaires;
    private RecheckRepository rechecks;
    private ReviewRepository reviews;
    private RoundRepository rounds;
    private SiteRepository sites;
    private SurveyPlanRepository surveyPlans;
    private TaskAssignmentRepository taskAssignments;
    private UnitRepository units;
    private PartnerAreaRepository partnerAreas;

    private final Engine engine;
    private final Supplier<String> device;
    private final String login;

    Tx(Connection connection, Engine engine, Supplier<String> device, String login) {
        this.connection = connection;
        this.engine = engine;
        this.device = device;
        this.login = login;
    }

    /** Whether the work in this transaction appended to the audit log. */
    boolean appendedAudit() {
        return audit != null && audit.appended();
    }

    Connection connection() {
        return connection;
    }

    /**
     * Says this transaction will write tens of thousands of rows (a merge of many packages): on SQLite its connection,
     * which no other transaction shares, keeps the pages it changes in memory rather than writing them twice.
     */
    public void expectLargeWrite() throws java.sql.SQLException {
        engine.makeRoomForLargeWrite(connection);
    }

    /** The database's own check of its file: "ok" when sound. */
    public String integrityCheck() throws java.sql.SQLException {
        return engine.integrityCheck(connection);
    }

    public AuditLog audit() {
        if (audit == null) {
            audit = new AuditLog(connection, device, login);
        }
        return audit;
    }

    /** The server's group roles and the logins given them; on a shared server only ({@link Workspace#onServer}). */
    public GroupRoles groupRoles() {
        if (engine != Engine.POSTGRESQL) {
            throw new IllegalStateException("an embedded workspace has no logins to give roles to");
        }
        return new GroupRoles(connection, login);
    }

    public CandidateRepository candidates() {
        if (candidates == null) {
            candidates = new CandidateRepository(connection);
        }
        return candidates;
    }

    public ConflictRepository conflicts() {
        if (conflicts == null) {
            conflicts = new ConflictRepository(connection);
        }
        return conflicts;
    }

    public DeadlineRuleRepository deadlineRules() {
        if (deadlineRules == null) {
            deadlineRules = new DeadlineRuleRepository(connection);
        }
        return deadlineRules;
    }

    public UnitProblemRepository unitProblems() {
        if (unitProblems == null) {
            unitProblems = new UnitProblemRepository(connection);
        }
        return unitProblems;
    }

    public DispatchRepository dispatches() {
        if (dispatches == null) {
            dispatches = new DispatchRepository(connection);
        }
        return dispatches;
    }

    public EscalationNoticeRepository escalationNotices() {
        if (escalationNotices == null) {
            escalationNotices = new EscalationNoticeRepository(connection);
        }
        return escalationNotices;
    }

    public FindingRepository findings() {
        if (findings == null) {
            findings = new FindingRepository(connection, engine);
        }
        return findings;
    }

    public IndicatorSetRepository indicatorSets() {
        if (indicatorSets == null) {
            indicatorSets = new IndicatorSetRepository(connection);
        }
        return indicatorSets;
    }

    public SurveyPlanRepository surveyPlans() {
        if (surveyPlans == null) {
            surveyPlans = new SurveyPlanRepository(connection);
        }
        return surveyPlans;
    }

    public QuestionnaireRepository questionnaires() {
        if (questionnaires == null) {
            questionnaires = new QuestionnaireRepository(connection);
        }
        return questionnaires;
    }

    public InspectionRepository inspections() {
        if (inspections == null) {
            inspections = new InspectionRepository(connection);
        }
        return inspections;
    }

    public InterviewRepository interviews() {
        if (interviews == null) {
            interviews = new InterviewRepository(connection);
        }
        return interviews;
    }

    public MaterialReviewRepository materialReviews() {
        if (materialReviews == null) {
            materialReviews = new MaterialReviewRepository(connection);
        }
        return materialReviews;
    }

    public NegativeEventRepository negativeEvents() {
        if (negativeEvents == null) {
            negativeEvents = new NegativeEventRepository(connection);
        }
        return negativeEvents;
    }

    public PackageRepository packages() {
        if (packages == null) {
            packages = new PackageRepository(connection);
        }
        return packages;
    }

    public PeopleRepository people() {
        if (people == null) {
            people = new PeopleRepository(connection);
        }
        return people;
    }

    public PhotoRepository photos() {
        if (photos == null) {
            photos = new PhotoRepository(connection);
        }
        return photos;
    }

    public ProblemRepository problems() {
        if (problems == null) {
            problems = new ProblemRepository(connection);
        }
        return problems;
    }

    public RecheckRepository rechecks() {
        if (rechecks == null) {
            rechecks = new RecheckRepository(connection);
        }
        return rechecks;
    }

    public ReviewRepository reviews() {
        if (reviews == null) {
            reviews = new ReviewRepository(connection);
        }
        return reviews;
    }

    public RoundRepository rounds() {
        if (rounds == null) {
            rounds = new RoundRepository(connection);
        }
        return rounds;
    }

    public TaskAssignmentRepository taskAssignments() {
        if (taskAssignments == null) {
            taskAssignments = new TaskAssignmentRepository(connection);
        }
        return taskAssignments;
    }

    public MaterialFileRepository materialFiles() {
        if (materialFiles == null) {
            materialFiles = new MaterialFileRepository(connection);
        }
        return materialFiles;
    }

    public UnitRepository units() {
        if (units == null) {
            units = new UnitRepository(connection);
        }
        return units;
    }

    public PartnerAreaRepository partnerAreas() {
        if (partnerAreas == null) {
            partnerAreas = new PartnerAreaRepository(connection);
        }
        return partnerAreas;
    }

    public SiteRepository sites() {
        if (sites == null) {
            sites = new SiteRepository(connection);
        }
        return sites;
    }
}
