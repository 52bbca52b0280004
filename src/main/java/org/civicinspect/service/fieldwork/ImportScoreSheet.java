package org.civicinspect.service.fieldwork;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.Standard;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.Workspace;

/**
 * {@code score FILE.csv}: answers typed in from paper forms or scripts, with the header
 * {@code round,site,standard,answer,note,photos} and, optionally, {@code answered_at}: when the answer was given on
 * paper (a date, or a date and time, in the computer's time zone), which the finding then keeps as its time; without
 * it the time is the import's. Every line is checked first, photos decoded included; one error anywhere (two lines for
 * the same standard of a site among them) and nothing is recorded or kept, photos included. The answers
 * go through {@link RecordFinding}, as the scoring screen's do.
 */
public final class ImportScoreSheet {

    static final List<String> HEADER = List.of("round", "site", "standard", "answer", "note", "photos");
    static final String ANSWERED_AT = "answered_at";
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd().optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd().optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    /** How many answers were recorded, or every problem found (then none was). */
    public record Result(int recorded, List<SheetProblem> errors, List<Visit> inspections) {
        public Result {
            errors = List.copyOf(errors);
            inspections = List.copyOf(inspections);
        }

        Result(int recorded, List<SheetProblem> errors) {
            this(recorded, errors, List.of());
        }
    }

    /** An inspection the sheet answered for: the round and site by id. */
    public record Visit(String roundId, String siteId) {
    }

    private final Workspace workspace;
    private final RecordFinding recordFinding;
    private final AddPhoto addPhoto;
    private final Checklists checklists;
    private final OpenInspection open;
    private final CompleteInspection completeInspection;
    private final Clock clock;

    public ImportScoreSheet(Workspace workspace, RecordFinding recordFinding, AddPhoto addPhoto, Checklists checklists, OpenInspection open,
                            CompleteInspection completeInspection, Clock clock) {
        this.clock = clock;
        this.open = open;
        this.completeInspection = completeInspection;
        this.workspace = workspace;
        this.recordFinding = recordFinding;
        this.addPhoto = addPhoto;
        this.checklists = checklists;
    }

    private record Line(long number, Round round, DrawnSite site, Standard standard, Answer answer, String note, List<AddPhoto.Checked> photos,
                        Instant answeredAt) {
    }

    public Result run(Path file, String answeredBy) {
        return run(file, answeredBy, false);
    }

