package com.jobfuture.coach.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.testing.CoreFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing by name: commands, action namespaces, the owner of free text, and structured invocations. */
class CommandRoutingTest {
    @TempDir
    Path dir;
    CoreFixture core;
    final ChatUser dana = new ChatUser("test", "1", "Dana", false);

    /** A feature with one command, whose question stays open once asked; it records what it was given. */
    static class Asker implements ChatFeature {
        final String name;
        final List<String> seen = new ArrayList<>();
        boolean open;

        Asker(String name) {
            this.name = name;
        }

        @Override
        public List<CommandSpec> commands() {
            return List.of(CommandSpec.of(name, "/" + name, "asks"));
        }

        @Override
        public List<Reply> onCommand(ChatRequest request, String command, String args) {
            open = true;
            return List.of(Reply.withButtons(name + " asks", List.of(new Button(name + ":ok", "OK"))));
        }

        @Override
        public Optional<List<Reply>> onAction(ChatRequest request, String action) {
            seen.add(action);
            return action.equals(name + ":ok") ? Optional.of(List.of(Reply.text(name + " pressed"))) : Optional.empty();
        }

        @Override
        public Optional<List<Reply>> onText(ChatRequest request, String text) {
            return open ? Optional.of(List.of(Reply.text(name + " read " + text))) : Optional.empty();
        }
    }

    @BeforeEach
    void setUp() {
        core = new CoreFixture(dir);
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void actionsGoToTheFeatureOwningTheirNamespaceAndUnknownOnesHaveExpired() {
        Asker check = new Asker("check");
        Asker quiz = new Asker("quiz");
        CoachBot bot = new CoachBot(core.users, List.of(quiz, check), Set.of());

        assertThat(text(bot, Incoming.press(dana, "check:ok"))).isEqualTo("check pressed");
        assertThat(check.seen).containsExactly("check:ok");
        assertThat(quiz.seen).as("never asked about another feature's action").isEmpty();
        assertThat(text(bot, Incoming.press(dana, "check:gone"))).startsWith("That button has expired");
        assertThat(text(bot, Incoming.press(dana, "nobody:ok"))).startsWith("That button has expired");
    }

    @Test
    void freeTextGoesToTheFeatureLastUsedWhileBothHaveAQuestionOpen() {
        Asker quiz = new Asker("quiz");
        Asker check = new Asker("check");
        CoachBot bot = new CoachBot(core.users, List.of(quiz, check), Set.of());

        assertThat(text(bot, Incoming.message(dana, "hello"))).startsWith("I'm not sure what to do with that");
        bot.handle(Incoming.message(dana, "/quiz"));
        bot.handle(Incoming.message(dana, "/check"));
        assertThat(text(bot, Incoming.message(dana, "select_related"))).isEqualTo("check read select_related");
        bot.handle(Incoming.press(dana, "quiz:ok"));
        assertThat(text(bot, Incoming.message(dana, "prefetch"))).isEqualTo("quiz read prefetch");
    }

    @Test
    void twoFeaturesNeverShareACommandOrANamespace() {
        assertThatThrownBy(() -> new CoachBot(core.users, List.of(new Asker("quiz"), new Asker("quiz")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoachBot(core.users, List.of(new Asker("help")), Set.of()))
                .as("the built-in commands are reserved").isInstanceOf(IllegalArgumentException.class);
        Asker extra = new Asker("share") {
            @Override
            public Set<String> actionNamespaces() {
                return Set.of("quiz");
            }
        };
        assertThatThrownBy(() -> new CoachBot(core.users, List.of(new Asker("quiz"), extra), Set.of()))
                .hasMessageContaining("quiz");
    }

    @Test
    void structuredInvocationsBecomeTheLineTheFeatureReads() {
        CommandSpec spec = CommandSpec.of("plan", "/plan [weeks]", "a study plan").withSubcommands(
                new SubcommandSpec("make", "make one", "/plan make (weeks, level)", List.of(
                        ArgumentSpec.text("weeks", "how many weeks", 3).labelled("weeks "),
                        ArgumentSpec.choice("level", "the level", List.of(new Choice("Junior", "junior")))
                                .labelled("level "),
                        ArgumentSpec.text("goal", "typed", 50))));
        Map<String, String> options = new LinkedHashMap<>();
        options.put("level", "junior");
        options.put("weeks", " 4 ");
        options.put("goal", "django  job");
        assertThat(Invocation.of(spec, Optional.of("make"), options))
                .isEqualTo(Invocation.pass("/plan make django job weeks 4 level junior", false));
        assertThat(Invocation.of(spec, Optional.of("make"), Map.of("level", "guru")).refusal())
                .hasValue("There is no level \"guru\". Choose one of: junior.");
        assertThat(Invocation.of(spec, Optional.of("make"), Map.of("weeks", "1234")).refusal()).isPresent();
        assertThat(Invocation.of(spec, Optional.of("drop"), Map.of()).refusal())
                .hasValue("Usage: /plan make (weeks, level).");
        assertThat(Invocation.of(spec, Optional.empty(), Map.of(ArgumentSpec.TYPED, "make 4")))
                .as("an older client's typed line").isEqualTo(Invocation.pass("/plan make 4", false));
        assertThat(CommandSpec.of("jobs", "/jobs [keywords]", "roles").arguments())
                .extracting(ArgumentSpec::name).containsExactly(ArgumentSpec.TYPED);
    }

    private static String text(CoachBot bot, Incoming incoming) {
        return bot.handle(incoming).get(0).text();
    }
}
