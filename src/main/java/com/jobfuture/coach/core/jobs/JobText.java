package com.jobfuture.coach.core.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text helpers shared by the job sources and the board: HTML to plain text, one-line shortening, the words of a text,
 * and the normal forms that duplicates and the verified-company list compare.
 */
public final class JobText {
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|br|li|div|h[1-6]|tr|ul|ol)\\b[^>]{0,2000}>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "ltd", "llc", "gmbh", "bv", "b", "v", "sa", "ag",
            "co", "corp", "corporation", "limited", "plc", "oy", "ab", "as", "srl", "sl", "ug", "pty", "the");
    private static final Set<String> TITLE_NOISE = Set.of("remote", "hybrid", "m", "f", "d", "w", "x", "all",
            "genders", "fully", "100", "the", "a");

    private JobText() {
    }

    /** Plain text of an HTML fragment: tags removed (block tags become line breaks), entities decoded. */
    public static String plain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = BLOCK.matcher(html).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ");
        return decodeEntities(text).replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").replaceAll(" ?\\n[\\s]*", "\n")
                .strip();
    }

    /** The text on one line (whitespace and control characters collapsed) and at most {@code max} characters. */
    public static String line(String text, int max) {
        String one = SPACES.matcher(text == null ? "" : text).replaceAll(" ").replaceAll("\\p{Cntrl}", "").strip();
        if (one.length() <= max) {
            return one;
        }
        int cut = one.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? one.substring(0, cut) : one.substring(0, max - 1)).strip() + "…";
    }

    /** The lowercase words (letters and digits) of a text. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).toList();
    }

    /** A company's name as compared: lowercase words without legal suffixes ("Acme GmbH" = "acme"). */
    public static String companyKey(String company) {
        List<String> kept = new ArrayList<>(words(company));
        if (kept.size() > 1) {
            kept.removeIf(COMPANY_SUFFIXES::contains);
        }
        return String.join(" ", kept);
    }

    /** A title as compared: lowercase words without "remote", "(m/f/d)" and the like. */
    public static String titleKey(String title) {
        List<String> kept = new ArrayList<>(words(title));
        kept.removeIf(TITLE_NOISE::contains);
        return String.join(" ", kept);
    }

    /** A short form for log lines. */
    public static String shorten(String text) {
        String one = line(text, 200);
        return one.length() <= 40 ? one : one.substring(0, 40) + "…";
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#")) {
                try {
                    int code = name.startsWith("#x") || name.startsWith("#X")
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    replacement = Character.isValidCodePoint(code) && code >= 0x20 ? Character.toString(code) : " ";
                } catch (NumberFormatException e) {
                    replacement = m.group();
                }
            } else {
                replacement = switch (name) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "ndash" -> "–";
                    case "mdash" -> "—";
                    case "hellip" -> "…";
                    case "rsquo", "lsquo" -> "'";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
