package org.civicinspect.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.InterviewerQuota;
import org.civicinspect.model.PopulationShare;
import org.civicinspect.model.ProfileQuota;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.SurveyQuota;

/**
 * The survey plan (样本计划) of each round: its quotas per district × method, per profile and per interviewer, and the
 * population profile (人口结构) it may be weighted to.
 */
public final class SurveyPlanRepository {

    private static final List<String> TABLES = List.of("survey_quota", "survey_profile_quota", "survey_assignment", "survey_population_share");

    private final Connection c;

    SurveyPlanRepository(Connection c) {
        this.c = c;
    }

    /** The round's plan, each part in the order it was given; empty when the round has none. */
    public SurveyPlan of(String roundId) throws SQLException {
        List<SurveyQuota> quotas = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT district, method, target FROM survey_quota WHERE round_id = ? ORDER BY sort_order")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    quotas.add(new SurveyQuota(rs.getString(1), InterviewMethod.valueOf(rs.getString(2)), rs.getInt(3)));
                }
            }
        }
        List<ProfileQuota> profiles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT district, question_code, option_code, target FROM survey_profile_quota WHERE round_id = ? ORDER BY sort_order")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    profiles.add(new ProfileQuota(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
        }
        List<InterviewerQuota> assignments = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT interviewer, district, method, target FROM survey_assignment WHERE round_id = ? ORDER BY sort_order")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assignments.add(new InterviewerQuota(rs.getString(1), rs.getString(2), InterviewMethod.valueOf(rs.getString(3)), rs.getInt(4)));
                }
            }
        }
        List<PopulationShare> populations = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT district, question_code, option_code, percent FROM survey_population_share WHERE round_id = ? ORDER BY sort_order")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    populations.add(new PopulationShare(rs.getString(1), rs.getString(2), rs.getString(3), new BigDecimal(rs.getString(4))));
                }
            }
        }
        return new SurveyPlan(roundId, quotas, profiles, assignments, populations);
    }

    /** Replaces the round's plan whole with this one (an empty plan removes it). */
    public void replace(SurveyPlan plan) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE round_id = ?")) {
                ps.setString(1, plan.roundId());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO survey_quota (round_id, sort_order, district, method, target) VALUES (?,?,?,?,?)")) {
            int order = 0;
            for (SurveyQuota q : plan.quotas()) {
                bind(ps, plan.roundId(), order++, q.district(), q.method().name(), q.target());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO survey_profile_quota (round_id, sort_order, district, question_code, option_code, target) VALUES (?,?,?,?,?,?)")) {
            int order = 0;
            for (ProfileQuota q : plan.profiles()) {
                bind(ps, plan.roundId(), order++, q.district(), q.questionCode(), q.optionCode(), q.target());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO survey_assignment (round_id, sort_order, interviewer, district, method, target) VALUES (?,?,?,?,?,?)")) {
            int order = 0;
            for (InterviewerQuota q : plan.assignments()) {
                bind(ps, plan.roundId(), order++, q.interviewer(), q.district(), q.method().name(), q.target());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO survey_population_share (round_id, sort_order, district, question_code, option_code, percent) VALUES (?,?,?,?,?,?)")) {
            int order = 0;
            for (PopulationShare share : plan.populations()) {
                bind(ps, plan.roundId(), order++, share.district(), share.questionCode(), share.optionCode(), share.percent().toPlainString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Counts of every table this repository writes, for checks that a refused import changed nothing. */
    public Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                counts.put(table, rs.next() ? rs.getLong(1) : 0L);
            }
        }
        return counts;
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
