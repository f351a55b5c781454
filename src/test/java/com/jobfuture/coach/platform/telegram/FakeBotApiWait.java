package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import java.util.function.BooleanSupplier;

/** Waits for a condition in end-to-end tests, with the rig's timeout. */
final class FakeBotApiWait {
    private FakeBotApiWait() {
    }

    static void until(String description, BooleanSupplier condition) {
        FakeBotApi.await(description, TelegramRig.WAIT, condition);
    }
}
