package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.OptionOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A press on a check question whose options a /reload changed since it was shown is never counted. */
class CheckAfterDeckEditTest {
    private static final String RIGHT_SECOND = "      - text: wrong 1\n        why: It is the first wrong one.\n"
            + "      - text: right\n        correct: true\n";
    private static final String RIGHT_FIRST = "      - text: right\n        correct: true\n"
            + "      - text: wrong 1\n        why: It is the first wrong one.\n";

    @TempDir
    Path dir;

    @Test
    void aPressMadeBeforeTheOptionsWereReorderedIsRefusedAndTheQuestionShownAgain() throws IOException {
        try (CheckFixture fx = new CheckFixture(dir)) {
            long dana = fx.danaId();
            SkillCheckOutcome.Asked asked = (SkillCheckOutcome.Asked) fx.service.start(dana, Family.ORM);
            AskedItem shown = last(asked.check());
            assertThat(shown.optionsVersion()).isEqualTo(OptionOrder.versionOf(asked.question()));
            int rightBefore = 1; // "right" is the second option in the file
            assertThat(asked.question().options().get(rightBefore).correct()).isTrue();

            try (Stream<Path> files = Files.list(dir.resolve("questions"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("orm-check")).toList()) {
                    Files.writeString(file, Files.readString(file).replace(RIGHT_SECOND, RIGHT_FIRST));
                }
            }
            assertThat(fx.core.decks.reload().problems()).isEmpty();

            int itemNumber = asked.check().state().items().size();
            SkillCheckOutcome late = fx.service.answer(dana, asked.check().checkId(), itemNumber, rightBefore);
            assertThat(late).as("the old index now names \"wrong 1\"").isInstanceOf(SkillCheckOutcome.Stale.class);
            SkillCheckOutcome.Pending again = (SkillCheckOutcome.Pending) ((SkillCheckOutcome.Stale) late).current()
                    .orElseThrow();
            assertThat(again.question().id()).isEqualTo(shown.questionId());
            assertThat(again.check().state().items().stream().filter(AskedItem::answered)).as("nothing counted")
                    .isEmpty();
            AskedItem redrawn = last(again.check());
            assertThat(redrawn.optionsVersion()).isEqualTo(OptionOrder.versionOf(again.question()))
                    .isNotEqualTo(shown.optionsVersion());
            assertThat(fx.repository.running(dana).map(c -> last(c).optionsVersion())).as("stored")
                    .contains(redrawn.optionsVersion());

            SkillCheckOutcome answered = fx.service.answer(dana, again.check().checkId(), itemNumber, 0);
            assertThat(answered).isInstanceOf(SkillCheckOutcome.Asked.class);
            AskedItem first = ((SkillCheckOutcome.Asked) answered).check().state().items().get(itemNumber - 1);
            assertThat(first.correct()).as("\"right\" is now the first option").isTrue();
        }
    }

    private static AskedItem last(RunningCheck check) {
        List<AskedItem> items = check.state().items();
        return items.get(items.size() - 1);
    }
}
