package com.jobfuture.coach.core.settings;

import com.jobfuture.coach.core.chat.Choice;
import com.jobfuture.coach.core.chat.Suggestions;
import com.jobfuture.coach.core.common.TimeZones;
import java.util.List;

/**
 * Time zones while someone types one ({@link TimeZones#completions}: cities, ids, typos; the common zones when
 * nothing is typed yet). A finished value is recognized when it is a zone {@link TimeZones#find} knows.
 */
final class ZoneSuggestions implements Suggestions {
    /** Discord shows at most 25 suggestions. */
    private static final int LIMIT = 25;

    @Override
    public List<Choice> suggest(String typed) {
        return TimeZones.completions(typed, LIMIT).stream().map(id -> new Choice(id, id)).toList();
    }

    @Override
    public boolean recognizes(String value) {
        return TimeZones.find(value).isPresent();
    }
}
