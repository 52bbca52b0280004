package org.civicinspect.gui.survey;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.service.survey.PrepareInterviews;
import org.civicinspect.service.survey.RecordInterview;

/**
 * 问卷调查 on the field laptop: one respondent at a time, question by question. Every key acts at once on the
 * question shown when it was pressed (the screen moves on before the answer is saved, so keys typed at full speed
 * land on the questions they were meant for); each answer goes to the interview it was aimed at and is recorded in its
 * own transaction, one after another in the order typed, and shows as saved only once that transaction committed.
 */
public final class InterviewViewModel {

    /** What the screen calls: the rounds and the round's desk, and the recording of interviews. */
    public record UseCases(PrepareInterviews prepareInterviews, RecordInterview recordInterview) {
    }

    /** Where the screen is: no round pins a questionnaire, ready for the next respondent, asking a question, or past the last. */
    public enum Stage { NO_ROUND, READY, ASKING, END }

    /** An option as the screen shows it: its number key (1…9, 0 for the tenth) and whether it is chosen now. */
    public record OptionLine(String key, QuestionOption option, boolean chosen) {
    }

    /** A question answered in this interview, as said, and whether that answer has been committed. */
    public record AnsweredLine(Question question, String answer, boolean saved) {
    }

    /** One respondent's interview as this screen runs it. {@code started} turns true on the background thread once it is stored. */
    private static final class Session {
        final String roundId;
        final String id;
        final Instant shownStart;
        final Map<String, List<String>> answers = new LinkedHashMap<>();
        final Map<String, List<String>> saved = new LinkedHashMap<>();
        final AtomicBoolean started = new AtomicBoolean();
        boolean screenedOut;
        int outstanding;

        Session(String roundId, String id, Instant shownStart) {
            this.roundId = roundId;
            this.id = id;
            this.shownStart = shownStart;
        }
    }

