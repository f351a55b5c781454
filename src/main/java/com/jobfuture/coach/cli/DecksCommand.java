package com.jobfuture.coach.cli;

import com.jobfuture.coach.core.deck.DeckLoadResult;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.DeckProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Deck tools: {@code decks lint [PATH...]}. */
@Command(name = "decks", mixinStandardHelpOptions = true, description = "Work with question decks.",
        subcommands = DecksCommand.Lint.class)
final class DecksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Validates decks and prints every problem and warning as {@code file:line: message}; exit 1 on a problem. */
    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "Validate deck files; print every problem as file:line: message (warnings too); "
                    + "exit 1 if any problem (warnings alone exit 0).")
    static final class Lint implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "Deck files or folders (default: questions/).")
        List<Path> paths;

        @Override
        public Integer call() {
            List<Path> targets = paths == null || paths.isEmpty() ? List.of(Path.of("questions")) : paths;
            DeckLoadResult result = new DeckLoader().load(targets);
            PrintWriter out = spec.commandLine().getOut();
            for (DeckProblem problem : result.problems()) {
                out.println(problem);
            }
            out.printf("%d file(s), %d question(s) in %d topic(s), %d problem(s), %d warning(s)%n",
                    result.fileCount(), result.catalog().size(), result.catalog().topics().size(),
                    result.errors().size(), result.warnings().size());
            out.flush();
            return result.ok() ? 0 : 1;
        }
    }
}
