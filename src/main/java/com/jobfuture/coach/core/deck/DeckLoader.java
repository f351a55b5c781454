package com.jobfuture.coach.core.deck;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads deck files (YAML) from files and folders, validating every question and reporting every problem at once
 * with file, line and field. Thread-safe: holds no state between calls.
 */
public final class DeckLoader {

    /**
     * Loads the given files and folders (folders are searched recursively for {@code *.yaml} / {@code *.yml}).
     * Problems never throw: they come back in the result, and the catalog holds the questions that were valid.
     */
    public DeckLoadResult load(List<Path> paths) {
        List<DeckProblem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            collectFiles(path, files, problems);
        }
        List<Question> questions = new ArrayList<>();
        Map<String, String> questionIdToPlace = new HashMap<>();
        Map<String, String> topicIdToPlace = new HashMap<>();
        for (Path file : files) {
            String name = displayName(file);
            Node root = parse(file, name, problems);
            if (root == null) {
                continue;
            }
            DeckFileReader reader = new DeckFileReader(name, problems);
            DeckFileReader.ParsedDeck deck = reader.read(root);
            if (deck == null) {
                continue;
            }
            String earlierTopic = topicIdToPlace.putIfAbsent(deck.topic().id(), name + ":" + deck.topicLine());
            if (earlierTopic != null) {
                problems.add(new DeckProblem(name, deck.topicLine(),
                        "topic: duplicate topic id '" + deck.topic().id() + "' (first defined at " + earlierTopic + ")"));
            }
            for (DeckFileReader.ParsedQuestion parsed : deck.questions()) {
                String place = name + ":" + parsed.line();
                String earlier = questionIdToPlace.putIfAbsent(parsed.question().id(), place);
                if (earlier != null) {
                    problems.add(new DeckProblem(name, parsed.line(),
                            "id: duplicate question id '" + parsed.question().id() + "' (first defined at " + earlier
                                    + ")"));
                } else {
                    questions.add(parsed.question());
                }
            }
        }
        problems.sort(null);
        return new DeckLoadResult(new DeckCatalog(questions), problems, files.size());
    }

    private static void collectFiles(Path path, List<Path> files, List<DeckProblem> problems) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                TreeSet<Path> sorted = new TreeSet<>();
                walk.filter(Files::isRegularFile).filter(DeckLoader::isYaml).forEach(sorted::add);
                files.addAll(sorted);
            } catch (IOException e) {
                problems.add(new DeckProblem(displayName(path), 0, "cannot read folder: " + e.getMessage()));
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else {
            problems.add(new DeckProblem(displayName(path), 0, "no such file or folder"));
        }
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static Node parse(Path file, String name, List<DeckProblem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(2 * 1024 * 1024);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                problems.add(new DeckProblem(name, 1, "the file is empty"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            problems.add(new DeckProblem(name, line, "broken YAML: " + problem + context));
        } catch (YAMLException e) {
            problems.add(new DeckProblem(name, 0, "broken YAML: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new DeckProblem(name, 0, "cannot read file: " + e.getMessage()));
        }
        return null;
    }

    private static String displayName(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : path.toString();
    }
}
