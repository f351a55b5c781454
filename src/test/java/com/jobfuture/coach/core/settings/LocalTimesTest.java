package com.jobfuture.coach.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalTimesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void anOrdinaryDayKeepsTheLocalTimeAcrossSeasons() {
        assertThat(LocalTimes.instantOn(LocalDate.parse("2026-01-15"), LocalTime.of(9, 0), BERLIN))
                .isEqualTo(Instant.parse("2026-01-15T08:00:00Z"));
        assertThat(LocalTimes.instantOn(LocalDate.parse("2026-07-15"), LocalTime.of(9, 0), BERLIN))
                .isEqualTo(Instant.parse("2026-07-15T07:00:00Z"));
    }

    @Test
    void aTimeInTheSpringForwardGapIsTheEndOfTheGap() {
        assertThat(LocalTimes.instantOn(LocalDate.parse("2026-03-29"), LocalTime.of(2, 30), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z")); // 03:00 CEST
        assertThat(LocalTimes.instantOn(LocalDate.parse("2026-03-29"), LocalTime.of(2, 0), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(LocalTimes.instantOn(LocalDate.parse("2026-03-29"), LocalTime.of(3, 0), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void aTimeInTheFallBackOverlapIsItsFirstOccurrence() {
        assertThat(LocalTimes.instantOn(LocalDate.parse("2026-10-25"), LocalTime.of(2, 30), BERLIN))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z")); // 02:30 CEST, not 02:30 CET (01:30Z)
    }

    @Test
    void nextIsAtOrAfterTheGivenInstantAndAfterTheGivenDate() {
        Instant morning = Instant.parse("2026-03-02T07:00:00Z"); // 08:00 in Berlin
        assertThat(LocalTimes.next(LocalTime.of(8, 0), BERLIN, morning, null)).isEqualTo(morning);
        assertThat(LocalTimes.next(LocalTime.of(7, 59), BERLIN, morning, null))
                .isEqualTo(Instant.parse("2026-03-03T06:59:00Z"));
        assertThat(LocalTimes.next(LocalTime.of(18, 0), BERLIN, morning, LocalDate.parse("2026-03-02")))
                .isEqualTo(Instant.parse("2026-03-03T17:00:00Z"));
        assertThat(LocalTimes.next(LocalTime.of(9, 0), ZoneId.of("Pacific/Kiritimati"),
                Instant.parse("2026-03-01T12:00:00Z"), null)).isEqualTo(Instant.parse("2026-03-01T19:00:00Z"));
    }

    @Test
    void aWholeSkippedDayStillHasAnInstant() {
        // Samoa skipped 30 December 2011 when it crossed the date line.
        ZoneId apia = ZoneId.of("Pacific/Apia");
        Instant noonOfTheMissingDay = LocalTimes.instantOn(LocalDate.parse("2011-12-30"), LocalTime.NOON, apia);
        assertThat(noonOfTheMissingDay.atZone(apia).toLocalDate()).isEqualTo(LocalDate.parse("2011-12-31"));
    }
}
