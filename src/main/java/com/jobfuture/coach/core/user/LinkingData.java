package com.jobfuture.coach.core.user;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The /link data of a user for the export: a waiting code's expiry and recent wrong codes (codes are hashed). */
public final class LinkingData implements UserDataSection {
    private final LinkCodeRepository codes;

    public LinkingData(LinkCodeRepository codes) {
        this.codes = codes;
    }

    @Override
    public String name() {
        return "linking";
    }

    @Override
    public Object export(long userId) {
        Map<String, Object> linking = new LinkedHashMap<>();
        linking.put("code_waiting_until", codes.codeExpiry(userId, Instant.EPOCH).orElse(null));
        linking.put("wrong_codes_entered_at", codes.failuresSince(userId, Instant.EPOCH));
        return linking;
    }

    @Override
    public void merge(long from, long into) {
        // The used code is gone; the other user's codes and attempts are deleted with it.
    }
}
