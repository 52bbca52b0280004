package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a server address and a login are read: what the user writes, and what reaches the driver. */
class ServerLoginTest {

    @Test
    void anAddressNamesAServerAndAnythingElseAFolder() {
        assertTrue(ServerLogin.namesServer("postgresql://office:5432/civic"));
        assertTrue(ServerLogin.namesServer("postgres://office/civic"));
        assertFalse(ServerLogin.namesServer("/home/zhang/CivicInspect"));
        assertFalse(ServerLogin.namesServer("D:\\测评数据"));
    }

    @Test
    void theJdbcUrlHasTheHostThePortOrPostgresqlsOwnAndTheDatabase() {
        assertEquals("jdbc:postgresql://office:6543/civic", new ServerLogin("postgresql://office:6543/civic", "", null).jdbcUrl());
        assertEquals("jdbc:postgresql://office:5432/civic", new ServerLogin("postgres://zhang@office/civic?ssl=true", "", null).jdbcUrl());
    }

    @Test
    void theLoginIsTheOneGivenElseTheOneTheAddressNames() {
        assertEquals(Optional.of("li"), new ServerLogin("postgresql://zhang@office/civic", "li", null).login());
        assertEquals(Optional.of("zhang"), new ServerLogin("postgresql://zhang@office/civic", "", null).login());
        assertEquals(Optional.empty(), new ServerLogin("postgresql://office/civic", null, null).login());
    }

    @Test
    void aPasswordWrittenIntoTheAddressIsNeverTaken() {
        ServerLogin login = new ServerLogin("postgresql://zhang:secret@office/civic", "", null);
        assertEquals(Optional.of("zhang"), login.login());
        assertFalse(login.jdbcUrl().contains("secret"));
    }

    @Test
    void anAddressWithoutAHostOrADatabaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ServerLogin("postgresql:///civic", "", null).jdbcUrl());
        assertThrows(IllegalArgumentException.class, () -> new ServerLogin("postgresql://office", "", null).jdbcUrl());
    }
}