    private final UseCases useCases;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final JobState job;
    private final ObservableList<PrepareInterviews.SurveyRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<PrepareInterviews.SurveyRound> round = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.NO_ROUND);
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    private final StringProperty district = new SimpleStringProperty("");
    private final ObjectProperty<InterviewMethod> method = new SimpleObjectProperty<>(InterviewMethod.HOME);
    private final StringProperty interviewId = new SimpleStringProperty("");
    private final IntegerProperty completed = new SimpleIntegerProperty();
    /** The interviewer's quota in this round, once the survey plan gives one; null until then. */
    private final ObjectProperty<Integer> quota = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper countLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OptionLine> options = FXCollections.observableArrayList();
    private final StringProperty typed = new SimpleStringProperty("");
    private final ObservableList<AnsweredLine> answered = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper interviewLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedLine = new ReadOnlyStringWrapper("");
    /** What just went well (an interview completed, abandoned, left for later), beside the problems {@code message} tells. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private String questionnaireLine = "";
    private List<Question> questions = List.of();
    private final Set<String> taken = new HashSet<>();
    private final Set<String> toggled = new LinkedHashSet<>();
    private Session session;
    /** The question the interview ended after (the last one, or a screening question that ruled the respondent out). */
    private Question endedAfter;
    private boolean reloadWanted;
    private int deskAsked;

    public InterviewViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs) {
        this.useCases = useCases;
        this.executor = executor;
        this.dialogs = dialogs;
        this.job = new JobState(executor, dialogs);
        job.statusProperty().addListener((obs, old, now) -> message.set(now));
        completed.addListener((obs, old, now) -> showCount());
        quota.addListener((obs, old, now) -> showCount());
        round.addListener((obs, old, now) -> {
            if (now != null && (old == null || !now.round().id().equals(old.round().id()))) {
                openDesk(now);
            }
        });
    }

    /**
     * Reads the rounds that pin a questionnaire; the chosen one stays while it still does, else the newest is chosen.
     * While an interview runs its round stays as it is: the rounds are read again once it has ended.
     */
    public void reload() {
        if (session != null) {
            reloadWanted = true;
            return;
        }
        reloadWanted = false;
        job.quick(p -> useCases.prepareInterviews().rounds(), list -> {
            rounds.setAll(list);
            if (list.isEmpty()) {
                round.set(null);
                stage.set(Stage.NO_ROUND);
            } else if (round.get() == null || list.stream().noneMatch(r -> r.round().id().equals(round.get().round().id()))) {
                round.set(list.get(list.size() - 1));
            }
        });
    }

    private void openDesk(PrepareInterviews.SurveyRound chosen) {
        int asked = ++deskAsked;
        session = null;
        question.set(null);
        answered.clear();
        stage.set(Stage.READY);
        job.quick(p -> useCases.prepareInterviews().desk(chosen.round().id()), desk -> {
            if (asked != deskAsked) {
                return;
            }
            questions = desk.questionnaire().questions().stream()
                    .sorted(Comparator.comparing((Question q) -> !q.screening())).toList();
            districts.setAll(desk.districts());
            district.set(desk.district());
            method.set(desk.method());
            taken.clear();
            taken.addAll(desk.takenIds());
            interviewId.set(desk.suggestedId());
            completed.set(desk.completed());
            quota.set(desk.quota().orElse(null));
            showCount();
            long screening = questions.stream().filter(Question::screening).count();
            questionnaireLine = Messages.get("interviewing.questionnaire", desk.questionnaire().label(), questions.size(), screening);
            interviewLine.set(Messages.get("interviewing.ready"));
            position.set(questionnaireLine);
            desk.unfinished().ifPresent(this::offerToContinue);
        });
    }

    /** An interview left unfinished (the program was closed or killed during it) is offered to be continued where it stopped. */
    private void offerToContinue(Interview unfinished) {
        boolean resume = dialogs.confirm(Messages.get("interviewing.resumeTitle"), Messages.get("interviewing.resume", unfinished.id(),
                unfinished.district(), methodName(unfinished.method()), Views.time(unfinished.startedAt()), unfinished.answers().size()),
                "interviewing.resumeYes", "interviewing.resumeNo");
        if (!resume) {
            notice.set(Messages.get("interviewing.resumeLater", unfinished.id()));
            return;
        }
        Session resumed = new Session(unfinished.roundId(), unfinished.id(), unfinished.startedAt());
        resumed.started.set(true);
        resumed.answers.putAll(unfinished.answers());
        resumed.saved.putAll(unfinished.answers());
        session = resumed;
        district.set(unfinished.district());
        method.set(unfinished.method());
        interviewId.set(unfinished.id());
        interviewLine.set(Messages.get("interviewing.started", unfinished.id(), Views.time(unfinished.startedAt())));
        savedLine.set(Messages.get("interviewing.saved", unfinished.id()));
        stage.set(Stage.ASKING);
        refreshAnswered();
        Question firstOpen = questions.stream().filter(q -> asked(q, resumed.answers) && !resumed.answers.containsKey(q.code()))
                .findFirst().orElse(null);
        if (firstOpen == null) {
            toEnd(questions.stream().filter(q -> resumed.answers.containsKey(q.code())).reduce((a, b) -> b).orElse(null));
        } else {
            show(firstOpen);
        }
    }

    /** Enter: starts the next interview, confirms a multiple choice, a number or a text, keeps an answer given before, or finishes. */
    public void enter() {
        switch (stage.get()) {
            case READY -> start();
            case ASKING -> confirm();
            case END -> finish();
            default -> { }
        }
    }

    private void start() {
        PrepareInterviews.SurveyRound chosen = round.get();
        String id = interviewId.get() == null ? "" : interviewId.get().strip();
        String where = district.get() == null ? "" : district.get().strip();
        if (chosen == null || questions.isEmpty()) {
            return;
        }
        if (where.isEmpty()) {
            message.set(Messages.get("interviewing.needDistrict"));
            return;
        }
        if (id.isEmpty() || taken.contains(id)) {
            message.set(id.isEmpty() ? Messages.get("interview.noId") : Messages.get("interviewing.idTaken", id));
            return;
        }
        taken.add(id);
        Session started = new Session(chosen.round().id(), id, Instant.now());
        session = started;
        InterviewMethod how = method.get();
        message.set("");
        notice.set("");
        interviewLine.set(Messages.get("interviewing.started", id, Views.time(started.shownStart)));
        answered.clear();
        stage.set(Stage.ASKING);
        show(questions.stream().filter(q -> asked(q, started.answers)).findFirst().orElseThrow());
        track(started);
        executor.run(p -> {
            Interview stored = useCases.recordInterview().start(new RecordInterview.Start(started.roundId, id, "", where, how, null));
            started.started.set(true);
            return stored;
        }, stored -> settle(started, null), error -> {
            settle(started, error);
            if (session == started) {
                session = null;
                question.set(null);
                options.clear();
                answered.clear();
                stage.set(Stage.READY);
            }
        });
    }

    /** A number key: chooses the option with that key, or (on a multiple choice) chooses or unchooses it. */
    public void number(int digit) {
        Question q = question.get();
        if (stage.get() != Stage.ASKING || q == null || q.options().isEmpty()) {
            return;
        }
        int index = digit == 0 ? 9 : digit - 1;
        if (index >= q.options().size()) {
            message.set(Messages.get("interviewing.noOption", q.code(), digit));
            return;
        }
        String code = q.options().get(index).code();
        if (q.kind() == QuestionKind.MULTIPLE) {
            if (!toggled.remove(code)) {
                toggled.add(code);
            }
            showOptions(q);
            return;
        }
        answer(q, List.of(code));
    }

    private void confirm() {
        Question q = question.get();
        if (q == null) {
            return;
        }
        switch (q.kind()) {
            case MULTIPLE -> {
                if (toggled.isEmpty()) {
                    message.set(Messages.get("interviewing.chooseFirst"));
                } else {
                    answer(q, q.options().stream().map(QuestionOption::code).filter(toggled::contains).toList());
                }
            }
            case NUMBER -> {
                String said = typed.get() == null ? "" : typed.get().strip();
                if (!isNumber(said)) {
                    message.set(Messages.get("interviewing.typeNumber"));
                } else {
                    answer(q, List.of(said));
                }
            }
            case TEXT -> {
                String said = typed.get() == null ? "" : typed.get().strip();
                answer(q, said.isEmpty() ? List.of() : List.of(said));
            }
            default -> {
                if (session.answers.containsKey(q.code())) {
                    moveOn(session, q);
                } else {
                    message.set(Messages.get("interviewing.chooseOne"));
                }
            }
        }
    }

    /** Backspace or ←: back to the question asked before this one (or to the last one, past the end), to change its answer. */
    public void back() {
        Session s = session;
        if (s == null || (stage.get() != Stage.ASKING && stage.get() != Stage.END)) {
            return;
        }
        if (stage.get() == Stage.END && endedAfter != null) {
            stage.set(Stage.ASKING);
            message.set("");
            show(endedAfter);
            return;
        }
        for (int i = questions.indexOf(question.get()) - 1; i >= 0; i--) {
            if (asked(questions.get(i), s.answers)) {
                stage.set(Stage.ASKING);
                message.set("");
                show(questions.get(i));
                return;
            }
        }
        message.set(Messages.get("interviewing.firstQuestion"));
    }

    /** Esc: asks whether to abandon the interview and why; abandoned, it is recorded as such with the reason. */
    public void escape() {
        Session s = session;
        if (s == null || (stage.get() != Stage.ASKING && stage.get() != Stage.END)) {
            return;
        }
        java.util.Optional<String> reason = dialogs.askText(Messages.get("interviewing.abandonTitle"), Messages.get("interviewing.abandonReason", s.id));
        if (reason.isEmpty() || session != s) {
            return;
        }
        nextRespondent(s);
        track(s);
        executor.run(p -> s.started.get() ? useCases.recordInterview().abandon(s.roundId, s.id, null, reason.get()) : null, abandoned -> {
            settle(s, null);
            if (abandoned != null) {
                notice.set(Messages.get("interviewing.abandoned", s.id, reason.get()));
            }
        }, error -> settle(s, error));
    }

    private void finish() {
        Session s = session;
        nextRespondent(s);
        track(s);
        executor.run(p -> s.started.get() ? useCases.recordInterview().finish(s.roundId, s.id, null) : null, finished -> {
            settle(s, null);
            if (finished != null) {
                completed.set(completed.get() + 1);
                long minutes = Duration.between(finished.startedAt(), finished.endedAt()).toMinutes();
                notice.set(Messages.get(s.screenedOut ? "interviewing.finishedScreenedOut" : "interviewing.finished", s.id, minutes));
            }
        }, error -> settle(s, error));
    }

    /** Ready for the next respondent at once, with the next 访问编号; district and method stay as they were. */
    private void nextRespondent(Session ended) {
        session = null;
        question.set(null);
        options.clear();
        answered.clear();
        typed.set("");
        interviewId.set(PrepareInterviews.next(ended.id, taken));
        interviewLine.set(Messages.get("interviewing.ready"));
        position.set(questionnaireLine);
        message.set("");
        if (reloadWanted) {
            reload();
        }
        stage.set(Stage.READY);
    }

    private void answer(Question q, List<String> values) {
        Session s = session;
        message.set("");
        s.answers.put(q.code(), values);
        // A changed answer may take a later question out of the interview: its answer goes too.
        for (Question later : questions) {
            if (s.answers.containsKey(later.code()) && !asked(later, s.answers)) {
                s.answers.remove(later.code());
                save(s, later.code(), List.of());
            }
        }
        save(s, q.code(), values);
        refreshAnswered();
        boolean screenedOut = q.screening() && values.stream().anyMatch(code -> q.option(code).map(QuestionOption::invalidates).orElse(false));
        if (screenedOut) {
            s.screenedOut = true;
            toEnd(q);
            message.set(Messages.get("interviewing.screenedOut", q.code()));
            return;
        }
        s.screenedOut = false;
        moveOn(s, q);
    }

    private void moveOn(Session s, Question from) {
        for (int i = questions.indexOf(from) + 1; i < questions.size(); i++) {
            if (asked(questions.get(i), s.answers)) {
                show(questions.get(i));
                return;
            }
        }
        toEnd(from);
    }

    private void toEnd(Question after) {
        endedAfter = after;
        question.set(null);
        options.clear();
        typed.set("");
        position.set(Messages.get("interviewing.end"));
        stage.set(Stage.END);
    }

    private void save(Session s, String code, List<String> values) {
        track(s);
        executor.run(p -> s.started.get() ? useCases.recordInterview().answer(s.roundId, s.id, code, values) : null, stored -> {
            if (stored != null) {
                s.saved.put(code, stored.answer(code));
            }
            settle(s, null);
            if (session == s) {
                refreshAnswered();
            }
        }, error -> {
            // Not stored: the screen goes back to what the workspace holds, so the answered list never shows it as given.
            if (Objects.equals(s.answers.get(code), values)) {
                if (s.saved.containsKey(code)) {
                    s.answers.put(code, s.saved.get(code));
                } else {
                    s.answers.remove(code);
                }
            }
            settle(s, error);
            if (session == s) {
                refreshAnswered();
            }
        });
    }

    private void track(Session s) {
        s.outstanding++;
        savedLine.set(Messages.get("interviewing.saving"));
    }

    /** A save of {@code s} ended; the line says 已保存 when nothing is left to commit. A refusal or failure is shown. */
    private void settle(Session s, Throwable error) {
        s.outstanding--;
        if (error != null) {
            savedLine.set("");
            job.failed(error);
            return;
        }
        if (s.outstanding == 0 && (session == null || session == s)) {
            savedLine.set(Messages.get("interviewing.saved", s.id));
        }
    }

    private void show(Question q) {
        Session s = session;
        question.set(q);
        toggled.clear();
        List<String> given = s.answers.getOrDefault(q.code(), List.of());
        if (q.kind() == QuestionKind.MULTIPLE) {
            toggled.addAll(given);
        }
        typed.set(q.options().isEmpty() && !given.isEmpty() ? given.get(0) : "");
        showOptions(q);
        int shownAt = 1 + (int) questions.subList(0, questions.indexOf(q)).stream().filter(x -> asked(x, s.answers)).count();
        position.set(Messages.get("interviewing.position", shownAt, questions.size(), Messages.get("interviewing.kind." + q.kind().name()),
                q.screening() ? Messages.get("interviewing.screening") : ""));
    }

    private void showOptions(Question q) {
        List<String> chosen = q.kind() == QuestionKind.MULTIPLE ? List.copyOf(toggled) : session.answers.getOrDefault(q.code(), List.of());
        List<OptionLine> lines = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            QuestionOption option = q.options().get(i);
            lines.add(new OptionLine(i < 9 ? String.valueOf(i + 1) : i == 9 ? "0" : "", option, chosen.contains(option.code())));
        }
        options.setAll(lines);
    }

    private void refreshAnswered() {
        Session s = session;
        List<AnsweredLine> lines = new ArrayList<>();
        for (Question q : questions) {
            List<String> given = s.answers.get(q.code());
            if (given != null) {
                lines.add(new AnsweredLine(q, said(q, given), Objects.equals(given, s.saved.getOrDefault(q.code(), List.of()))));
            }
        }
        answered.setAll(lines);
    }

    private static String said(Question q, List<String> given) {
        if (given.isEmpty()) {
            return "—";
        }
        if (q.options().isEmpty()) {
            return given.get(0);
        }
        return String.join("、", given.stream().map(code -> q.option(code).map(QuestionOption::text).orElse(code)).toList());
    }

    /** Whether the question is asked, given the answers so far: its skip rule holds, or it has none. */
    static boolean asked(Question q, Map<String, List<String>> answers) {
        if (q.askedWhen() == null) {
            return true;
        }
        return answers.getOrDefault(q.askedWhen().questionCode(), List.of()).stream().anyMatch(q.askedWhen().optionCodes()::contains);
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void showCount() {
        countLine.set(quota.get() == null ? Messages.get("interviewing.completed", completed.get())
                : Messages.get("interviewing.completedOfQuota", completed.get(), quota.get()));
    }

    public static String methodName(InterviewMethod method) {
        return Messages.get("interviewing.method." + method.name());
    }

    public ObservableList<PrepareInterviews.SurveyRound> rounds() {
        return rounds;
    }

    public ObjectProperty<PrepareInterviews.SurveyRound> roundProperty() {
        return round;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public ObjectProperty<InterviewMethod> methodProperty() {
        return method;
    }

    public StringProperty interviewIdProperty() {
        return interviewId;
    }

    public IntegerProperty completedProperty() {
        return completed;
    }

    /** Where the survey plan's quota for this interviewer will be set; the count line shows “n / quota” once it is. */
    public ObjectProperty<Integer> quotaProperty() {
        return quota;
    }

    public ReadOnlyStringProperty countLineProperty() {
        return countLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ObservableList<OptionLine> options() {
        return options;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public ObservableList<AnsweredLine> answered() {
        return answered;
    }

    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty interviewLineProperty() {
        return interviewLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedLineProperty() {
        return savedLine.getReadOnlyProperty();
    }
}
