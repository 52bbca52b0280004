package org.civicinspect.service.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicinspect.excel.SurveyReportWriter;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.Question;
import org.civicinspect.scoring.InterviewValidity;
import org.civicinspect.scoring.QuestionRate;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.scoring.SurveyIndex;
import org.civicinspect.scoring.SurveyScores;
import org.civicinspect.scoring.SurveyStandardScore;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.store.Workspace;

/**
 * {@code report survey}: the questionnaire survey of a round (docs/design.md §4.6) as a workbook: each question's rate
 * per district and for the city, the indices, the standards of method 问卷调查, the sample, every interview's verdict,
 * and how each figure was worked out. The figures are {@link ScoreSurvey}'s, computed afresh.
 */
public final class ExportSurveyReport {

    /** Up to this many interviews asked a question, its explanation names each by outcome; more would only fill pages. */
    static final int NAMED_INTERVIEWS = 100;

    private final Workspace workspace;
    private final ScoreSurvey scoreSurvey;
    private final SignedIn signedIn;

    public ExportSurveyReport(Workspace workspace, ScoreSurvey scoreSurvey, SignedIn signedIn) {
        this.workspace = workspace;
        this.scoreSurvey = scoreSurvey;
        this.signedIn = signedIn;
    }

    /** The figures written and how many interviews they came from. */
    public record Written(ScoreSurvey.Result result, int interviews) {
    }

