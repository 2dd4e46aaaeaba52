package se.omvarldsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 5545 text escaping and line folding. */
class ICalendarTests {

    @Test
    void escapesText() {
        assertThat(ICalendar.escape("a,b;c\\d")).isEqualTo("a\\,b\\;c\\\\d");
        assertThat(ICalendar.escape("rad1\nrad2\r\nslut")).isEqualTo("rad1\\nrad2\\nslut");
        assertThat(ICalendar.escape("tab\there, bell\u0007 gone")).isEqualTo("tab here\\, bell gone");
    }

    @Test
    void foldsAt75OctetsWithoutSplittingCharacters() {
        String value = "Sista ansökningsdag: " + "åäö€😀".repeat(40);
        String cal = new ICalendar().text("SUMMARY", value).time("DTSTART", Instant.parse("2026-03-31T15:00:00Z")).toString();
        for (String line : cal.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(cal.replace("\r\n ", "")).startsWith("SUMMARY:" + value + "\r\n").endsWith("DTSTART:20260331T150000Z\r\n");
    }
}
