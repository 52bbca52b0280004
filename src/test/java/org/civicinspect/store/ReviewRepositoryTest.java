package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.AUTUMN;
import static org.civicinspect.store.StoreFixture.BINARY;
import static org.civicinspect.store.StoreFixture.GRADED;
import static org.civicinspect.store.StoreFixture.MARKET;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.PARK;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.ReviewComment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The comments inspections were returned with, kept as a history; the newest per standard is the one shown. */
class ReviewRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private static ReviewComment comment(String standard, String text, Instant at) {
        return new ReviewComment(SPRING, PARK, standard, text, "赵主任", at);
    }

    private void add(ReviewComment... comments) {
        fx.write(tx -> {
            for (ReviewComment c : comments) {
                tx.reviews().add(c);
            }
            return null;
        });
    }

    private Map<String, ReviewComment> latest() {
        return fx.read(tx -> tx.reviews().latest(SPRING, PARK));
    }

    @Test
    void readsBackEveryFieldOfAComment() {
        ReviewComment c = comment(BINARY, "照片看不清积水位置，请补拍", Instant.parse("2026-03-02T03:04:05.006Z"));
        add(c);
        assertEquals(Map.of(BINARY, c), latest());
    }

    @Test
    void theNewestCommentOnAStandardIsTheOneShown() {
        ReviewComment newest = comment(BINARY, "第二次退回", NOW.plusSeconds(60));
        add(newest, comment(BINARY, "第一次退回", NOW), comment(GRADED, "等级偏高", NOW));
        assertEquals(Map.of(BINARY, newest, GRADED, comment(GRADED, "等级偏高", NOW)), latest());
        assertEquals(3, fx.count("review_comment"), "the older comment stays in the history");
    }

    @Test
    void theNewestCommentIsTheOneShownEvenWithinOneSecond() {
        ReviewComment newest = comment(BINARY, "第二次退回", Instant.parse("2026-11-27T08:00:00.500Z"));
        add(comment(BINARY, "第一次退回", Instant.parse("2026-11-27T08:00:00Z")), newest);
        assertEquals(Map.of(BINARY, newest), latest());
    }

    @Test
    void noCommentsOnAnInspectionNeverReturned() {
        add(new ReviewComment(SPRING, MARKET, BINARY, "x", "赵主任", NOW), new ReviewComment(AUTUMN, PARK, BINARY, "y", "赵主任", NOW));
        assertEquals(Map.of(), latest());
    }

    @Test
    void theSameCommentMadeAtTheSameTimeIsAddedOnce() {
        ReviewComment c = comment(BINARY, "请补拍", NOW);
        assertTrue(fx.<Boolean>write(tx -> tx.reviews().addIfNew(c)));
        assertFalse(fx.<Boolean>write(tx -> tx.reviews().addIfNew(c)));
        assertTrue(fx.<Boolean>write(tx -> tx.reviews().addIfNew(comment(BINARY, "请补拍", NOW.plusMillis(1)))), "the same words later are a new comment");
        assertTrue(fx.<Boolean>write(tx -> tx.reviews().addIfNew(comment(BINARY, "请重拍", NOW))));
        assertEquals(3, fx.count("review_comment"));
    }

    @Test
    void aCommentOnAnUnknownSiteIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.reviews().add(new ReviewComment(SPRING, "no-such-site", BINARY, "x", "赵主任", NOW));
            return null;
        });
        assertEquals(List.of(), fx.rows("SELECT id FROM review_comment"));
    }
}
