package org.civicinspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.UnitProblem;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.materials.AnswerDispatchedProblem;
import org.civicinspect.service.rectification.DispatchProblems;
import org.civicinspect.service.rectification.ImportProblemWorkbook;
import org.civicinspect.service.rectification.ListPendingReplies;
import org.civicinspect.service.rectification.ReceiveProblemReplies;
import org.civicinspect.service.rectification.VerifyReply;
import org.civicinspect.service.rectification.ListProblems;
import org.civicinspect.service.rectification.PrepareEscalationNotices;
import org.civicinspect.service.rectification.RaiseProblem;
import org.civicinspect.service.rectification.ShowProblemHistory;
import org.civicinspect.service.rectification.ShowRectificationStanding;
import org.civicinspect.scoring.Rounding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code problems list|raise|import|update|deadline|history|rules|placard|notices|baolian|dispatch|replies|verify-reply|reply}: 整改督办 from the command line. */
@Command(name = "problems", mixinStandardHelpOptions = true, subcommands = {ProblemsCommand.ListProblemsCommand.class,
    ProblemsCommand.Raise.class, ProblemsCommand.Import.class, ProblemsCommand.Update.class, ProblemsCommand.Deadline.class, ProblemsCommand.History.class, ProblemsCommand.Rules.class,
    ProblemsCommand.Placard.class, ProblemsCommand.Notices.class, PartnerProblemsCommand.class, ProblemsCommand.Dispatch.class, ProblemsCommand.Replies.class,
    ProblemsCommand.VerifyReplyCommand.class, ProblemsCommand.Reply.class})
final class ProblemsCommand {

    @ParentCommand
    CivicInspectCommand root;

    abstract static class Action extends RefusableAction {
        @ParentCommand ProblemsCommand parent;

        @Override
        final int act(Output output) {
            run(records() ? parent.root.recording() : parent.root.services(), output);
            return 0;
        }

        abstract void run(Services services, Output output);

        /** Whether the command records a person's work, and so needs a named person. */
        boolean records() {
            return false;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListProblemsCommand extends Action {
        @Option(names = "--round", paramLabel = "ROUND", descriptionKey = "cli.problems.round") String round;
        @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "cli.problems.unit") String unit;
        @Option(names = "--district", paramLabel = "DISTRICT", descriptionKey = "cli.problems.district") String district;
        @Option(names = "--colour", paramLabel = "白|黄|红", descriptionKey = "cli.problems.colour") String colour;
        @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "cli.problems.status") String status;
        @Option(names = "--overdue", descriptionKey = "cli.problems.overdue") boolean overdue;
        @Option(names = "--source", paramLabel = "SOURCE", descriptionKey = "cli.problems.source") String source;