    /**
     * Records the sheet; with {@code complete}, also marks every site it answers 已完成 in the same transaction. A site
     * the sheet would leave with an unanswered standard, or a failing answer without its evidence, refuses the whole
     * sheet before anything (a photo included) is written.
     */
    public Result run(Path file, String answeredBy, boolean complete) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return new Result(0, List.of(SheetProblem.ofFile("import.fileMissing", file.toString())));
        }
        List<SheetProblem> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        // A strict decoder: a CSV saved by Excel in GBK is refused with a clear message instead of read as garbage.
        try (Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)));
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(HEADER.subList(0, 4))) {
                return new Result(0, List.of(SheetProblem.at("", name + ":1", "score.header", String.join(",", HEADER))));
            }
            Map<String, Long> answeredOn = new java.util.HashMap<>();
            for (CSVRecord record : parser) {
                Line line = check(name, record, header, file.toAbsolutePath().getParent(), errors);
                if (line == null) {
                    continue;
                }
                Long earlier = answeredOn.putIfAbsent(line.round().id() + "\t" + line.site().site().id() + "\t" + line.standard().code(), line.number());
                if (earlier != null) {
                    errors.add(problem(name, line.number(), "standard", "score.duplicateLine", line.standard().code(), earlier));
                } else {
                    lines.add(line);
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            return new Result(0, List.of(SheetProblem.ofFile("score.notUtf8", name)));
        } catch (java.io.UncheckedIOException e) {
            return new Result(0, List.of(SheetProblem.ofFile(e.getCause() instanceof java.nio.charset.CharacterCodingException
                    ? "score.notUtf8" : "score.unreadable", name, String.valueOf(e.getMessage()))));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return new Result(0, List.of(SheetProblem.ofFile("score.unreadable", name, String.valueOf(e.getMessage()))));
        }
        if (!errors.isEmpty()) {
            return new Result(0, errors);
        }
        if (lines.isEmpty()) {
            return new Result(0, List.of(SheetProblem.ofFile("score.empty", name)));
        }
        if (complete) {
            refuseUnfinished(lines);
        }
        List<Visit> visits = lines.stream().map(l -> new Visit(l.round().id(), l.site().site().id())).distinct().toList();
        int recorded = workspace.write(tx -> {
            for (Line line : lines) {
                List<String> photos = new ArrayList<>();
                for (AddPhoto.Checked photo : line.photos()) {
                    photos.add(addPhoto.keepIn(tx, photo));
                }
                recordFinding.recordIn(tx, new RecordFinding.Request(line.round().id(), line.site().site().id(), line.standard().code(),
                        line.answer(), line.note(), photos, answeredBy, line.answeredAt()), null);
            }
            if (complete) {
                for (Visit visit : visits) {
                    completeInspection.completeIn(tx, visit.roundId(), visit.siteId());
                }
            }
            return lines.size();
        });
        return new Result(recorded, List.of(), visits);
    }

    /** Refuses, naming the site, when the sheet would leave one of its sites unfinished: what the answers would be after it. */
    private void refuseUnfinished(List<Line> lines) {
        Map<Visit, List<Line>> bySite = new java.util.LinkedHashMap<>();
        lines.forEach(l -> bySite.computeIfAbsent(new Visit(l.round().id(), l.site().site().id()), v -> new ArrayList<>()).add(l));
        bySite.forEach((visit, answered) -> {
            InspectionSheet sheet = open.run(visit.roundId(), visit.siteId());
            Map<String, Line> given = new java.util.HashMap<>();
            answered.forEach(l -> given.put(l.standard().code(), l));
            long unanswered = sheet.standards().stream().filter(s -> !given.containsKey(s.code()) && !sheet.findings().containsKey(s.code())).count();
            if (unanswered > 0) {
                throw new RequestRefused("score.cannotCompleteUnanswered", sheet.site().name(), unanswered);
            }
            long withoutEvidence = !sheet.requiresEvidence() ? 0 : sheet.standards().stream().filter(s -> {
                Line l = given.get(s.code());
                var f = sheet.findings().get(s.code());
                return l != null ? l.answer().failing() && l.note().isBlank() && l.photos().isEmpty()
                        : f.answer().failing() && f.note().isBlank() && f.photos().isEmpty();
            }).count();
            if (withoutEvidence > 0) {
                throw new RequestRefused("score.cannotCompleteEvidence", sheet.site().name(), withoutEvidence);
            }
        });
    }

    private Line check(String name, CSVRecord record, List<String> header, Path folder, List<SheetProblem> errors) {
        long number = record.getRecordNumber() + 1;
        String roundRef = value(record, header, "round");
        String siteRef = value(record, header, "site");
        String code = value(record, header, "standard");
        String answerText = value(record, header, "answer");
        Optional<Round> round = workspace.read(tx -> tx.rounds().findByReference(roundRef));
        if (round.isEmpty()) {
            errors.add(problem(name, number, "round", "round.notFound", roundRef));
            return null;
        }
        List<DrawnSite> matches = workspace.read(tx -> tx.rounds().drawn(round.get().id(), tx.sites().byId())).stream()
                .filter(d -> d.site().id().equals(siteRef) || d.site().name().equals(siteRef)).toList();
        if (matches.size() != 1) {
            errors.add(problem(name, number, "site", matches.isEmpty() ? "round.siteNotDrawn" : "round.siteAmbiguous", siteRef));
            return null;
        }
        DrawnSite site = matches.get(0);
        Optional<InspectionStatus> status = workspace.read(tx -> tx.inspections().find(round.get().id(), site.site().id()))
                .map(Inspection::status);
        if (status.isPresent() && status.get().locked()) {
            errors.add(problem(name, number, "site", status.get() == InspectionStatus.APPROVED ? "finding.inspectionApproved"
                    : "finding.inspectionCompleted"));
            return null;
        }
        Optional<Standard> standard = checklists.standards(round.get().indicatorSetId(), site.site().siteType()).stream()
                .filter(s -> s.code().equals(code)).findFirst();
        if (standard.isEmpty()) {
            errors.add(problem(name, number, "standard", "finding.standardNotForSite", code, site.site().siteType()));
            return null;
        }
        Answer answer = Answer.parse(answerText, standard.get().scoring().mode()).orElse(null);
        if (answer == null) {
            errors.add(problem(name, number, "answer", "score.badAnswer", answerText, standard.get().code()));
            return null;
        }
        Instant answeredAt = null;
        String answeredAtText = value(record, header, ANSWERED_AT);
        if (!answeredAtText.isEmpty()) {
            answeredAt = answeredAt(answeredAtText);
            if (answeredAt == null) {
                errors.add(problem(name, number, ANSWERED_AT, "score.badAnsweredAt", answeredAtText));
                return null;
            }
            if (answeredAt.isAfter(clock.instant())) {
                errors.add(problem(name, number, ANSWERED_AT, "score.futureAnsweredAt", answeredAtText));
                return null;
            }
        }
        String note = value(record, header, "note");
        try {
            RecordFinding.refuseLongNote(note);
        } catch (RequestRefused e) {
            errors.add(problem(name, number, "note", e.messageKey(), e.args().toArray()));
            return null;
        }
        List<AddPhoto.Checked> photos = new ArrayList<>();
        for (String photo : Arrays.stream(value(record, header, "photos").split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList()) {
            Path path = folder.resolve(photo);
            if (!Files.isRegularFile(path)) {
                errors.add(problem(name, number, "photos", "photo.missing", photo));
                return null;
            }
            try {
                photos.add(addPhoto.check(path));
            } catch (RequestRefused e) {
                errors.add(problem(name, number, "photos", e.messageKey(), e.args().toArray()));
                return null;
            }
        }
        return new Line(number, round.get(), site, standard.get(), answer, note, photos, answeredAt);
    }

    /** 2026-09-01, 2026-09-01 09:30 or 2026-09-01T09:30:15 in the computer's time zone (a date alone: its start); null if none of these. */
    private Instant answeredAt(String text) {
        try {
            TemporalAccessor parsed = DATE_TIME.parse(text.replace('/', '-'));
            LocalDate date = LocalDate.from(parsed);
            LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
            return date.atTime(time).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String value(CSVRecord record, List<String> header, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= record.size() ? "" : record.get(index).strip();
    }

    private static SheetProblem problem(String file, long line, String column, String key, Object... args) {
        return SheetProblem.at("", file + ":" + line + ":" + column, key, args);
    }
}
