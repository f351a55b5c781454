package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TelegramReplyFormatterTest {
    private final ReplyFormatter formatter = new ReplyFormatter();

    @Test
    void escapesEverythingAndRendersInlineAndFencedCode() {
        String text = "Use `select_related(\"author\")` when <b> & co:\n```python\nfor b in Book.objects.all():\n"
                + "    print(b.author.name)  # 1 < 2 && 3 > 2\n```\nDone.";

        List<String> parts = formatter.format(text);

        assertThat(parts).containsExactly("Use <code>select_related(\"author\")</code> when &lt;b&gt; &amp; co:\n"
                + "<pre><code class=\"language-python\">for b in Book.objects.all():\n"
                + "    print(b.author.name)  # 1 &lt; 2 &amp;&amp; 3 &gt; 2</code></pre>\nDone.");
    }

    @Test
    void fenceWithoutLanguageAndUnclosedFenceStaySafe() {
        assertThat(formatter.format("```\nx <y>\n```")).containsExactly("<pre>x &lt;y&gt;</pre>");
        assertThat(formatter.format("```python\nnot closed `x`")).containsExactly(
                "```python\nnot closed <code>x</code>");
    }

    @Test
    void plainTextRoundTripsThroughPlainTextFallback() {
        String text = "a < b & `c` > d";
        assertThat(ReplyFormatter.toPlainText(formatter.format(text).get(0))).isEqualTo("a < b & c > d");
    }

    @Test
    void longTextIsSplitAtLinesBelowTheLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("Line ").append(i).append(": the quick brown fox & friends jump.\n");
        }

        List<String> parts = formatter.format(text.toString());

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
        String joined = String.join("\n", parts);
        assertThat(ReplyFormatter.toPlainText(joined)).isEqualTo(text.toString().strip());
        assertThat(parts.get(0)).startsWith("Line 0:").doesNotEndWith("\n");
    }

    @Test
    void aHugeCodeBlockBecomesSeveralCompleteBlocks() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            code.append("x_").append(i).append(" = Book.objects.filter(pk__lt=").append(i).append(")\n");
        }
        String text = "Before\n```python\n" + code + "```\nAfter";

        List<String> parts = new ReplyFormatter(1000).format(text);

        assertThat(parts).hasSizeGreaterThan(3).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(1000);
            assertThat(count(part, "<pre>")).isEqualTo(count(part, "</pre>"));
            assertThat(count(part, "<code")).isEqualTo(count(part, "</code>"));
        });
        String visible = ReplyFormatter.toPlainText(String.join("\n", parts));
        assertThat(visible).startsWith("Before").endsWith("After").contains("x_0 = ", "x_399 = ");
    }

    @Test
    void aLineWithoutSpacesIsCutWithoutBreakingEntitiesOrSurrogatePairs() {
        String word = "&<>😀".repeat(400);

        List<String> parts = new ReplyFormatter(100).format(word);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(100);
            assertThat(part).doesNotMatch("(?s).*&[a-z]*$");
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
        });
        assertThat(ReplyFormatter.toPlainText(String.join("", parts))).isEqualTo(word);
    }

    @Test
    void longInlineCodeIsSplitIntoCompleteCodeSpans() {
        String text = "see `" + "a_very_long_identifier ".repeat(20).strip() + "` now";

        List<String> parts = new ReplyFormatter(120).format(text);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(120);
            assertThat(count(part, "<code>")).isEqualTo(count(part, "</code>"));
        });
    }

    @Test
    void emptyTextStillGivesOneMessage() {
        assertThat(formatter.format("  \n ")).containsExactly("…");
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