    /** Writes the report; refused for an unknown round, a round without a questionnaire, or an output that cannot be written. */
    public Written run(String roundReference, Duration minimumDuration, Path out) throws IOException {
        ScoreSurvey.Result result = scoreSurvey.run(roundReference, minimumDuration);
        SurveyReportWriter.Survey survey = survey(result);
        try {
            AtomicFile.write(out, stream -> new SurveyReportWriter().write(survey, stream));
        } catch (IOException e) {
            throw new RequestRefused("report.cannotWrite", out, Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
        }
        int interviews = result.scores().interviews().size();
        Audit.exported(workspace, signedIn.name(), "survey round=" + result.round().id(), out, interviews);
        return new Written(result, interviews);
    }

    /** 入户, 街访, 电话. */
    public static String method(InterviewMethod method) {
        return switch (method) {
            case HOME -> "入户";
            case STREET -> "街访";
            case PHONE -> "电话";
        };
    }

    /** The scope of the figures: the round, its questionnaire, which interviews count. */
    static SurveyReportWriter.Scope scope(ScoreSurvey.Result result) {
        SurveyGroup city = result.scores().city();
        Optional<Instant> dataTime = city.interviews().stream().map(InterviewValidity::interview)
                .flatMap(i -> Stream.of(i.startedAt(), i.endedAt())).filter(Objects::nonNull).max(Comparator.naturalOrder());
        return new SurveyReportWriter.Scope(result.round().name(), result.questionnaire().label(), city.interviews().size(), city.valid().size(),
                city.flaggedForReview().size(), InterviewValidity.minutes(result.minimumDuration()), dataTime);
    }

    private static SurveyReportWriter.Survey survey(ScoreSurvey.Result result) {
        SurveyScores scores = result.scores();
        List<SurveyGroup> groups = new ArrayList<>();
        groups.add(scores.city());
        groups.addAll(scores.byDistrict().values());
        List<String> indices = result.questionnaire().indices();
        List<String> reasons = Stream.of(InterviewValidity.Reason.values()).map(InterviewValidity.Reason::label).toList();

        List<SurveyReportWriter.QuestionRates> questions = new ArrayList<>();
        for (Question question : result.questionnaire().questions()) {
            if (question.scored()) {
                questions.add(new SurveyReportWriter.QuestionRates(question.code(), question.text(), question.index(), question.weight(),
                        groups.stream().map(g -> rate(g.group(), g.questions().get(question.code()))).toList()));
            }
        }
        List<SurveyReportWriter.IndexRow> indexRows = groups.stream().map(g -> new SurveyReportWriter.IndexRow(g.group(), g.interviews().size(),
                g.valid().size(), indices.stream().map(i -> percent(g.indices().get(i))).toList())).toList();

        List<SurveyReportWriter.StandardScores> standards = new ArrayList<>();
        for (SurveyStandardScore standard : scores.city().standards().values()) {
            String code = standard.standard().code();
            String serving = standard.rate().parts().stream().map(p -> p.question().question().code()).collect(Collectors.joining("、"));
            // A standard no question serves has no score anywhere: one line says so for the city and every district.
            standards.add(new SurveyReportWriter.StandardScores(code, standard.standard().text(), standard.standard().points(), serving,
                    serving.isEmpty() ? List.of(new SurveyReportWriter.StandardRate("全市及各区县", null, null))
                            : groups.stream().map(g -> standardRate(g.group(), g.standards().get(code))).toList()));
        }

        List<SurveyReportWriter.InterviewLine> interviews = scores.interviews().stream().map(i -> new SurveyReportWriter.InterviewLine(
                i.interviewId(), Objects.toString(i.interview().district(), ""), method(i.interview().method()),
                Objects.toString(i.interview().interviewer(), ""), i.interview().startedAt(),
                i.duration() == null ? "" : InterviewValidity.minutes(i.duration()), verdict(i))).toList();

        return new SurveyReportWriter.Survey(result.round().name() + " 问卷调查", scope(result), indices, reasons, questions, indexRows,
                standards, sample(scores), interviews, explained(result, groups));
    }

    private static SurveyReportWriter.Rate rate(String group, QuestionRate rate) {
        return new SurveyReportWriter.Rate(group, rate.asked(), rate.answered(), rate.positive(), rate.notReadAloud(),
                rate.rated() ? Rounding.percent(rate.rate()) : null);
    }

    private static BigDecimal percent(SurveyIndex index) {
        return index.rated() ? Rounding.percent(index.value()) : null;
    }

    private static SurveyReportWriter.StandardRate standardRate(String group, SurveyStandardScore standard) {
        return standard.rated() ? new SurveyReportWriter.StandardRate(group, Rounding.percent(standard.rate().value()),
                Rounding.forDisplay(standard.earned())) : new SurveyReportWriter.StandardRate(group, null, null);
    }

    /** The verdict as the interview explains it, without repeating its id. */
    private static String verdict(InterviewValidity interview) {
        return interview.explanation().substring(interview.interviewId().length() + 1);
    }

    /** Each district by method with its 小计, then the city by method with its 合计; methods in their fixed order. */
    private static List<SurveyReportWriter.SampleLine> sample(SurveyScores scores) {
        List<SurveyReportWriter.SampleLine> lines = new ArrayList<>();
        Map<String, List<InterviewValidity>> byDistrict = new TreeMap<>(NaturalOrder.INSTANCE);
        scores.byDistrict().forEach((district, group) -> byDistrict.put(district, group.interviews()));
        byDistrict.forEach((district, interviews) -> lines.addAll(byMethod(district, interviews, "小计")));
        lines.addAll(byMethod(SurveyScores.CITY, scores.city().interviews(), "合计"));
        return lines;
    }

    private static List<SurveyReportWriter.SampleLine> byMethod(String district, List<InterviewValidity> interviews, String total) {
        List<SurveyReportWriter.SampleLine> lines = new ArrayList<>();
        for (InterviewMethod method : InterviewMethod.values()) {
            List<InterviewValidity> its = interviews.stream().filter(i -> i.interview().method() == method).toList();
            if (!its.isEmpty()) {
                lines.add(line(district, method(method), its, false));
            }
        }
        lines.add(line(district, total, interviews, true));
        return lines;
    }

    private static SurveyReportWriter.SampleLine line(String district, String method, List<InterviewValidity> interviews, boolean total) {
        List<Integer> invalid = Stream.of(InterviewValidity.Reason.values())
                .map(reason -> count(interviews, i -> i.reason() == reason)).toList();
        return new SurveyReportWriter.SampleLine(district, method, interviews.size(), count(interviews, InterviewValidity::valid), invalid,
                count(interviews, InterviewValidity::flaggedForReview), total);
    }

    private static int count(List<InterviewValidity> interviews, Predicate<InterviewValidity> which) {
        return (int) interviews.stream().filter(which).count();
    }

    /** The rules first, then each group (the city, then each district): its interviews, every index, question and standard worked out. */
    private static List<SurveyReportWriter.Explained> explained(ScoreSurvey.Result result, List<SurveyGroup> groups) {
        String minimum = InterviewValidity.minutes(result.minimumDuration());
        List<SurveyReportWriter.Explained> explained = new ArrayList<>();
        explained.add(new SurveyReportWriter.Explained("计入哪些访问", List.of(
                "有效访问计入得分率。中途放弃、未结束的访问无效；甄别题答出不符条件的选项（如未满 18 周岁、居住不满半年）为甄别不符，"
                        + "必须明确回答的题目答“说不清”一类选项为回答不明确，这些访问均无效，不计入任何得分率。",
                "用时短于 " + minimum + " 的有效访问标注需复核，仍计入：仅凭用时不能判定访问有问题。",
                "跳题条件未满足而仍有回答的题目，其回答不计入；受访者未按人口结构（年龄、性别、区县占比）加权。")));
        explained.add(new SurveyReportWriter.Explained("怎样计算", List.of(
                "题目得分率 = 正面回答数 ÷ 有效回答数。问及 = 跳题条件成立的有效访问；有效回答 = 其中作答的；“不清楚”等不读出选项计入有效回答，不算正面；多选题选中任一正面选项即为正面。",
                "指数 = Σ(权重 × 题目得分率) ÷ Σ(权重)，只计至少有一个有效回答的题目；无人回答的题目不进分子也不进分母。",
                "测评标准得分 = 分值 × 对应题目（题目所列测评标准编码）的加权得分率；没有对应题目或对应题目无人回答的，不计分（“—”）。",
                "全市按全市全部有效访问合并计算，不取各区平均，访问多的区县分量大。比率按 16 位有效数字计算，显示时四舍五入到两位小数。")));
        for (SurveyGroup group : groups) {
            List<String> lines = new ArrayList<>();
            lines.add(group.explanation());
            group.indices().values().forEach(index -> lines.add(index.formula()));
            group.questions().values().forEach(rate -> lines.add(rate.formula() + (rate.lines().isEmpty() ? ""
                    : rate.asked() <= NAMED_INTERVIEWS ? "；" + rate.interviews() : "；问及超过 " + NAMED_INTERVIEWS + " 份，逐份名单从略")));
            group.standards().values().forEach(standard -> lines.add(standard.formula()));
            explained.add(new SurveyReportWriter.Explained(group.group(), lines));
        }
        return explained;
    }
}
