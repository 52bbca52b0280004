package org.civicinspect.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.CompositeWeights;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;

/** The material reviews of rounds (材料审核), and the material grade scales and 综合得分 weights of indicator-set versions. */
public final class MaterialReviewRepository {

    private final Connection c;

    MaterialReviewRepository(Connection c) {
        this.c = c;
    }

    /** Records the review, replacing an earlier one of the same round and standard. */
    public void save(MaterialReview review) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO material_review (round_id, standard_code, grade, coefficient, review_comment,"
                + " reviewer, reviewed_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT (round_id, standard_code) DO UPDATE SET grade = excluded.grade,"
                + " coefficient = excluded.coefficient, review_comment = excluded.review_comment, reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at")) {
            ps.setString(1, review.roundId());
            ps.setString(2, review.standardCode());
            ps.setString(3, review.grade().label());
            ps.setString(4, review.grade().coefficient().toPlainString());
            ps.setString(5, review.comment());
            ps.setString(6, review.reviewer());
            ps.setString(7, review.reviewedAt().toString());
            ps.executeUpdate();
        }
    }

    /** The round's reviews, by standard code. */
    public List<MaterialReview> ofRound(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT round_id, standard_code, grade, coefficient, review_comment, reviewer,"
                + " reviewed_at FROM material_review WHERE round_id = ? ORDER BY standard_code")) {
            ps.setString(1, roundId);
            return reviews(ps);
        }
    }

    private static List<MaterialReview> reviews(PreparedStatement ps) throws SQLException {
        List<MaterialReview> reviews = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reviews.add(new MaterialReview(rs.getString(1), rs.getString(2), new MaterialGrade(rs.getString(3), new BigDecimal(rs.getString(4))),
                        rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7))));
            }
        }
        return reviews;
    }

    /** The grade scale set for an indicator-set version, if any. */
    public Optional<MaterialGradeScale> scaleOf(String indicatorSetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT label, coefficient FROM material_grade WHERE set_id = ? ORDER BY position")) {
            ps.setString(1, indicatorSetId);
            List<MaterialGrade> grades = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    grades.add(new MaterialGrade(rs.getString(1), new BigDecimal(rs.getString(2))));
                }
            }
            return grades.isEmpty() ? Optional.empty() : Optional.of(new MaterialGradeScale(grades));
        }
    }

    /** The version's scale from now on, in place of the one before. */
    public void setScale(String indicatorSetId, MaterialGradeScale scale) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM material_grade WHERE set_id = ?")) {
            ps.setString(1, indicatorSetId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO material_grade (set_id, position, label, coefficient) VALUES (?,?,?,?)")) {
            for (int i = 0; i < scale.grades().size(); i++) {
                ps.setString(1, indicatorSetId);
                ps.setInt(2, i + 1);
                ps.setString(3, scale.grades().get(i).label());
                ps.setString(4, scale.grades().get(i).coefficient().toPlainString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The reviews of every round that pins the indicator-set version, by standard code. */
    public List<MaterialReview> ofSet(String indicatorSetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT m.round_id, m.standard_code, m.grade, m.coefficient, m.review_comment,"
                + " m.reviewer, m.reviewed_at FROM material_review m JOIN evaluation_round r ON r.id = m.round_id WHERE r.indicator_set_id = ?"
                + " ORDER BY m.standard_code, m.round_id")) {
            ps.setString(1, indicatorSetId);
            return reviews(ps);
        }
    }

    /** The weights set for an indicator-set version, if any. */
    public Optional<CompositeWeights> weightsOf(String indicatorSetId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT materials, field, survey, gate_threshold FROM composite_weights"
                + " WHERE indicator_set_id = ?")) {
            ps.setString(1, indicatorSetId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new CompositeWeights(new BigDecimal(rs.getString(1)), new BigDecimal(rs.getString(2)),
                        new BigDecimal(rs.getString(3)), new BigDecimal(rs.getString(4)))) : Optional.empty();
            }
        }
    }

    public void setWeights(String indicatorSetId, CompositeWeights weights, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO composite_weights (indicator_set_id, materials, field, survey, gate_threshold,"
                + " set_at) VALUES (?,?,?,?,?,?) ON CONFLICT (indicator_set_id) DO UPDATE SET materials = excluded.materials,"
                + " field = excluded.field, survey = excluded.survey, gate_threshold = excluded.gate_threshold, set_at = excluded.set_at")) {
            ps.setString(1, indicatorSetId);
            ps.setString(2, weights.materials().toPlainString());
            ps.setString(3, weights.field().toPlainString());
            ps.setString(4, weights.survey().toPlainString());
            ps.setString(5, weights.gateThreshold().toPlainString());
            ps.setString(6, now.toString());
            ps.executeUpdate();
        }
    }
}
