package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicinspect.model.PopulationShare;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionOption;

/**
 * Post-stratification of the valid interviews to the population profile (docs/design.md §4.6, "Weighting"), by the
 * options of one question, within each district. A district is weighted to its own shares, or to the city's when the
 * plan gives it none. In a district with n valid interviews, n' of them in a cell (answered the question with an
 * option that has a share), the interviews of cell c (n_c of them, population share P_c) weigh
 * w_c = (P_c ÷ S) ÷ (n_c ÷ n'), where S is the sum of the shares of the cells that have interviews (100 unless a cell
 * has none). The weights of a district thus add up to its n: the city, pooling the districts, counts each with its valid
 * interviews, as without weighting. An interview in no cell (the question unanswered or not asked) weighs 1, and a
 * cell without interviews gives its share to the others in proportion; both are reported.
 */
public final class RespondentWeights {

    /** One option of the weighting question in one district: its population share, its interviews and their weight (null when it has none). */
    public record Cell(QuestionOption option, BigDecimal percent, List<String> interviews, BigDecimal weight) {
        public Cell {
            interviews = List.copyOf(interviews);
        }

        public boolean empty() {
            return interviews.isEmpty();
        }
    }

    /**
     * The weights of one district: {@code cityShares} when it had no shares of its own, {@code outside} the valid
     * interviews in no cell (weight 1), {@code covered} the sum S of the shares of the cells with interviews.
     */
    public record District(String district, boolean cityShares, boolean profiled, int valid, List<Cell> cells, List<String> outside,
                           BigDecimal covered) {
        public District {
            cells = List.copyOf(cells);
            outside = List.copyOf(outside);
        }

        public List<Cell> emptyCells() {
            return cells.stream().filter(Cell::empty).toList();
        }

        /**
         * The weights worked out, e.g. {@code 加权（按 S1 的人口结构事后分层，用全市人口结构）：1 18–34岁 人口 30%，样本 6/10，权重 = 30% ÷ 6/10 = 0.5；…}.
         */
        public String explanation(Question question) {
            StringBuilder text = new StringBuilder(district).append(" 加权（按 ").append(question.code()).append(" 的人口结构事后分层");
            if (!profiled) {
                return text.append("）：没有人口结构，不加权，每份权重 1").toString();
            }
            if (cityShares) {
                text.append("，本区未给人口结构，用全市的");
            }
            int inCells = valid - outside.size();
            boolean full = covered.compareTo(BigDecimal.valueOf(100)) == 0;
            text.append("；权重 = ").append(full ? "人口占比 ÷ 样本占比" : "(人口占比 ÷ 有样本各组人口占比合计 " + plain(covered) + "%) ÷ 样本占比")
                    .append("）：");
            List<String> parts = new ArrayList<>();
            for (Cell cell : cells) {
                String label = cell.option().code() + " " + cell.option().text() + " 人口 " + plain(cell.percent()) + "%";
                if (cell.empty()) {
                    parts.add(label + "，无样本，其占比按比例分给有样本的组");
                } else {
                    String share = plain(cell.percent()) + "%";
                    parts.add(label + "，样本 " + cell.interviews().size() + "/" + inCells + "，权重 = "
                            + (full ? share : "(" + share + " ÷ " + plain(covered) + "%)") + " ÷ " + cell.interviews().size() + "/" + inCells
                            + " = " + shown(cell.weight()));
                }
            }
            text.append(String.join("；", parts));
            if (!outside.isEmpty()) {
                text.append("；未答 ").append(question.code()).append(" 的 ").append(String.join("、", outside)).append(" 不参与分层，权重 1");
            }
            return text.toString();
        }
    }

    private final Question question;
    private final Map<String, District> districts;
    private final Map<String, BigDecimal> weights;

    private RespondentWeights(Question question, Map<String, District> districts, Map<String, BigDecimal> weights) {
        this.question = question;
        this.districts = Collections.unmodifiableMap(districts);
        this.weights = Collections.unmodifiableMap(weights);
    }

    /**
     * @param shares        the plan's population shares, all of one question, per district or (district empty) for the city
     * @param validByDistrict the valid interviews of each district
     */
    public static RespondentWeights of(Question question, List<PopulationShare> shares, Map<String, List<InterviewValidity>> validByDistrict) {
        Map<String, District> districts = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new HashMap<>();
        validByDistrict.forEach((district, valid) -> {
            List<PopulationShare> own = shares.stream().filter(s -> s.district().equals(district)).toList();
            List<PopulationShare> used = own.isEmpty() ? shares.stream().filter(PopulationShare::cityWide).toList() : own;
            District weighted = district(question, district, own.isEmpty() && !used.isEmpty(), used, valid);
            districts.put(district, weighted);
            for (Cell cell : weighted.cells()) {
                cell.interviews().forEach(id -> weights.put(id, cell.weight()));
            }
        });
        return new RespondentWeights(question, districts, weights);
    }

    private static District district(Question question, String district, boolean cityShares, List<PopulationShare> shares,
                                     List<InterviewValidity> valid) {
        Map<String, List<String>> inCell = new LinkedHashMap<>();
        shares.forEach(s -> inCell.put(s.optionCode(), new ArrayList<>()));
        List<String> outside = new ArrayList<>();
        for (InterviewValidity interview : valid) {
            List<String> chosen = interview.asked(question.code()) ? interview.interview().answer(question.code()) : List.of();
            Optional<List<String>> cell = chosen.size() == 1 ? Optional.ofNullable(inCell.get(chosen.get(0))) : Optional.empty();
            cell.ifPresentOrElse(c -> c.add(interview.interviewId()), () -> outside.add(interview.interviewId()));
        }
        BigDecimal covered = shares.stream().filter(s -> !inCell.get(s.optionCode()).isEmpty()).map(PopulationShare::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean profiled = covered.signum() > 0;
        int inCells = valid.size() - outside.size();
        List<Cell> cells = new ArrayList<>();
        for (PopulationShare share : shares) {
            List<String> ids = inCell.get(share.optionCode());
            QuestionOption option = question.option(share.optionCode()).orElse(new QuestionOption(share.optionCode(), "", false, false, false));
            BigDecimal weight = ids.isEmpty() ? null : !profiled ? BigDecimal.ONE
                    : share.percent().multiply(BigDecimal.valueOf(inCells)).divide(covered.multiply(BigDecimal.valueOf(ids.size())), MathContext.DECIMAL64);
            cells.add(new Cell(option, share.percent(), ids, weight));
        }
        return new District(district, cityShares, profiled, valid.size(), cells, outside, covered);
    }

    public Question question() {
        return question;
    }

    /** Each district's weights, by district. */
    public Map<String, District> districts() {
        return districts;
    }

    /** The weight of a valid interview; 1 for one in no cell. */
    public BigDecimal weight(String interviewId) {
        return weights.getOrDefault(interviewId, BigDecimal.ONE);
    }

    /** Cells without interviews, as {@code 城西区 3 60岁及以上}, for the reports. */
    public List<String> emptyCells() {
        return districts.values().stream().flatMap(d -> d.emptyCells().stream().map(c -> d.district() + " " + c.option().code() + " " + c.option().text()))
                .collect(Collectors.toList());
    }

    /** A weight as formulas show it: two places at most, trailing zeros dropped (the sums are worked with the exact weight). */
    static String shown(BigDecimal weight) {
        return Rounding.forDisplay(weight).stripTrailingZeros().toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
