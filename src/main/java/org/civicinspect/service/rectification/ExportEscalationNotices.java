package org.civicinspect.service.rectification;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicinspect.excel.EscalationNoticeWriter;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/**
 * Writes the 督办提醒 prepared by {@link PrepareEscalationNotices}: as CSV for an SMS gateway (one row per phone: 手机号码,
 * 姓名, 单位, 督办等级, 短信内容; UTF-8 with a byte-order mark so that Excel opens it right) and as a printable list.
 * Writing is not sending: {@link RecordEscalationNotices} records what was sent.
 */
public final class ExportEscalationNotices {

    private static final String[] CSV_HEADER = {"手机号码", "姓名", "单位", "督办等级", "短信内容"};

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ExportEscalationNotices(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /** Writes one row per recipient with a phone; returns how many. */
    public int csv(List<PrepareEscalationNotices.Notice> notices, Path out) throws IOException {
        int[] rows = new int[1];
        AtomicFile.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).setRecordSeparator("\r\n").build());
            for (PrepareEscalationNotices.Notice n : notices) {
                for (PrepareEscalationNotices.Recipient r : n.recipients()) {
                    printer.printRecord(r.phone(), r.name(), n.unit(), colour(n), n.message());
                    rows[0]++;
                }
            }
            printer.flush();
        });
        Audit.exported(workspace, signedIn.name(), "escalation notices (csv)", out, rows[0]);
        return rows[0];
    }

    /** Writes the printable list, one row per unit. */
    public void printable(List<PrepareEscalationNotices.Notice> notices, Path out) throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        List<EscalationNoticeWriter.Line> lines = notices.stream().map(n -> new EscalationNoticeWriter.Line(n.unit(), n.escalation(), n.yellow(),
                n.red(), n.mostOverdueDays(), n.recipients().stream().map(r -> (r.leader() ? "主要负责人 " : "联络员 ") + r.name() + " " + r.phone())
                .collect(Collectors.joining("\n")), n.message())).toList();
        AtomicFile.write(out, stream -> new EscalationNoticeWriter().write(today, lines, stream));
        Audit.exported(workspace, signedIn.name(), "escalation notices", out, lines.size());
    }

    private static String colour(PrepareEscalationNotices.Notice n) {
        return n.escalation() == org.civicinspect.model.Escalation.RED ? "红" : "黄";
    }
}
