package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.UnitProblem;

/** In a unit's workspace: the problems of the office's latest 派单 by package, and the unit's answers to them. */
public final class UnitProblemRepository {

    private final Connection c;

    UnitProblemRepository(Connection c) {
        this.c = c;
    }

    /** The problems of the batch just received, in place of those of earlier batches. */
    public void replaceAll(List<UnitProblem> problems) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM unit_problem")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit_problem (batch_id, problem_id, number, source, place, standard, description,"
                + " deadline, status, escalation, return_reason, photos_before) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (UnitProblem p : problems) {
                ps.setString(1, p.batchId());
                ps.setString(2, p.problemId());
                ps.setString(3, p.number());
                ps.setString(4, p.source());
                ps.setString(5, p.place());
                ps.setString(6, p.standard());
                ps.setString(7, p.description());
                ps.setString(8, p.deadline().toString());
                ps.setString(9, p.status().name());
                ps.setString(10, p.escalation().name());
                ps.setString(11, p.returnReason());
                ps.setString(12, String.join(",", p.photosBefore()));
                ps.executeUpdate();
                if (p.answer() != null) {
                    answer(p);
                }
            }
        }
    }

    /** Records the unit's answer to a problem, in place of an earlier one. */
    public void answer(UnitProblem p) throws SQLException {
        UnitProblem.Answer a = p.answer();
        try (PreparedStatement ps = c.prepareStatement("UPDATE unit_problem SET claimant = ?, phone = ?, measures = ?, completed_on = ?,"
                + " photos_after = ?, answered_at = ?, answered_by = ? WHERE batch_id = ? AND problem_id = ?")) {
            ps.setString(1, a.claimant());
            ps.setString(2, a.phone());
            ps.setString(3, a.measures());
            ps.setString(4, a.completedOn() == null ? null : a.completedOn().toString());
            ps.setString(5, String.join(",", a.photosAfter()));
            ps.setString(6, a.at().toString());
            ps.setString(7, a.by());
            ps.setString(8, p.batchId());
            ps.setString(9, p.problemId());
            ps.executeUpdate();
        }
    }

    /** Every problem held, the nearest deadline first. */
    public List<UnitProblem> all() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, problem_id, number, source, place, standard, description, deadline, status,"
                + " escalation, return_reason, photos_before, claimant, phone, measures, completed_on, photos_after, answered_at, answered_by"
                + " FROM unit_problem ORDER BY deadline, number");
             ResultSet rs = ps.executeQuery()) {
            List<UnitProblem> found = new ArrayList<>();
            while (rs.next()) {
                UnitProblem.Answer answer = rs.getString(18) == null ? null : new UnitProblem.Answer(rs.getString(13), rs.getString(14),
                        rs.getString(15), rs.getString(16) == null ? null : LocalDate.parse(rs.getString(16)), shas(rs.getString(17)),
                        Instant.parse(rs.getString(18)), rs.getString(19));
                found.add(new UnitProblem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), LocalDate.parse(rs.getString(8)), ProblemStatus.valueOf(rs.getString(9)), Escalation.valueOf(rs.getString(10)),
                        rs.getString(11), shas(rs.getString(12)), answer));
            }
            return found;
        }
    }

    private static List<String> shas(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
