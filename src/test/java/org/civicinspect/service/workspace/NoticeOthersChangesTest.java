package org.civicinspect.service.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program notices when someone else changed its workspace, and not when it changed it itself. */
class NoticeOthersChangesTest {

    @TempDir Path temp;

    @Test
    void theMarkMovesForAnotherProgramsChangeOnlyNeverForOneOfOurOwn() {
        Services ours = TestWorkspaces.open(temp.resolve("ws"));
        Services theirs = TestWorkspaces.open(temp.resolve("ws"));
        long before = ours.noticeOthersChanges().othersMark();

        ours.addPerson().run("王内业", "", Role.OFFICE, null);
        ours.addPerson().run("赵内业", "", Role.OFFICE, null);
        assertEquals(before, ours.noticeOthersChanges().othersMark(), "our own changes are not news to us");

        theirs.addPerson().run("李内业", "", Role.OFFICE, null);
        long after = ours.noticeOthersChanges().othersMark();
        assertNotEquals(before, after, "their change is");
        assertEquals(after, ours.noticeOthersChanges().othersMark(), "and only once");
    }
}
