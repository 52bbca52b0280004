package org.civicinspect.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The times in package entries: read by their digits when written as packages write them, any other ISO-8601 form as before. */
class PackageJsonTest {

    record Times(List<Instant> at) {
    }

    private static List<Instant> read(String... texts) throws PackageProblem {
        String json = "{\"at\":[\"" + String.join("\",\"", texts) + "\"]}";
        return PackageJson.read("team.ciresult", "content.json", json.getBytes(StandardCharsets.UTF_8), Times.class).at();
    }

    @Test
    void readsUtcTimesWithAndWithoutFractionsToTheNanosecond() throws PackageProblem {
        // 2026-01-01 is day 56 × 365 + 14 leap days = 20,454 after 1970-01-01, and 2026-03-02 is 31 + 28 + 1 = 60 days
        // later, day 20,514: 20,514 × 86,400 = 1,772,409,600 s; 08:30:05 adds 28,800 + 1,800 + 5 = 30,605 s.
        long seconds = 1_772_440_205L;
        assertEquals(List.of(Instant.ofEpochSecond(seconds), Instant.ofEpochSecond(seconds, 100_000_000), Instant.ofEpochSecond(seconds, 123_000_000),
                        Instant.ofEpochSecond(seconds, 123_456_000), Instant.ofEpochSecond(seconds, 123_456_789)),
                read("2026-03-02T08:30:05Z", "2026-03-02T08:30:05.1Z", "2026-03-02T08:30:05.123Z", "2026-03-02T08:30:05.123456Z",
                        "2026-03-02T08:30:05.123456789Z"));
    }

    @Test
    void readsTheLastDayOfAFebruaryInALeapYear() throws PackageProblem {
        // 2026 and 2027 have 365 days each, and 2028-02-29 is 31 + 28 = 59 days after 2028-01-01: day 20,454 + 730 + 59
        // = 21,243, × 86,400 = 1,835,395,200 s, plus 23:59:59 = 86,399 s.
        assertEquals(List.of(Instant.ofEpochSecond(1_835_481_599L)), read("2028-02-29T23:59:59Z"));
    }

    @Test
    void leavesOtherIsoFormsToTheGeneralReading() throws PackageProblem {
        // +08:00 is eight hours ahead of UTC: 16:30:05 there is 08:30:05 UTC.
        assertEquals(List.of(Instant.ofEpochSecond(1_772_440_205L)), read("2026-03-02T16:30:05+08:00"));
    }

    @Test
    void refusesATimeThatIsNoTimeNamingTheEntry() {
        for (String wrong : List.of("2026-02-30T08:30:05Z", "2026-03-02T25:00:00Z", "2026-03-02T08:3x:05Z", "yesterday")) {
            PackageProblem problem = assertThrows(PackageProblem.class, () -> read(wrong), wrong);
            assertEquals("package.badJson", problem.messageKey(), wrong);
            assertEquals("content.json", problem.args().get(1), wrong);
        }
    }
}
