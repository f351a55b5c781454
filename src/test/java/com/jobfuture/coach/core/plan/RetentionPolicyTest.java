package com.jobfuture.coach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
    private static final LocalDate INTERVIEW = LocalDate.parse("2027-03-01");

    @Test
    void baseRetentionUntilTwoWeeksBeforeThenALinearRiseToPeakOnTheLastDay() {
        assertThat(on(INTERVIEW.minusDays(60))).isEqualTo(0.90);
        assertThat(on(INTERVIEW.minusDays(14))).isEqualTo(0.90);
        assertThat(on(INTERVIEW.minusDays(13))).isEqualTo(0.904);
        assertThat(on(INTERVIEW.minusDays(7))).isEqualTo(0.927);
        assertThat(on(INTERVIEW.minusDays(2))).isEqualTo(0.946);
        assertThat(on(INTERVIEW.minusDays(1))).isEqualTo(0.95);
        assertThat(on(INTERVIEW)).isEqualTo(0.95);
        assertThat(on(INTERVIEW.plusDays(1))).isEqualTo(0.90);
        assertThat(RetentionPolicy.on(INTERVIEW, Optional.empty())).isEqualTo(0.90);
    }

    @Test
    void itNeverFallsAsTheDateNears() {
        double previous = 0;
        for (LocalDate day = INTERVIEW.minusDays(30); !day.isAfter(INTERVIEW); day = day.plusDays(1)) {
            assertThat(on(day)).isGreaterThanOrEqualTo(previous).isBetween(RetentionPolicy.BASE, RetentionPolicy.PEAK);
            previous = on(day);
        }
    }

    private static double on(LocalDate day) {
        return RetentionPolicy.on(day, Optional.of(INTERVIEW));
    }
}
