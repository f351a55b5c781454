package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.user.UserDataSection;

/** A member's answers to questions of the day as user data: exported on /export, moved when /link merges users. */
public final class DailyAnswerData implements UserDataSection {
    private final DailyRepository daily;

    public DailyAnswerData(DailyRepository daily) {
        this.daily = daily;
    }

    @Override
    public String name() {
        return "daily_answers";
    }

    @Override
    public Object export(long userId) {
        return daily.answersOf(userId);
    }

    @Override
    public void merge(long from, long into) {
        daily.moveAnswers(from, into);
    }
}
