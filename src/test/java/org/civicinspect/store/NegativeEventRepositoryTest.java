package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.AUTUMN;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.civicinspect.model.NegativeEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The negative-list events of a round, by date. */
class NegativeEventRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private static NegativeEvent event(String id, String round, LocalDate date, String deduction) {
        return new NegativeEvent(id, round, date, "09-03-01", "某工地发生安全事故（" + id + "）", new BigDecimal(deduction));
    }

    private void insert(NegativeEvent event, Instant at) {
        fx.write(tx -> {
            tx.negativeEvents().insert(event, at);
            return null;
        });
    }

    @Test
    void readsBackEveryFieldOfAnEvent() {
        NegativeEvent e = event("e1", SPRING, LocalDate.of(2026, 3, 2), "0.25");
        insert(e, NOW);
        assertEquals(List.of(e), fx.read(tx -> tx.negativeEvents().ofRound(SPRING)));
    }

    @Test
    void aRoundsEventsComeByDateThenInTheOrderTheyWereRecorded() {
        insert(event("e1", SPRING, LocalDate.of(2026, 3, 3), "1"), NOW);
        insert(event("e2", SPRING, LocalDate.of(2026, 3, 2), "1"), NOW.plusSeconds(2));
        insert(event("e3", SPRING, LocalDate.of(2026, 3, 2), "1"), NOW.plusSeconds(1));
        insert(event("e4", AUTUMN, LocalDate.of(2026, 3, 1), "1"), NOW);
        assertEquals(List.of("e3", "e2", "e1"), fx.read(tx -> tx.negativeEvents().ofRound(SPRING)).stream().map(NegativeEvent::id).toList());
    }

    @Test
    void deletingSaysWhetherThereWasAnEventToDelete() {
        insert(event("e1", SPRING, LocalDate.of(2026, 3, 2), "1"), NOW);
        assertTrue(fx.<Boolean>write(tx -> tx.negativeEvents().delete("e1")));
        assertFalse(fx.<Boolean>write(tx -> tx.negativeEvents().delete("e1")));
        assertEquals(List.of(), fx.read(tx -> tx.negativeEvents().ofRound(SPRING)));
    }

    @Test
    void anEventOfAnUnknownRoundIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.negativeEvents().insert(event("e1", "no-such-round", LocalDate.of(2026, 3, 2), "1"), NOW);
            return null;
        });
    }
}
