package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.PARK;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.civicinspect.store.StoreFixture.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.store.AuditLog.Action;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Workspace.write commits all of its work or none of it; rehearse never commits; a Tx hands out one repository of each kind. */
class TransactionsTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    /** Writes through several repositories: a finding, an inspection, a negative event and an audit entry. */
    private static void changeEverything(Tx tx) throws SQLException {
        tx.findings().save(finding("f1").build());
        tx.inspections().save(new Inspection(SPRING, PARK, InspectionStatus.IN_PROGRESS, NOW, "张伟", ""), NOW);
        tx.negativeEvents().insert(new NegativeEvent("e1", SPRING, java.time.LocalDate.of(2026, 3, 1), "09-03-01", "事故",
                java.math.BigDecimal.ONE), NOW);
        tx.audit().append(NOW, "张伟", Action.ANSWER, "finding:f1", "v1");
    }

    private void assertNothingChanged() {
        assertEquals(0, fx.count("finding"));
        assertEquals(0, fx.count("inspection"));
        assertEquals(0, fx.count("negative_event"));
        assertEquals(0, fx.count("audit_entry"));
    }

    @Test
    void aWriteThatCompletesCommitsEveryRepositorysWork() {
        assertEquals("done", fx.write(tx -> {
            changeEverything(tx);
            return "done";
        }));
        assertEquals(1, fx.count("finding"));
        assertEquals(1, fx.count("inspection"));
        assertEquals(1, fx.count("negative_event"));
        assertEquals(1, fx.count("audit_entry"));
    }

    @Test
    void aWriteThatThrowsRollsBackEverythingAndTheCallerGetsTheSameException() {
        IllegalStateException thrown = new IllegalStateException("stop");
        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> fx.write(tx -> {
            changeEverything(tx);
            throw thrown;
        }));
        assertSame(thrown, caught, "a runtime exception passes through unwrapped");
        assertNothingChanged();
    }

    @Test
    void aWriteWhoseLastStatementFailsRollsBackTheStatementsBeforeIt() {
        fx.assertRefused("UNIQUE", tx -> {
            changeEverything(tx);
            tx.findings().save(finding("f2").build());
            return null;
        });
        assertNothingChanged();
    }

    @Test
    void aFailedSqlStatementComesBackAsAStoreExceptionWithItsCause() {
        StoreException e = assertThrows(StoreException.class, () -> fx.write(tx -> {
            throw new SQLException("disk I/O error");
        }));
        assertEquals("disk I/O error", assertInstanceOf(SQLException.class, e.getCause()).getMessage());
    }

    @Test
    void aRehearsalReturnsWhatTheWorkFoundButLeavesNothing() {
        long seen = fx.workspace.rehearse(tx -> {
            changeEverything(tx);
            return tx.findings().countOfRound(SPRING) + tx.audit().count();
        });
        assertEquals(2, seen, "inside the rehearsal its own changes are visible");
        assertNothingChanged();
    }

    @Test
    void aRehearsalThatThrowsLeavesNothingEither() {
        assertThrows(IllegalStateException.class, () -> fx.workspace.rehearse(tx -> {
            changeEverything(tx);
            throw new IllegalStateException("stop");
        }));
        assertNothingChanged();
        fx.write(tx -> {
            changeEverything(tx);
            return null;
        });
        assertEquals(1, fx.count("audit_entry"), "the workspace is writable after a failed rehearsal");
    }

    @Test
    void aReadSeesWhatEarlierWritesCommitted() {
        fx.write(tx -> {
            changeEverything(tx);
            return null;
        });
        assertEquals(List.of("f1"), fx.read(tx -> tx.findings().ofRound(SPRING).stream().map(org.civicinspect.model.Finding::id).toList()));
    }

    @Test
    void aTransactionHandsOutOneRepositoryOfEachKind() {
        fx.read(tx -> {
            assertSame(tx.findings(), tx.findings());
            assertSame(tx.sites(), tx.sites());
            assertSame(tx.rounds(), tx.rounds());
            assertSame(tx.inspections(), tx.inspections());
            assertSame(tx.people(), tx.people());
            assertSame(tx.indicatorSets(), tx.indicatorSets());
            assertSame(tx.problems(), tx.problems());
            assertSame(tx.candidates(), tx.candidates());
            assertSame(tx.conflicts(), tx.conflicts());
            assertSame(tx.packages(), tx.packages());
            assertSame(tx.photos(), tx.photos());
            assertSame(tx.rechecks(), tx.rechecks());
            assertSame(tx.reviews(), tx.reviews());
            assertSame(tx.negativeEvents(), tx.negativeEvents());
            assertSame(tx.deadlineRules(), tx.deadlineRules());
            assertSame(tx.audit(), tx.audit());
            return null;
        });
    }

    @Test
    void anIntegrityCheckOfASoundWorkspaceSaysOk() {
        assertEquals("ok", fx.read(Tx::integrityCheck));
    }
}
