package org.civicinspect.service.survey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * {@code survey score --round R FILE.csv}: paper questionnaires typed in, one interview a line, in UTF-8 (with or
 * without a BOM) with the columns 访问编号, 访问员, 区, 方式 (入户, 街访 or 电话), 开始, 结束 (2026-11-20 09:30, in the
 * computer's time zone; 结束 empty for an interview never ended), 中途放弃 (是 or 否, empty is 否), then one column per
 * question code of the round's questionnaire, holding the option codes chosen (several separated by ; or 、) or the
 * number or text said. Every line is checked first and every error reported, by line and column; one error and
 * nothing is stored. An interview already stored as the line gives it is left alone, so the same file twice changes
 * nothing the second time; one that differs is replaced by the line, as its next version.
 */
public final class ImportPaperInterviews {

    static final String ID = "访问编号";
    static final String INTERVIEWER = "访问员";
    static final String DISTRICT = "区";
    static final String METHOD = "方式";
    static final String STARTED = "开始";
    static final String ENDED = "结束";
    static final String ABANDONED = "中途放弃";
    static final List<String> FIXED = List.of(ID, INTERVIEWER, DISTRICT, METHOD, STARTED, ENDED, ABANDONED);
    private static final Map<String, InterviewMethod> METHODS = Map.of("入户", InterviewMethod.HOME, "街访", InterviewMethod.STREET,
            "电话", InterviewMethod.PHONE);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd().optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    /** How many interviews were stored and how many were already stored as given, or every problem found (then none was). */
    public record Result(int recorded, int unchanged, List<SheetProblem> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        static Result rejected(List<SheetProblem> errors) {
            return new Result(0, 0, errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ImportPaperInterviews(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /** Refused (one sentence) for an unknown round or one with no questionnaire pinned. */
    public Result run(String roundReference, Path file) {
        Round round = workspace.read(tx -> SurveyRounds.named(tx, roundReference));
        Questionnaire questionnaire = workspace.read(tx -> SurveyRounds.pinned(tx, round));
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return Result.rejected(List.of(SheetProblem.ofFile("import.fileMissing", file.toString())));
        }
        List<SheetProblem> errors = new ArrayList<>();
        List<Interview> interviews = new ArrayList<>();
        // A strict decoder: a CSV saved by Excel in GBK is refused with a clear message instead of read as garbage.
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .setAllowMissingColumnNames(true).setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            for (String column : FIXED) {
                if (!header.contains(column)) {
                    errors.add(SheetProblem.at("", name + ":1", "interviews.missingColumn", column));
                }
            }
            if (!errors.isEmpty()) {
                return Result.rejected(errors);
            }
            // An unknown question column is reported and its cells left unchecked, so the lines' own errors come too.
            for (String column : header) {
                if (!FIXED.contains(column) && questionnaire.question(column).isEmpty()) {
                    errors.add(problem(name, 1, column, "interviews.unknownQuestionColumn", column, questionnaire.label()));
                }
            }
            Map<String, Long> lineOf = new HashMap<>();
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                String id = value(record, header, ID);
                Long earlier = id.isEmpty() ? null : lineOf.putIfAbsent(id, line);
                if (earlier != null) {
                    errors.add(problem(name, line, ID, "interviews.duplicateId", id, earlier));
                }
                Interview interview = check(name, line, record, header, round, questionnaire, errors);
                if (interview != null) {
                    interviews.add(interview);
                }
            }
        } catch (CharacterCodingException e) {
            return Result.rejected(List.of(SheetProblem.ofFile("score.notUtf8", name)));
        } catch (UncheckedIOException e) {
            return Result.rejected(List.of(SheetProblem.ofFile(e.getCause() instanceof CharacterCodingException ? "score.notUtf8" : "score.unreadable",
                    name, String.valueOf(e.getMessage()))));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Result.rejected(List.of(SheetProblem.ofFile("score.unreadable", name, String.valueOf(e.getMessage()))));
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        if (interviews.isEmpty()) {
            return Result.rejected(List.of(SheetProblem.ofFile("interviews.empty", name)));
        }
        return store(round, interviews, name);
    }

    private Result store(Round round, List<Interview> interviews, String fileName) {
        Instant now = Audit.now(clock);
        return workspace.write(tx -> {
            int recorded = 0;
            for (Interview given : interviews) {
                var stored = tx.interviews().find(round.id(), given.id());
                if (stored.isPresent() && stored.get().equals(withVersion(given, stored.get().version()))) {
                    continue;
                }
                RecordInterview.refuseALaptops(tx, round, given.id());
                tx.interviews().save(given, now);
                recorded++;
            }
            if (recorded > 0) {
                tx.audit().append(now, signedIn.name(), AuditLog.Action.INTERVIEW, Audit.round(round.id()),
                        "typed in " + fileName + " interviews=" + recorded + " unchanged=" + (interviews.size() - recorded));
            }
            return new Result(recorded, interviews.size() - recorded, List.of());
        });
    }

    /** The line as an interview, or null after adding each of its problems to {@code errors}. */
    private static Interview check(String file, long line, CSVRecord record, List<String> header, Round round, Questionnaire questionnaire,
                                   List<SheetProblem> errors) {
        int before = errors.size();
        String id = value(record, header, ID);
        if (id.isEmpty()) {
            errors.add(problem(file, line, ID, "interviews.missingValue", ID));
        }
        String methodText = value(record, header, METHOD);
        InterviewMethod method = METHODS.get(methodText);
        if (method == null) {
            errors.add(problem(file, line, METHOD, "interviews.badMethod", methodText));
        }
        Instant started = time(file, line, record, header, STARTED, true, errors);
        Instant ended = time(file, line, record, header, ENDED, false, errors);
        if (started != null && ended != null && ended.isBefore(started)) {
            errors.add(problem(file, line, ENDED, "interviews.endsBeforeStart", value(record, header, ENDED), value(record, header, STARTED)));
        }
        String abandonedText = value(record, header, ABANDONED);
        if (!List.of("", "是", "否").contains(abandonedText)) {
            errors.add(problem(file, line, ABANDONED, "interviews.badAbandoned", abandonedText));
        }
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String column : header) {
            if (FIXED.contains(column) || questionnaire.question(column).isEmpty()) {
                continue;
            }
            String cell = value(record, header, column);
            boolean said = questionnaire.question(column).map(q -> q.kind() == QuestionKind.NUMBER || q.kind() == QuestionKind.TEXT).orElse(false);
            List<String> values = said ? List.of(cell) : Arrays.asList(cell.split("[;；、]"));
            try {
                List<String> kept = InterviewAnswers.check(questionnaire, column, values);
                if (!kept.isEmpty()) {
                    answers.put(column, kept);
                }
            } catch (RequestRefused e) {
                errors.add(problem(file, line, column, e.messageKey(), e.args().toArray()));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Interview(id, round.id(), questionnaire.id(), value(record, header, INTERVIEWER), value(record, header, DISTRICT), method,
                started, ended, abandonedText.equals("是"), answers, 1);
    }

    private static Instant time(String file, long line, CSVRecord record, List<String> header, String column, boolean required,
                                List<SheetProblem> errors) {
        String text = value(record, header, column);
        if (text.isEmpty()) {
            if (required) {
                errors.add(problem(file, line, column, "interviews.missingValue", column));
            }
            return null;
        }
        try {
            return LocalDateTime.parse(text.replace('/', '-'), DATE_TIME).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeException e) {
            errors.add(problem(file, line, column, "interviews.badTime", text));
            return null;
        }
    }

    private static Interview withVersion(Interview i, int version) {
        return new Interview(i.id(), i.roundId(), i.questionnaireId(), i.interviewer(), i.district(), i.method(), i.startedAt(), i.endedAt(),
                i.abandoned(), i.answers(), version);
    }

    private static String value(CSVRecord record, List<String> header, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= record.size() ? "" : record.get(index).strip();
    }

    private static SheetProblem problem(String file, long line, String column, String key, Object... args) {
        return SheetProblem.at("", file + ":" + line + ":" + column, key, args);
    }
}
