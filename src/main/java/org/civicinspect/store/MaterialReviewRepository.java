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
import org.civicinspect.model.MaterialReview;

/** The material reviews of rounds (材料审核) and the 综合得分 weights of indicator-set versions. */
public final class MaterialReviewRepository {

    private final Connection c;

    MaterialReviewRepository(Connection c) {
        this.c = c;
    }

    /** Records the review, replacing an earlier one of the same round and standard. */
    public void save(MaterialReview review) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO material_review (round_id, standard_code, grade, review_comment, reviewer,"
                + " reviewed_at) VALUES (?,?,?,?,?,?) ON CONFLICT (round_id, standard_code) DO UPDATE SET grade = excluded.grade,"
                + " review_comment = excluded.review_comment, reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at")) {
            ps.setString(1, review.roundId());
            ps.setString(2, review.standardCode());
            ps.setString(3, review.grade().name());
            ps.setString(4, review.comment());
            ps.setString(5, review.reviewer());
            ps.setString(6, review.reviewedAt().toString());
            ps.executeUpdate();
        }
    }

    /** The round's reviews, by standard code. */
    public List<MaterialReview> ofRound(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT round_id, standard_code, grade, review_comment, reviewer, reviewed_at"
                + " FROM material_review WHERE round_id = ? ORDER BY standard_code")) {
            ps.setString(1, roundId);
            List<MaterialReview> reviews = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reviews.add(new MaterialReview(rs.getString(1), rs.getString(2), MaterialGrade.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getString(5), Instant.parse(rs.getString(6))));
                }
            }
            return reviews;
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
