package org.civicinspect.service.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.service.units.ListUnits;

/**
 * 督办提醒: every unit with yellow or red problems open today, with the people to reach in it (主要负责人 and 联络员 from
 * the unit directory) and a message ready to send by SMS. Red units come first, then those with more problems. A unit
 * the directory does not hold, or holds without phones, is listed with no one to reach, so the office sees whom it
 * cannot message.
 */
public final class PrepareEscalationNotices {

    /** A person of the unit to message; {@code leader} for the 主要负责人, otherwise the 联络员. */
    public record Recipient(String name, boolean leader, String phone) {
    }

    /** One unit's yellow and red problems, its recipients with a phone, and the message for them. */
    public record Notice(String unit, Escalation escalation, int yellow, int red, long mostOverdueDays, List<ListProblems.Listed> problems,
                         List<Recipient> recipients, String message) {

        public Notice {
            problems = List.copyOf(problems);
            recipients = List.copyOf(recipients);
        }
    }

    /** Problems named in a message before it says 等: an SMS stays short. */
    private static final int NAMED_IN_MESSAGE = 2;

    private final ListProblems listProblems;
    private final ListUnits listUnits;
    private final Clock clock;

    public PrepareEscalationNotices(ListProblems listProblems, ListUnits listUnits, Clock clock) {
        this.listProblems = listProblems;
        this.listUnits = listUnits;
        this.clock = clock;
    }

    public List<Notice> run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        Map<String, List<ListProblems.Listed>> byUnit = new LinkedHashMap<>();
        for (ListProblems.Listed listed : listProblems.run(null, ListProblems.Filter.ALL).problems()) {
            if (listed.escalation() == Escalation.YELLOW || listed.escalation() == Escalation.RED) {
                byUnit.computeIfAbsent(listed.place().unit(), u -> new ArrayList<>()).add(listed);
            }
        }
        Map<String, ResponsibleUnit> units = listUnits.registered().stream().collect(Collectors.toMap(ResponsibleUnit::name, Function.identity()));
        List<Notice> notices = new ArrayList<>();
        byUnit.forEach((unit, problems) -> {
            int red = (int) problems.stream().filter(l -> l.escalation() == Escalation.RED).count();
            int yellow = problems.size() - red;
            long overdue = problems.stream().mapToLong(ListProblems.Listed::overdueDays).max().orElse(0);
            notices.add(new Notice(unit, red > 0 ? Escalation.RED : Escalation.YELLOW, yellow, red, overdue, problems,
                    recipients(units.get(unit)), message(unit, today, yellow, red, overdue, problems)));
        });
        notices.sort(Comparator.comparing((Notice n) -> n.escalation().ordinal()).reversed()
                .thenComparing(Comparator.comparingInt((Notice n) -> n.problems().size()).reversed()).thenComparing(Notice::unit));
        return notices;
    }

    private static List<Recipient> recipients(ResponsibleUnit unit) {
        List<Recipient> recipients = new ArrayList<>();
        if (unit != null && !unit.leaderPhone().isBlank()) {
            recipients.add(new Recipient(unit.leader(), true, unit.leaderPhone().strip()));
        }
        if (unit != null && !unit.liaisonPhone().isBlank() && !unit.liaisonPhone().strip().equals(unit.leaderPhone().strip())) {
            recipients.add(new Recipient(unit.liaison(), false, unit.liaisonPhone().strip()));
        }
        return recipients;
    }

    /**
     * The SMS, in Chinese as the units read it, e.g. {@code 【创文督办】城管局：截至12月3日，贵单位有红牌问题1个、黄牌问题2个，最长已逾期9天
     * （人民路：占道经营；胜利菜市场「地面无积水」未达标 等）。请抓紧整改，完成后回复整改情况和照片。}
     */
    static String message(String unit, LocalDate today, int yellow, int red, long overdue, List<ListProblems.Listed> problems) {
        StringBuilder text = new StringBuilder("【创文督办】").append(unit.isBlank() ? "相关单位" : unit).append("：截至")
                .append(today.getMonthValue()).append("月").append(today.getDayOfMonth()).append("日，贵单位有");
        List<String> counts = new ArrayList<>();
        if (red > 0) {
            counts.add("红牌问题" + red + "个");
        }
        if (yellow > 0) {
            counts.add("黄牌问题" + yellow + "个");
        }
        text.append(String.join("、", counts));
        text.append(overdue > 0 ? "，最长已逾期" + overdue + "天" : "，即将到期");
        List<String> named = problems.stream().limit(NAMED_IN_MESSAGE).map(PrepareEscalationNotices::named).toList();
        text.append("（").append(String.join("；", named)).append(problems.size() > NAMED_IN_MESSAGE ? " 等" : "").append("）");
        return text.append("。请抓紧整改，完成后回复整改情况和照片。").toString();
    }

    /** {@code 人民路：占道经营} with the raiser's description, else {@code 东湖小学周边「周边商店不向未成年人出售烟酒」未达标}. */
    private static String named(ListProblems.Listed listed) {
        String described = listed.problem().origin().description();
        if (described != null && !described.isBlank()) {
            return listed.place().name() + "：" + shortened(described);
        }
        return listed.standardText().isBlank() ? listed.place().name() : listed.place().name() + "「" + shortened(listed.standardText()) + "」未达标";
    }

    private static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 20 ? oneLine : oneLine.substring(0, 20) + "…";
    }
}
