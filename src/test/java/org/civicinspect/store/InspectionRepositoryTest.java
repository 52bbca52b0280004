package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.AUTUMN;
import static org.civicinspect.store.StoreFixture.MARKET;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.PARK;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One inspection per round and site: its status, arrival, members, remarks and when it last changed. */
class InspectionRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private void save(Inspection inspection, Instant at) {
        fx.write(tx -> {
            tx.inspections().save(inspection, at);
            return null;
        });
    }

    @Test
    void readsBackEveryFieldOfAnInspection() {
        Inspection inspection = new Inspection(SPRING, PARK, InspectionStatus.IN_PROGRESS, Instant.parse("2026-03-01T01:02:03.456Z"),
                "张伟、李娜", "东门施工，改从西门进入");
        save(inspection, NOW);
        assertEquals(Optional.of(version(inspection, 1)), fx.read(tx -> tx.inspections().find(SPRING, PARK)));
        assertEquals(Optional.of(NOW), fx.read(tx -> tx.inspections().updatedAt(SPRING, PARK)));
    }

    private static Inspection version(Inspection i, int version) {
        return new Inspection(i.roundId(), i.siteId(), i.status(), i.arrivedAt(), i.members(), i.remarks(), version);
    }

    @Test
    void anInspectionNotArrivedYetHasNoArrivalTime() {
        Inspection inspection = new Inspection(SPRING, PARK, InspectionStatus.NOT_STARTED, null, null, null);
        save(inspection, NOW);
        Inspection back = fx.read(tx -> tx.inspections().find(SPRING, PARK)).orElseThrow();
        assertEquals(null, back.arrivedAt());
        assertEquals("", back.members());
        assertEquals(version(inspection, 1), back);
    }

    @Test
    void findsNothingWhereNoInspectionWasSaved() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.inspections().find(SPRING, PARK)));
        assertEquals(Optional.empty(), fx.read(tx -> tx.inspections().updatedAt(SPRING, PARK)));
        assertEquals(Map.of(), fx.read(tx -> tx.inspections().ofRound(SPRING)));
        assertEquals(Map.of(), fx.read(tx -> tx.inspections().statuses(SPRING)));
    }

    @Test
    void savingTheSameInspectionTwiceKeepsOneRowWithTheNewestValuesAndTheNextVersion() {
        save(new Inspection(SPRING, PARK, InspectionStatus.IN_PROGRESS, NOW, "张伟", ""), NOW);
        Inspection later = new Inspection(SPRING, PARK, InspectionStatus.COMPLETED, NOW.plusSeconds(60), "张伟、李娜", "已完成");
        save(later, NOW.plusMillis(1));
        assertEquals(1, fx.count("inspection"));
        assertEquals(Optional.of(version(later, 2)), fx.read(tx -> tx.inspections().find(SPRING, PARK)));
        assertEquals(Optional.of(NOW.plusMillis(1)), fx.read(tx -> tx.inspections().updatedAt(SPRING, PARK)));
    }

    @Test
    void aRoundsInspectionsComeBySiteWithTheirStatusesAndTimes() {
        Inspection park = new Inspection(SPRING, PARK, InspectionStatus.APPROVED, null, "", "");
        Inspection market = new Inspection(SPRING, MARKET, InspectionStatus.RETURNED, null, "", "");
        save(park, NOW);
        save(market, NOW.plusSeconds(1));
        save(new Inspection(AUTUMN, PARK, InspectionStatus.IN_PROGRESS, null, "", ""), NOW);
        assertEquals(Map.of(PARK, version(park, 1), MARKET, version(market, 1)), fx.read(tx -> tx.inspections().ofRound(SPRING)));
        assertEquals(Map.of(PARK, InspectionStatus.APPROVED, MARKET, InspectionStatus.RETURNED),
                fx.read(tx -> tx.inspections().statuses(SPRING)));
        assertEquals(Map.of(PARK, NOW, MARKET, NOW.plusSeconds(1)), fx.read(tx -> tx.inspections().updatedAt(SPRING)));
    }

    @Test
    void anInspectionOfAnUnknownSiteIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.inspections().save(new Inspection(SPRING, "no-such-site", InspectionStatus.IN_PROGRESS, null, "", ""), NOW);
            return null;
        });
    }
}
