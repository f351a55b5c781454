package com.jobfuture.coach.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZonesTest {
    @Test
    void findsIanaIdsInAnyCaseAndUtcByName() {
        assertThat(TimeZones.find("Europe/Berlin")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZones.find("europe/berlin")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZones.find(" America/New_York ")).contains(ZoneId.of("America/New_York"));
        assertThat(TimeZones.find("utc")).contains(ZoneId.of("UTC"));
        assertThat(TimeZones.find("Etc/GMT+12")).contains(ZoneId.of("Etc/GMT+12"));
        assertThat(TimeZones.find("Berlin")).isEmpty();
        assertThat(TimeZones.find("Mars/Olympus_Mons")).isEmpty();
        assertThat(TimeZones.find("+02:00")).isEmpty();
    }

    @Test
    void suggestsTheIdForATypoOrABareCity() {
        assertThat(TimeZones.suggestions("Europe/Berln", 3)).first().isEqualTo("Europe/Berlin");
        assertThat(TimeZones.suggestions("berlin", 3)).containsExactly("Europe/Berlin");
        assertThat(TimeZones.suggestions("new york", 3)).first().isEqualTo("America/New_York");
        assertThat(TimeZones.suggestions("Kolkatta", 3)).contains("Asia/Kolkata");
        assertThat(TimeZones.suggestions("Mars/Olympus_Mons", 3)).isEmpty();
        assertThat(TimeZones.suggestions("", 3)).isEmpty();
    }

    @Test
    void levenshteinDistance() {
        assertThat(TimeZones.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(TimeZones.distance("", "abc")).isEqualTo(3);
        assertThat(TimeZones.distance("same", "same")).isZero();
    }
}