        @Override
        void run(Services services, Output output) {
            if (services.showUnitOfWorkspace().run().isPresent()) {
                listDispatched(services, output, json);
                return;
            }
            ListProblems.Result result = services.listProblems().run(round, new ListProblems.Filter(unit, district,
                    colour == null ? null : escalation(colour), status == null ? null : status(status), overdue,
                    source == null ? null : source(source)));
            ShowRectificationStanding.Standing standing = round == null ? null
                    : services.showRectificationStanding().of(round, services.changePreferences().current().listSize());
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("round", result.round() == null ? null : result.round().name());
                answer.put("problems", result.problems().stream().map(ProblemsCommand::describe).toList());
                if (standing != null) {
                    answer.put("asOf", standing.asOf().toString());
                    answer.put("units", standing.units().stream().map(ProblemsCommand::describe).toList());
                    answer.put("redList", standing.redList().stream().map(ProblemsCommand::describe).toList());
                    answer.put("blackList", standing.blackList().stream().map(ProblemsCommand::describe).toList());
                    answer.put("placard", standing.placardHolder());
                }
                output.json(answer);
                return;
            }
            for (ListProblems.Listed l : result.problems()) {
                Problem p = l.problem();
                output.line(Messages.get("cli.problems.line", p.id().substring(0, 8), Messages.get("escalation." + l.escalation().name()),
                        Messages.get("problem.status." + p.status().name()), l.place().unit(), l.place().name(),
                        p.standardCode() == null ? "—" : p.standardCode(), p.deadline(),
                        l.overdueDays() > 0 ? Messages.get("cli.problems.overdueDays", l.overdueDays()) : "",
                        p.recurred() ? Messages.get("problem.recurred") : "", Messages.get("problem.source." + p.source().name())));
            }
            if (standing != null) {
                output.line(Messages.get("cli.problems.asOf", standing.asOf()));
                for (ShowRectificationStanding.UnitStanding unit : standing.units()) {
                    output.line(Messages.get("cli.problems.rate", unit.unit(), unit.fixed(), unit.due(), percent(unit), unit.overdue(), unit.red(),
                            unit.failedRechecks()));
                }
                output.line(Messages.get("cli.problems.redList", names(standing.redList())));
                output.line(Messages.get("cli.problems.blackList", names(standing.blackList())));
                PartnerProblemsCommand.lists(services, round, output);
            }
            output.line(Messages.get("cli.problems.count", result.problems().size()));
        }
    }

    /** In a unit's workspace: the problems the office dispatched to the unit, and whether each is answered. */
    private static void listDispatched(Services services, Output output, boolean json) {
        List<UnitProblem> problems = services.listDispatchedProblems().run();
        if (json) {
            output.json(problems);
            return;
        }
        for (UnitProblem p : problems) {
            output.line(Messages.get("cli.problems.unitLine", p.number(), Messages.get("escalation." + p.escalation().name()),
                    Messages.get("problem.status." + p.status().name()), p.source(), p.place(), p.standard().isEmpty() ? "—" : p.standard(),
                    p.deadline(), p.answer() == null ? Messages.get("cli.problems.unanswered")
                            : Messages.get("cli.problems.answered", p.answer().claimant(), p.answer().completedOn())));
            output.line("    " + p.description());
            if (!p.returnReason().isEmpty()) {
                output.line("    " + Messages.get("cli.problems.returned", p.returnReason()));
            }
        }
        output.line(Messages.get("cli.problems.count", problems.size()));
    }

    /** {@code problems reply}: in a unit's workspace, the unit claims a dispatched problem and records its reply. */
    @Command(name = "reply", mixinStandardHelpOptions = true)
    static final class Reply extends Action {
        @Parameters(index = "0", paramLabel = "PROBLEM", descriptionKey = "cli.problems.reply.problem") String problem;
        @Option(names = "--claimant", required = true, paramLabel = "NAME", descriptionKey = "cli.problems.reply.claimant") String claimant;
        @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.problems.reply.phone") String phone;
        @Option(names = "--measures", required = true, paramLabel = "TEXT", descriptionKey = "cli.problems.reply.measures") String measures;
        @Option(names = "--done-on", required = true, paramLabel = "DATE", descriptionKey = "cli.problems.reply.doneOn") String doneOn;
        @Option(names = "--photo", paramLabel = "FILE", descriptionKey = "cli.problems.reply.photo") List<Path> photos;

        @Override
        void run(Services services, Output output) {
            UnitProblem p = services.answerDispatchedProblem().run(new AnswerDispatchedProblem.Answer(problem, claimant, phone, measures, doneOn,
                    photos));
            if (json) {
                output.json(p);
                return;
            }
            output.line(Messages.get("cli.problems.reply.recorded", p.number(), p.answer().claimant(), p.answer().completedOn(),
                    p.answer().photosAfter().size()));
        }

        @Override
        boolean records() {
            return true;
        }
    }

    /** {@code problems raise}: a problem no inspection found (媒体曝光, 群众反映, 领导督查, 暗访, 其他). */
    @Command(name = "raise", mixinStandardHelpOptions = true)
    static final class Raise extends Action {
        @Override
        boolean records() {
            return true;
        }

        @Option(names = "--source", required = true, paramLabel = "SOURCE", descriptionKey = "cli.problems.raise.source") String source;
        @Option(names = "--site", paramLabel = "SITE", descriptionKey = "cli.problems.raise.site") String site;
        @Option(names = "--address", paramLabel = "TEXT", descriptionKey = "cli.problems.raise.address") String address;
        @Option(names = "--district", paramLabel = "DISTRICT", descriptionKey = "cli.problems.raise.district") String district;
        @Option(names = "--street", paramLabel = "STREET", descriptionKey = "cli.problems.raise.street") String street;
        @Option(names = "--standard", paramLabel = "CODE", descriptionKey = "cli.problems.raise.standard") String standard;
        @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "cli.problems.raise.unit") String unit;
        @Option(names = "--deadline", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.problems.raise.deadline") String deadline;
        @Option(names = "--description", required = true, paramLabel = "TEXT", descriptionKey = "cli.problems.raise.description") String description;
        @Option(names = "--photo", paramLabel = "FILE", descriptionKey = "cli.problems.raise.photo") List<Path> photos;

        @Override
        void run(Services services, Output output) {
            LocalDate day;
            try {
                day = LocalDate.parse(deadline.strip());
            } catch (DateTimeParseException e) {
                throw new RequestRefused("cli.problems.badDate", deadline);
            }
            Problem p = services.raiseProblem().run(new RaiseProblem.Request(source(source), site, address, district, street, standard, description,
                    unit, day), photos == null ? List.of() : photos, null);
            if (json) {
                output.json(p);
            } else {
                output.line(Messages.get("cli.problems.raised", p.id().substring(0, 8), Messages.get("problem.source." + p.source().name()),
                        p.deadline()));
            }
        }
    }

    /** {@code problems import FILE [--photos DIR]}: problems from other sources, a workbook's rows all at once or none. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends RefusableAction {
        @ParentCommand ProblemsCommand parent;
        @Parameters(paramLabel = "FILE.xlsx", descriptionKey = "cli.problems.import.file") Path file;
        @Option(names = "--photos", paramLabel = "DIR", descriptionKey = "cli.problems.import.photos") Path photos;

        @Override
        int act(Output output) {
            ImportProblemWorkbook.Result result = parent.root.recording().importProblemWorkbook().run(file, photos);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", file.toString());
                answer.put("imported", result.ok());
                answer.put("problems", result.raised().stream().map(Problem::id).toList());
                answer.put("errors", Output.problemsAsJson(result.errors()));
                output.json(answer);
            } else if (result.ok()) {
                output.line(Messages.get("cli.problems.imported", file.getFileName(), result.raised().size()));
            } else {
                output.error(Messages.get("cli.problems.importRejected", file, result.errors().size()));
                result.errors().forEach(p -> output.error("  " + Messages.describe(p)));
            }
            return result.ok() ? 0 : CivicInspectCommand.BAD_INPUT;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true)
    static final class Update extends Action {
        @Override
        boolean records() {
            return true;
        }

        @Parameters(arity = "1..*", paramLabel = "PROBLEM_ID", descriptionKey = "cli.problems.ids") List<String> ids;
        @Option(names = "--to", required = true, paramLabel = "STATUS", descriptionKey = "cli.problems.to") String to;
        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.problems.note") String note;
        @Option(names = "--photo", paramLabel = "FILE", descriptionKey = "cli.problems.photo") List<Path> photos;

        @Override
        void run(Services services, Output output) {
            List<String> stored = photos == null ? List.of() : photos.stream().map(services.addPhoto()::run).toList();
            List<Problem> moved = services.updateProblem().move(ids, status(to), note, stored, null);
            if (json) {
                output.json(moved);
            } else {
                moved.forEach(p -> output.line(Messages.get("cli.problems.moved", p.id().substring(0, 8),
                        Messages.get("problem.status." + p.status().name()))));
            }
        }
    }

    @Command(name = "deadline", mixinStandardHelpOptions = true)
    static final class Deadline extends Action {
        @Override
        boolean records() {
            return true;
        }

        @Parameters(index = "0", paramLabel = "PROBLEM_ID", descriptionKey = "cli.problems.id") String id;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.problems.date") String date;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "cli.problems.reason") String reason;

        @Override
        void run(Services services, Output output) {
            LocalDate day;
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new RequestRefused("cli.problems.badDate", date);
            }
            Problem p = services.updateProblem().changeDeadline(id, day, reason, null);
            if (json) {
                output.json(p);
            } else {
                output.line(Messages.get("cli.problems.deadlineChanged", p.id().substring(0, 8), p.deadline()));
            }
        }
    }

    /**
     * {@code problems notices [--csv OUT.csv] [--xlsx OUT.xlsx] [--record-sent] | --sent}: the 督办提醒 to units with yellow
     * or red problems, with their contacts and a ready message; what was sent is recorded when the office says so.
     */
    @Command(name = "notices", mixinStandardHelpOptions = true)
    static final class Notices extends Action {
        @Option(names = "--csv", paramLabel = "OUT.csv", descriptionKey = "cli.problems.notices.csv") Path csv;
        @Option(names = "--xlsx", paramLabel = "OUT.xlsx", descriptionKey = "cli.problems.notices.xlsx") Path xlsx;
        @Option(names = "--record-sent", descriptionKey = "cli.problems.notices.recordSent") boolean recordSent;
        @Option(names = "--sent", descriptionKey = "cli.problems.notices.sent") boolean sent;

        @Override
        boolean records() {
            return recordSent;
        }

        @Override
        void run(Services services, Output output) {
            if (sent) {
                var all = services.listSentNotices().run();
                if (json) {
                    output.json(all);
                    return;
                }
                all.forEach(n -> output.line(Messages.get("cli.problems.notices.sentLine", n.sentAt().toString(), n.sentBy(), n.unit(),
                        n.recipient(), n.phone().isEmpty() ? Messages.get("cli.problems.notices.noPhone") : n.phone(), n.problems())));
                output.line(Messages.get("cli.problems.notices.sentTotal", all.size()));
                return;
            }
            List<PrepareEscalationNotices.Notice> notices = services.prepareEscalationNotices().run();
            if (json) {
                output.json(notices.stream().map(n -> Map.of("unit", n.unit(), "escalation", n.escalation().name(), "yellow", n.yellow(), "red", n.red(),
                        "mostOverdueDays", n.mostOverdueDays(), "recipients", n.recipients(), "message", n.message())).toList());
            } else {
                for (PrepareEscalationNotices.Notice n : notices) {
                    output.line(Messages.get("cli.problems.notices.line", Messages.get("escalation." + n.escalation().name()), n.unit(), n.red(),
                            n.yellow(), n.mostOverdueDays(), n.recipients().isEmpty() ? Messages.get("cli.problems.notices.noPhone")
                                    : String.join("、", n.recipients().stream().map(r -> r.name() + " " + r.phone()).toList())));
                    output.line("    " + n.message());
                }
                output.line(Messages.get("cli.problems.notices.total", notices.size(),
                        notices.stream().filter(n -> n.recipients().isEmpty()).count()));
            }
            if (csv != null) {
                try {
                    output.line(Messages.get("cli.problems.notices.csvWritten", services.exportEscalationNotices().csv(notices, csv), csv));
                } catch (IOException e) {
                    throw new RequestRefused("report.cannotWrite", csv, Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
                }
            }
            if (xlsx != null) {
                try {
                    services.exportEscalationNotices().printable(notices, xlsx);
                    output.line(Messages.get("cli.problems.notices.xlsxWritten", notices.size(), xlsx));
                } catch (IOException e) {
                    throw new RequestRefused("report.cannotWrite", xlsx, Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
                }
            }
            if (recordSent) {
                output.line(Messages.get("cli.problems.notices.recorded", services.recordEscalationNotices().run(notices).size()));
            }
        }
    }

    /** {@code problems dispatch [--unit U]… --out FOLDER [--round R]}: 派单, one 督办单 workbook per unit. */
    @Command(name = "dispatch", mixinStandardHelpOptions = true)
    static final class Dispatch extends Action {
        @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "cli.problems.dispatch.unit") List<String> units;
        @Option(names = "--out", required = true, paramLabel = "FOLDER", descriptionKey = "cli.problems.dispatch.out") Path out;
        @Option(names = "--round", paramLabel = "ROUND", descriptionKey = "cli.problems.round") String round;

        @Override
        boolean records() {
            return true;
        }

        @Override
        void run(Services services, Output output) {
            List<DispatchProblems.Written> written = services.dispatchProblems().run(units == null ? List.of() : units, out, round);
            if (json) {
                output.json(written.stream().map(w -> Map.of("unit", w.unit(), "file", w.file().toString(), "batch", w.batchId(),
                        "problems", w.problems())).toList());
                return;
            }
            written.forEach(w -> output.line(Messages.get("cli.problems.dispatch.line", w.unit(), w.problems(), w.file())));
            output.line(Messages.get("cli.problems.dispatch.total", written.size(), written.stream().mapToInt(DispatchProblems.Written::problems).sum()));
        }
    }

    /** {@code problems replies FILE [--photos DIR] | --pending}: a unit's filled 督办单 taken in, or the replies waiting for 核查. */
    @Command(name = "replies", mixinStandardHelpOptions = true)
    static final class Replies extends RefusableAction {
        @ParentCommand ProblemsCommand parent;
        @Parameters(arity = "0..1", paramLabel = "FILE.xlsx", descriptionKey = "cli.problems.replies.file") Path file;
        @Option(names = "--photos", paramLabel = "DIR", descriptionKey = "cli.problems.replies.photos") Path photos;
        @Option(names = "--pending", descriptionKey = "cli.problems.replies.pending") boolean pending;

        @Override
        int act(Output output) {
            if (pending || file == null) {
                List<ListPendingReplies.Pending> waiting = parent.root.services().listPendingReplies().run();
                if (json) {
                    output.json(waiting.stream().map(w -> Map.of("problem", w.problem().id(), "unit", w.reply().unit(), "claimant", w.reply().claimant(),
                            "phone", w.reply().phone(), "measures", w.reply().measures(), "completedOn", String.valueOf(w.reply().completedOn()),
                            "photos", w.reply().photos(), "receivedAt", w.reply().receivedAt().toString())).toList());
                    return 0;
                }
                waiting.forEach(w -> output.line(Messages.get("cli.problems.replies.pendingLine", w.problem().id().substring(0, 8), w.reply().unit(),
                        w.reply().claimant(), w.reply().phone(), w.reply().measures(),
                        w.reply().completedOn() == null ? "—" : w.reply().completedOn().toString(), w.reply().photos().size())));
                output.line(Messages.get("cli.problems.replies.pendingTotal", waiting.size()));
                return 0;
            }
            ReceiveProblemReplies.Result result = parent.root.recording().importReplyWorkbook().run(file, photos);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", file.toString());
                answer.put("received", result.received().stream().map(r -> r.problemId()).toList());
                answer.put("already", result.already());
                answer.put("errors", Output.problemsAsJson(result.errors()));
                output.json(answer);
            } else if (result.ok()) {
                output.line(Messages.get("cli.problems.replies.received", file.getFileName(), result.received().size(), result.already().size()));
            } else {
                output.error(Messages.get("cli.problems.replies.rejected", file, result.errors().size()));
                result.errors().forEach(p -> output.error("  " + Messages.describe(p)));
            }
            return result.ok() ? 0 : CivicInspectCommand.BAD_INPUT;
        }
    }

    /** {@code problems verify-reply PROBLEM… --confirm [--recheck] | --return --reason TEXT}: 核查 of units' replies. */
    @Command(name = "verify-reply", mixinStandardHelpOptions = true)
    static final class VerifyReplyCommand extends Action {
        @Parameters(arity = "1..*", paramLabel = "PROBLEM_ID", descriptionKey = "cli.problems.ids") List<String> ids;
        @Option(names = "--confirm", descriptionKey = "cli.problems.verify.confirm") boolean confirm;
        @Option(names = "--recheck", descriptionKey = "cli.problems.verify.recheck") boolean recheck;
        @Option(names = "--return", descriptionKey = "cli.problems.verify.return") boolean sendBack;
        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.problems.verify.reason") String reason;

        @Override
        boolean records() {
            return true;
        }

        @Override
        void run(Services services, Output output) {
            if (confirm == sendBack || recheck && !confirm) {
                throw new RequestRefused("cli.problems.verify.oneDecision");
            }
            VerifyReply.Decision decision = sendBack ? VerifyReply.Decision.RETURN : recheck ? VerifyReply.Decision.RECHECK : VerifyReply.Decision.CLOSE;
            List<Problem> decided = services.verifyReply().run(ids, decision, reason);
            if (json) {
                output.json(decided);
                return;
            }
            decided.forEach(p -> output.line(Messages.get("cli.problems.moved", p.id().substring(0, 8),
                    Messages.get("problem.status." + p.status().name()))));
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true)
    static final class History extends Action {
        @Parameters(index = "0", paramLabel = "PROBLEM_ID", descriptionKey = "cli.problems.id") String id;

        @Override
        void run(Services services, Output output) {
            List<ShowProblemHistory.Entry> steps = services.showProblemHistory().run(id);
            if (json) {
                output.json(steps.stream().map(ProblemsCommand::describe).toList());
                return;
            }
            steps.forEach(s -> output.line(s.line(s.step().at().toString())));
        }
    }

    @Command(name = "rules", mixinStandardHelpOptions = true)
    static final class Rules extends Action {
        @Option(names = "--fix-days", paramLabel = "N", descriptionKey = "cli.problems.fixDays") Integer fixDays;
        @Option(names = "--red-days", paramLabel = "N", descriptionKey = "cli.problems.redDays") Integer redDays;
        @Option(names = "--red-reopened", paramLabel = "N", descriptionKey = "cli.problems.redReopened") Integer redReopened;
        @Option(names = "--standard", paramLabel = "CODE", descriptionKey = "cli.problems.ruleStandard") String standard;
        @Option(names = "--days", paramLabel = "N", descriptionKey = "cli.problems.ruleDays") Integer days;
        @Option(names = "--default", descriptionKey = "cli.problems.ruleDefault") boolean backToDefault;
        @Option(names = "--closing-needs-evidence", arity = "1", paramLabel = "true|false", descriptionKey = "cli.problems.closingNeedsEvidence")
        Boolean closingNeedsEvidence;

        @Override
        void run(Services services, Output output) {
            var rules = services.changeRectificationRules();
            if (fixDays != null || redDays != null || redReopened != null) {
                var now = rules.current();
                rules.save(fixDays == null ? now.fixDays() : fixDays, redDays == null ? now.redDays() : redDays,
                        redReopened == null ? now.redReopened() : redReopened);
            }
            if (standard != null) {
                if (days == null && !backToDefault) {
                    throw new RequestRefused("cli.problems.ruleNeedsDays");
                }
                rules.setForStandard(standard, backToDefault ? null : days);
            }
            if (closingNeedsEvidence != null) {
                rules.requireEvidenceToClose(closingNeedsEvidence);
            }
            var now = rules.current();
            if (json) {
                output.json(now);
                return;
            }
            output.line(Messages.get("cli.problems.rules", now.fixDays(), services.changePreferences().current().warnDays(), now.redDays(),
                    now.redReopened()));
            output.line(Messages.get(now.closingNeedsEvidence() ? "cli.problems.closingNeedsEvidence.on" : "cli.problems.closingNeedsEvidence.off"));
            now.byStandard().forEach((code, n) -> output.line("  " + Messages.get("cli.problems.ruleLine", code, n)));
        }
    }

    @Command(name = "placard", mixinStandardHelpOptions = true)
    static final class Placard extends Action {
        @Override
        void run(Services services, Output output) {
            List<ShowRectificationStanding.Holder> holders = services.showBlackPlacard().history();
            if (json) {
                output.json(holders.stream().map(ProblemsCommand::describe).toList());
                return;
            }
            for (var h : holders) {
                output.line(Messages.get("cli.problems.placard", h.round().name(), h.unit().unit(), h.unit().fixed(), h.unit().due(), percent(h.unit())));
            }
        }
    }

    static String names(List<ShowRectificationStanding.UnitStanding> units) {
        return String.join("、", units.stream().map(u -> u.unit() + "（" + percent(u) + "%）").toList());
    }

    /** 整改率 as a percentage for display, two decimals. */
    static String percent(ShowRectificationStanding.UnitStanding unit) {
        return Rounding.percent(unit.rate()).toPlainString();
    }

    /** A step as its line shows it: when, who, what, note, deadline, photos. */
    private static Map<String, Object> describe(ShowProblemHistory.Entry entry) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", entry.step().at().toString());
        m.put("actor", entry.step().actor());
        m.put("step", entry.what());
        m.put("note", entry.note());
        m.put("deadline", entry.deadline());
        m.put("photos", entry.step().photos());
        return m;
    }

    private static Map<String, Object> describe(ShowRectificationStanding.Holder holder) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", holder.round().name());
        m.put("holder", describe(holder.unit()));
        return m;
    }

    static Map<String, Object> describe(ShowRectificationStanding.UnitStanding unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", unit.unit());
        m.put("due", unit.due());
        m.put("fixed", unit.fixed());
        m.put("rate", percent(unit));
        m.put("overdue", unit.overdue());
        m.put("overdueDays", unit.overdueDays());
        m.put("red", unit.red());
        m.put("failedRechecks", unit.failedRechecks());
        return m;
    }

    /** 待整改/整改中/待复查/已销号, or the English names, or TO_FIX… */
    static ProblemStatus status(String text) {
        String t = text.strip();
        for (ProblemStatus s : ProblemStatus.values()) {
            if (s.name().equalsIgnoreCase(t.replace('-', '_')) || Messages.get("problem.status." + s.name()).equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new RequestRefused("cli.problems.badStatus", text);
    }

    /** 媒体曝光, media, MEDIA… */
    static ProblemSource source(String text) {
        ProblemSource source = RaiseProblem.source(text);
        if (source == null) {
            throw new RequestRefused("problem.raise.badSource", text);
        }
        return source;
    }

    static Escalation escalation(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "白", "white" -> Escalation.WHITE;
            case "黄", "yellow" -> Escalation.YELLOW;
            case "红", "red" -> Escalation.RED;
            default -> throw new RequestRefused("cli.problems.badColour", text);
        };
    }

    static Map<String, Object> describe(ListProblems.Listed l) {
        Problem p = l.problem();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("status", p.status().name());
        m.put("escalation", l.escalation().name());
        m.put("source", p.source().name());
        m.put("unit", l.place().unit());
        m.put("district", l.place().district());
        m.put("site", l.place().name());
        m.put("standard", p.standardCode());
        m.put("standardText", l.standardText());
        m.put("deadline", p.deadline().toString());
        m.put("overdueDays", l.overdueDays());
        m.put("reopened", p.reopened());
        m.put("recurred", p.recurred());
        m.put("recurredFrom", p.recurredFrom());
        m.put("closedInRound", p.closedInRound());
        return m;
    }
}
