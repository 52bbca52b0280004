package org.civicinspect.service.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicinspect.excel.SurveyReportWriter;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.InterviewerQuota;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.ProfileQuota;
import org.civicinspect.model.Question;
import org.civicinspect.model.SurveyPlan;
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
import org.civicinspect.service.survey.ShowSurveyPlan;
import org.civicinspect.service.survey.SurveyPlanProgress;
import org.civicinspect.service.survey.SurveyPlanProgress.Tally;
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
    private final ShowSurveyPlan showSurveyPlan;
    private final SignedIn signedIn;

    public ExportSurveyReport(Workspace workspace, ScoreSurvey scoreSurvey, ShowSurveyPlan showSurveyPlan, SignedIn signedIn) {
        this.workspace = workspace;
        this.scoreSurvey = scoreSurvey;
        this.showSurveyPlan = showSurveyPlan;
        this.signedIn = signedIn;
    }

    /** The figures written and how many interviews they came from. */
    public record Written(ScoreSurvey.Result result, int interviews) {
    }

    /** Writes the report, unweighted; refused for an unknown round, a round without a questionnaire, or an output that cannot be written. */
    public Written run(String roundReference, Duration minimumDuration, Path out) throws IOException {
        return run(roundReference, minimumDuration, false, out);
    }

    /**
     * Writes the report, {@code weighted} to the population profile of the round's survey plan (refused when it has
     * none): every rate, index and standard is then the weighted one, the scope says so and 计算说明 gives the weights.
     */
    public Written run(String roundReference, Duration minimumDuration, boolean weighted, Path out) throws IOException {
        ScoreSurvey.Result result = scoreSurvey.run(roundReference, minimumDuration, weighted);
        SurveyReportWriter.Survey survey = survey(result, showSurveyPlan.against(result));
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
                city.flaggedForReview().size(), InterviewValidity.minutes(result.minimumDuration()), dataTime, weighting(result));
    }

    /** How the respondents were weighed, in the words of the scope line. */
    private static String weighting(ScoreSurvey.Result result) {
        return result.scores().weighting().map(w -> "受访者按第 " + w.question().code() + " 题的人口结构事后分层加权（权重见计算说明）")
                .orElse("受访者未按人口结构加权");
    }

    private static SurveyReportWriter.Survey survey(ScoreSurvey.Result result, SurveyPlanProgress progress) {
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
                standards, sample(scores, progress), profiles(progress), interviewers(scores, progress), interviews,
                explained(result, progress, groups));
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

    /**
     * Each district by method with its 小计, then the city by method with its 合计; methods in their fixed order. A district
     * or method is listed when it has interviews or a target in the plan; its target and valid count are the plan's
     * ({@link SurveyPlanProgress}), which judged the same interviews.
     */
    private static List<SurveyReportWriter.SampleLine> sample(SurveyScores scores, SurveyPlanProgress progress) {
        boolean planned = !progress.plan().quotas().isEmpty();
        Set<String> districts = new TreeSet<>(NaturalOrder.INSTANCE);
        districts.addAll(scores.byDistrict().keySet());
        progress.cells().forEach(cell -> districts.add(Objects.toString(cell.district(), "")));
        List<SurveyReportWriter.SampleLine> lines = new ArrayList<>();
        for (String district : districts) {
            SurveyGroup group = scores.byDistrict().get(district);
            List<Tally> cells = progress.cells().stream().filter(c -> district.equals(Objects.toString(c.district(), ""))).toList();
            List<Tally> total = progress.districts().stream().filter(d -> district.equals(Objects.toString(d.district(), ""))).toList();
            lines.addAll(byMethod(district, group == null ? List.of() : group.interviews(), cells, planned, "小计", total));
        }
        lines.addAll(byMethod(SurveyScores.CITY, scores.city().interviews(), progress.cells(), planned, "合计", List.of(progress.city())));
        return lines;
    }

    private static List<SurveyReportWriter.SampleLine> byMethod(String district, List<InterviewValidity> interviews, List<Tally> cells,
                                                                boolean planned, String totalWord, List<Tally> total) {
        List<SurveyReportWriter.SampleLine> lines = new ArrayList<>();
        for (InterviewMethod method : InterviewMethod.values()) {
            List<InterviewValidity> its = interviews.stream().filter(i -> i.interview().method() == method).toList();
            List<Tally> itsCells = cells.stream().filter(c -> c.method() == method).toList();
            if (!its.isEmpty() || itsCells.stream().anyMatch(Tally::planned)) {
                lines.add(line(district, method(method), its, target(planned, itsCells), false));
            }
        }
        lines.add(line(district, totalWord, interviews, target(planned, total), true));
        return lines;
    }

    private static SurveyReportWriter.SampleLine line(String district, String method, List<InterviewValidity> interviews,
                                                      SurveyReportWriter.Target target, boolean total) {
        return new SurveyReportWriter.SampleLine(district, method, interviews.size(), count(interviews, InterviewValidity::valid),
                invalidByReason(interviews), count(interviews, InterviewValidity::flaggedForReview), target, total);
    }

    private static List<Integer> invalidByReason(List<InterviewValidity> interviews) {
        return Stream.of(InterviewValidity.Reason.values()).map(reason -> count(interviews, i -> i.reason() == reason)).toList();
    }

    /**
     * The target of the tallies added up and the share their valid interviews reach: "—" when the plan gives no targets
     * of this kind, 计划外 when it gives some but none here.
     */
    private static SurveyReportWriter.Target target(boolean planned, List<Tally> tallies) {
        if (!planned) {
            return SurveyReportWriter.Target.NONE;
        }
        if (tallies.stream().noneMatch(Tally::planned)) {
            return SurveyReportWriter.Target.UNPLANNED;
        }
        return reached(tallies.stream().mapToInt(Tally::target).sum(), tallies.stream().mapToInt(Tally::valid).sum());
    }

    /** The share of a target reached in percent, null ("—") for a target of 0. */
    private static SurveyReportWriter.Target reached(int target, int valid) {
        return new SurveyReportWriter.Target(target, target == 0 ? null
                : Rounding.percent(BigDecimal.valueOf(valid).divide(BigDecimal.valueOf(target), MathContext.DECIMAL64)));
    }

    /** Each profile target of the plan, in its order, against the valid interviews with that answer. */
    private static List<SurveyReportWriter.ProfileLine> profiles(SurveyPlanProgress progress) {
        return progress.profiles().stream().map(p -> {
            ProfileQuota quota = p.quota();
            Optional<Question> question = progress.questionnaire() == null ? Optional.empty() : progress.questionnaire().question(quota.questionCode());
            String option = question.flatMap(q -> q.option(quota.optionCode())).map(o -> quota.optionCode() + " " + o.text()).orElse(quota.optionCode());
            return new SurveyReportWriter.ProfileLine(quota.cityWide() ? SurveyScores.CITY : quota.district(),
                    question.map(q -> q.code() + " " + q.text()).orElse(quota.questionCode()), option, p.valid(), reached(quota.target(), p.valid()));
        }).toList();
    }

    /**
     * Each interviewer who has interviews or an assignment, by name, then the 合计: interviews, verdicts, the median
     * duration of the valid ones, and the assignments' target against the valid interviews as the interview screen
     * counts them ({@link SurveyPlanProgress#ofInterviewer}).
     */
    private static List<SurveyReportWriter.InterviewerLine> interviewers(SurveyScores scores, SurveyPlanProgress progress) {
        boolean assigned = !progress.plan().assignments().isEmpty();
        Map<String, List<InterviewValidity>> byInterviewer = new TreeMap<>(NaturalOrder.INSTANCE);
        progress.plan().assignments().forEach(a -> byInterviewer.computeIfAbsent(a.interviewer(), k -> new ArrayList<>()));
        scores.interviews().forEach(i -> byInterviewer.computeIfAbsent(Objects.toString(i.interview().interviewer(), ""), k -> new ArrayList<>()).add(i));
        List<SurveyReportWriter.InterviewerLine> lines = new ArrayList<>();
        byInterviewer.forEach((interviewer, interviews) -> {
            Tally tally = progress.ofInterviewer(interviewer);
            SurveyReportWriter.Target target = !assigned ? SurveyReportWriter.Target.NONE
                    : !tally.planned() ? SurveyReportWriter.Target.UNPLANNED : reached(tally.target(), tally.valid());
            lines.add(interviewerLine(interviewer.isEmpty() ? "（未记录）" : interviewer, interviews, target, false));
        });
        int target = progress.plan().assignments().stream().mapToInt(InterviewerQuota::target).sum();
        lines.add(interviewerLine("合计", scores.interviews(),
                assigned ? reached(target, scores.city().valid().size()) : SurveyReportWriter.Target.NONE, true));
        return lines;
    }

    private static SurveyReportWriter.InterviewerLine interviewerLine(String interviewer, List<InterviewValidity> interviews,
                                                                      SurveyReportWriter.Target target, boolean total) {
        List<Duration> durations = interviews.stream().filter(InterviewValidity::valid).map(InterviewValidity::duration)
                .filter(Objects::nonNull).sorted().toList();
        String median = durations.isEmpty() ? "—" : InterviewValidity.minutes(median(durations));
        return new SurveyReportWriter.InterviewerLine(interviewer, interviews.size(), count(interviews, InterviewValidity::valid),
                invalidByReason(interviews), count(interviews, InterviewValidity::flaggedForReview), median, target, total);
    }

    /** The middle one of durations in order, or the mean of the middle two, to the second. */
    static Duration median(List<Duration> sorted) {
        int middle = sorted.size() / 2;
        Duration median = sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
        return Duration.ofSeconds(median.toSeconds());
    }

    /** How the 样本, 样本结构 and 访问员 sheets hold the plan against the interviews, and what this round's plan holds. */
    private static List<String> planLines(SurveyPlanProgress progress, String minimum) {
        SurveyPlan plan = progress.plan();
        List<String> lines = new ArrayList<>();
        lines.add(plan.isEmpty() ? "本轮没有样本计划（survey plan import）：“样本”“样本结构”“访问员”表的目标和达成率均为“—”，只列实际访问。"
                : "本轮样本计划：区县×访问方式目标 " + plan.quotas().size() + " 格共 " + plan.target() + " 份，样本结构目标 " + plan.profiles().size()
                        + " 条，访问员任务 " + plan.assignments().size() + " 条共 " + plan.assignments().stream().mapToInt(InterviewerQuota::target).sum() + " 份。");
        lines.add("目标按有效访问计：达成率 = 有效 ÷ 目标 × 100%，可超过 100%；无效访问不计入目标，另列其原因。计划没有这一类目标，或目标为 0 的，目标或达成率为“—”。"
                + "与“survey plan show”和访问界面的进度为同一算法、同一批访问。");
        lines.add("样本：计划给了区县×访问方式目标，而某一区县、方式不在其中的，目标写“计划外”；其有效访问仍计入所在区县小计和全市合计的“有效”，"
                + "但不加到目标上，所以小计、合计的达成率含计划外的有效访问。计划中有目标而尚无访问的区县、方式也列出（访问 0）。");
        lines.add("样本结构：每条目标（全市或一个区县，某题选某一选项的受访者）对比选了该选项的有效访问份数；同一份访问可计入多条目标。");
        lines.add("访问员：访问、有效、无效（按原因）、需复核（用时短于 " + minimum + "）与“样本”表口径相同；用时中位数取该访问员有效访问的用时"
                + "（开始到结束），份数为偶数时取中间两份的平均，精确到秒；目标为分配给该访问员的各区县、方式任务之和，有效含其在任务以外区县、方式的有效访问；"
                + "计划有访问员任务而此人没有的，写“计划外”。合计行的目标为全部任务之和，对比全部有效访问。");
        return lines;
    }

    private static int count(List<InterviewValidity> interviews, Predicate<InterviewValidity> which) {
        return (int) interviews.stream().filter(which).count();
    }

    /** The rules first, then each group (the city, then each district): its interviews, every index, question and standard worked out. */
    private static List<SurveyReportWriter.Explained> explained(ScoreSurvey.Result result, SurveyPlanProgress progress, List<SurveyGroup> groups) {
        String minimum = InterviewValidity.minutes(result.minimumDuration());
        List<SurveyReportWriter.Explained> explained = new ArrayList<>();
        explained.add(new SurveyReportWriter.Explained("计入哪些访问", List.of(
                "有效访问计入得分率。中途放弃、未结束的访问无效；甄别题答出不符条件的选项（如未满 18 周岁、居住不满半年）为甄别不符，"
                        + "必须明确回答的题目答“说不清”一类选项为回答不明确，这些访问均无效，不计入任何得分率。",
                "用时短于 " + minimum + " 的有效访问标注需复核，仍计入：仅凭用时不能判定访问有问题。",
                "跳题条件未满足而仍有回答的题目，其回答不计入；" + (result.scores().weighting().isPresent()
                        ? "有效访问按样本计划的人口结构事后分层加权：权重 = 人口占比 ÷ 样本占比（各区县内），得分率 = Σ正面回答的权重 ÷ Σ有效回答的权重；各组的权重见下文。"
                        : "受访者未按人口结构（年龄、性别、区县占比）加权。"))));
        explained.add(new SurveyReportWriter.Explained("怎样计算", List.of(
                "题目得分率 = 正面回答数 ÷ 有效回答数。问及 = 跳题条件成立的有效访问；有效回答 = 其中作答的；“不清楚”等不读出选项计入有效回答，不算正面；多选题选中任一正面选项即为正面。",
                "指数 = Σ(权重 × 题目得分率) ÷ Σ(权重)，只计至少有一个有效回答的题目；无人回答的题目不进分子也不进分母。",
                "测评标准得分 = 分值 × 对应题目（题目所列测评标准编码）的加权得分率；没有对应题目或对应题目无人回答的，不计分（“—”）。",
                "全市按全市全部有效访问合并计算，不取各区平均，访问多的区县分量大。比率按 16 位有效数字计算，显示时四舍五入到两位小数。")));
        explained.add(new SurveyReportWriter.Explained("样本与计划", planLines(progress, minimum)));
        for (SurveyGroup group : groups) {
            List<String> lines = new ArrayList<>();
            lines.add(group.explanation());
            lines.addAll(group.weightExplanation());
            group.indices().values().forEach(index -> lines.add(index.formula()));
            group.questions().values().forEach(rate -> lines.add(rate.formula() + (rate.lines().isEmpty() ? ""
                    : rate.asked() <= NAMED_INTERVIEWS ? "；" + rate.interviews() : "；问及超过 " + NAMED_INTERVIEWS + " 份，逐份名单从略")));
            group.standards().values().forEach(standard -> lines.add(standard.formula()));
            explained.add(new SurveyReportWriter.Explained(group.group(), lines));
        }
        return explained;
    }
}
