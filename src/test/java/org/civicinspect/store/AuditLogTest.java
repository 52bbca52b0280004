package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.store.AuditLog.Action;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hash-chained audit log on its own: each entry links to the one before and its hash covers every field, so that
 * an entry edited in the file is the first broken link. (The service test covers what use cases log.)
 */
class AuditLogTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private AuditEntry append(Instant at, String actor, Action action, String subject, String detail) {
        return fx.write(tx -> tx.audit().append(at, actor, action, subject, detail));
    }

    private void appendThree() {
        append(NOW, "张伟", Action.ANSWER, "finding:f1", "v1 answer=MET");
        append(NOW.plusMillis(1), "李娜", Action.ANSWER, "finding:f1", "v2 answer=NOT_MET note=有积水");
        append(NOW.plusMillis(2), "赵主任", Action.REVIEW, "inspection:r/s", "approved");
    }

    private Optional<AuditEntry> firstBrokenLink() {
        return fx.read(tx -> tx.audit().firstBrokenLink());
    }

    /** Changes the stored entry as someone with a database tool could: without the trigger that forbids it. */
    private void tamper(String sql) {
        fx.write(tx -> {
            try (Statement s = tx.connection().createStatement()) {
                StoreFixture.dropTrigger(tx.connection(), "audit_entry_no_update", "audit_entry");
                s.executeUpdate(sql);
            }
            return null;
        });
    }

    @Test
    void theFirstEntryLinksToTheGenesisHashAndEachNextToTheOneBefore() {
        AuditEntry first = append(NOW, "张伟", Action.ANSWER, "finding:f1", "v1");
        AuditEntry second = append(NOW, "张伟", Action.ANSWER, "finding:f1", "v2");
        assertEquals(1, first.seq());
        assertEquals(AuditLog.GENESIS, first.previousHash());
        // On a server the entry also names the login that wrote it (the test server's), and the hash covers it.
        assertEquals(AuditLog.hash(AuditLog.GENESIS, 1, NOW.toString(), "张伟", "ANSWER", "finding:f1", "v1", null, first.login()), first.hash());
        assertEquals(2, second.seq());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(Optional.empty(), firstBrokenLink());
    }

    @Test
    void readsBackEveryFieldOfTheEntriesAboutASubjectOldestFirst() {
        Instant precise = Instant.parse("2026-11-27T08:00:00.123456Z");
        AuditEntry one = append(precise, "张伟", Action.ANSWER, "finding:f1", "v1 note=东门“垃圾桶”满溢\n第二行");
        append(NOW, "李娜", Action.SITE, "site:s1", "added 城东区 幸福公园 公园");
        AuditEntry three = append(NOW.plusSeconds(1), "李娜", Action.CORRECTION, "finding:f1", "v2 reason=复核");
        assertEquals(List.of(one, three), fx.read(tx -> tx.audit().about("finding:f1")));
        assertEquals(precise, fx.read(tx -> tx.audit().about("finding:f1")).get(0).at(), "microseconds kept");
        assertEquals(List.of(), fx.read(tx -> tx.audit().about("finding:none")));
        assertEquals(3L, fx.<Long>read(tx -> tx.audit().count()));
    }

    @Test
    void aBlankActorIsRecordedAsUnknownAndNoDetailAsEmpty() {
        AuditEntry entry = append(NOW, " ", Action.EXPORT, "file:a.xlsx", null);
        assertEquals("?", entry.actor());
        assertEquals("", entry.detail());
        assertEquals(List.of(entry), fx.read(tx -> tx.audit().about("file:a.xlsx")));
        assertEquals("?", append(NOW, null, Action.EXPORT, "file:b.xlsx", "").actor());
        assertEquals(Optional.empty(), firstBrokenLink());
    }

    @Test
    void anEmptyLogIsWhole() {
        assertEquals(Optional.empty(), firstBrokenLink());
        assertEquals(0L, fx.<Long>read(tx -> tx.audit().count()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "at, '2026-11-27T08:00:00.999Z'",
        "actor, '别人'",
        "action, 'EXPORT'",
        "subject, 'finding:f2'",
        "detail, 'v2 answer=MET'",
        "previous_hash, '1111111111111111111111111111111111111111111111111111111111111111'",
        "hash, 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff'"})
    void anEditedFieldBreaksTheChainAtThatEntry(String column, String value) {
        appendThree();
        tamper("UPDATE audit_entry SET " + column + " = '" + value + "' WHERE seq = 2");
        assertEquals(2, firstBrokenLink().orElseThrow().seq());
    }

    @Test
    void aForgedEntryAtTheEndBreaksTheChain() {
        appendThree();
        AuditEntry last = fx.read(tx -> tx.audit().about("inspection:r/s")).get(0);
        fx.write(tx -> {
            // Written by the same login, as the server lets only that login write in its name.
            try (java.sql.PreparedStatement s = tx.connection().prepareStatement("INSERT INTO audit_entry (seq, at, actor, action, subject,"
                    + " detail, previous_hash, hash, login) VALUES (4, '" + NOW + "', '张伟', 'ANSWER', 'finding:f1', 'v3', '" + last.hash() + "', '"
                    + "0".repeat(64) + "', ?)")) {
                s.setString(1, last.login());
                s.executeUpdate();
            }
            return null;
        });
        assertEquals(4, firstBrokenLink().orElseThrow().seq());
    }

    @Test
    void anEntryWhoseChangeWasRolledBackLeavesNoGapInTheChain() {
        append(NOW, "张伟", Action.ANSWER, "finding:f1", "v1");
        assertThrows(IllegalStateException.class, () -> fx.write(tx -> {
            tx.audit().append(NOW, "张伟", Action.ANSWER, "finding:f1", "v2");
            throw new IllegalStateException("the change failed");
        }));
        AuditEntry next = append(NOW, "张伟", Action.ANSWER, "finding:f1", "v2 again");
        assertEquals(2, next.seq());
        assertEquals(Optional.empty(), firstBrokenLink());
    }

    @Test
    void theHashTellsWhereOneFieldEndsAndTheNextBegins() {
        assertNotEquals(AuditLog.hash(AuditLog.GENESIS, 1, "t", "ab", "c", "s", "d"), AuditLog.hash(AuditLog.GENESIS, 1, "t", "a", "bc", "s", "d"));
        assertNotEquals(AuditLog.hash(AuditLog.GENESIS, 1, "t", "a", "b", "s", ""), AuditLog.hash(AuditLog.GENESIS, 1, "t", "a", "b", "", "s"));
        assertEquals(64, AuditLog.hash(AuditLog.GENESIS, 1, "t", "a", "b", "s", "d").length());
    }

    @Test
    void aDeviceAndAServerLoginCannotPassForEachOther() {
        assertNotEquals(AuditLog.hash(AuditLog.GENESIS, 1, "t", "a", "b", "s", "d", "wangfang", null),
                AuditLog.hash(AuditLog.GENESIS, 1, "t", "a", "b", "s", "d", null, "wangfang"));
        assertEquals(AuditLog.hash(AuditLog.GENESIS, 1, "t", "a", "b", "s", "d", "device"),
                AuditLog.hash(AuditLog.GENESIS, 1, "t", "a", "b", "s", "d", "device", null), "entries written before logins were kept still verify");
    }
}
