package org.tribune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the rule that templates hold no reader-facing text of their own: every word comes from the
 * message bundles. What is left of a template once jte code and HTML markup are removed must be
 * whitespace and punctuation only.
 */
class TemplateTextTest {
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}\\p{M}]");
    private static final Pattern READER_ATTRIBUTE = Pattern.compile(
            "(?i)\\s(alt|title|aria-label|aria-description|placeholder|label)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    @Test
    void templates_hold_no_literal_text() {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            literals.addAll(lineReport(template, readerText(read(template))));
        }
        assertThat(literals)
                .as("literal text in templates; move it to messages/*.properties")
                .isEmpty();
    }

    @Test
    void templates_hold_no_literal_text_in_reader_facing_attributes() {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            literals.addAll(attributeReport(TEMPLATES.relativize(template), read(template)));
        }
        assertThat(literals).as("literal attribute text in templates").isEmpty();
    }

    @Test
    void the_guard_reads_every_template() {
        assertThat(templates())
                .extracting(p -> TEMPLATES.relativize(p).toString().replace('\\', '/'))
                .contains("layout.jte", "site/article.jte", "site/listing.jte", "web/error.jte");
    }

    @Test
    void the_guard_catches_literal_text_between_tags() {
        assertThat(readerText("<footer>\n<p>Back to Top</p>\n</footer>")).contains("Back to Top");
        assertThat(readerText("<h2>您可能还喜欢</h2>")).contains("您可能还喜欢");
        assertThat(readerText("<p>${page.title()} by Jane</p>")).contains("by Jane");
        assertThat(readerText("<p>Page 2</p>")).containsPattern(WORDS);
    }

    @Test
    void the_guard_catches_text_in_content_blocks_and_between_directives() {
        assertThat(readerText("@template.layout(layout = page.layout(), content = @`\n<h1>Archive</h1>\n`)"))
                .contains("Archive");
        assertThat(readerText("@template.layout(x = @`<p>Inline</p>`)")).contains("Inline");
        assertThat(readerText("<p>@if(page.more())Read more@endif</p>")).contains("Read more");
        assertThat(readerText("@for(var a : page.authors())\n and ${a}\n@endfor"))
                .contains("and");
    }

    @Test
    void the_guard_catches_literal_reader_facing_attributes() {
        assertThat(attributeReport(Path.of("x.jte"), "<img src=\"${p.src()}\" alt=\"Logo\">"))
                .containsExactly("x.jte:1: alt=\"Logo\"");
        assertThat(attributeReport(Path.of("x.jte"), "<nav aria-label=\"${layout.t(\"nav.main\")}\">"))
                .isEmpty();
    }

    @Test
    void jte_code_and_html_markup_are_not_reader_text() {
        String template = """
                @import org.tribune.web.Layout
                @param Layout layout
                <%-- a note for developers --%>
                <!DOCTYPE html>
                <!-- an HTML comment -->
                <html lang="${layout.lang().tag()}">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                !{var label = layout.t("nav.home");}
                @if(layout.description() != null && layout.title().length() > 3)
                <a href="${layout.homePath()}" class="x">${label}</a>&nbsp;&middot;&#160;
                @elseif(java.util.Map.of("k", "}").isEmpty())
                $unsafe{layout.t("footer.note", Map.of("a", "{b}"))}
                @else
                <span data-x='${'}'}'>·</span>
                @endif
                @template.site.teaser(teaser = teaser, byLabel = layout.t("article.by"))
                <script>var words = "not for readers";</script>
                <style>p { color: red; }</style>
                """;

        assertThat(readerText(template)).doesNotContainPattern(WORDS);
    }

    private static List<String> lineReport(Path template, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (WORDS.matcher(lines[i]).find()) {
                found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + lines[i].strip());
            }
        }
        return found;
    }

    private static List<String> attributeReport(Path template, String source) {
        var code = new JteText(source);
        code.blankComments();
        code.blankExpressions();
        String text = code.text();
        List<String> found = new ArrayList<>();
        Matcher m = READER_ATTRIBUTE.matcher(text);
        while (m.find()) {
            if (WORDS.matcher(m.group(2)).find()) {
                int line = (int) text.substring(0, m.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count()
                        + 1;
                found.add(template + ":" + line + ": " + m.group().strip());
            }
        }
        return found;
    }

    /** The template with jte code, markup, comments and entities blanked out, lines kept in place. */
    static String readerText(String template) {
        var text = new JteText(template);
        text.blankComments();
        text.blankExpressions();
        text.blankTemplateCalls();
        text.blankDirectives();
        text.blankMarkup();
        return text.text();
    }

    private static List<Path> templates() {
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            return walk.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A template being reduced to its literal text. Removed parts become spaces so that positions
     * and line numbers stay those of the source.
     */
    private static final class JteText {
        private static final Pattern JTE_COMMENT = Pattern.compile("(?s)<%--.*?--%>");
        private static final Pattern EXPRESSION_START = Pattern.compile("\\$unsafe\\{|\\$\\{|!\\{");
        private static final Pattern TEMPLATE_CALL = Pattern.compile("@template\\.[\\w.]+\\s*\\(");
        private static final Pattern CONDITION = Pattern.compile("@(?:if|elseif|for)\\s*\\(");
        private static final Pattern KEYWORD = Pattern.compile("@(?:else|endif|endfor|raw|endraw)\\b");
        private static final Pattern DECLARATION = Pattern.compile("@(?:import|param)\\b[^\\n]*");
        private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
        private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
        private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
        private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]*|#\\d+|#[xX][0-9a-fA-F]+);");

        private final char[] chars;

        JteText(String template) {
            this.chars = template.toCharArray();
        }

        String text() {
            return new String(chars);
        }

        void blankComments() {
            blankAll(JTE_COMMENT);
        }

        /** {@code ${…}}, {@code $unsafe{…}} and {@code !{…}}, with braces and strings inside them. */
        void blankExpressions() {
            Matcher m = EXPRESSION_START.matcher(text());
            while (m.find()) {
                if (chars[m.start()] != ' ') {
                    blank(m.start(), closing(m.end() - 1, '{', '}') + 1);
                }
            }
        }

        /** {@code @template.x(…)}: its arguments are code, but content blocks {@code @`…`} are text. */
        void blankTemplateCalls() {
            Matcher m = TEMPLATE_CALL.matcher(text());
            while (m.find()) {
                blankCall(m.start(), m.end() - 1);
            }
        }

        void blankDirectives() {
            Matcher m = CONDITION.matcher(text());
            while (m.find()) {
                blank(m.start(), closing(m.end() - 1, '(', ')') + 1);
            }
            blankAll(KEYWORD);
            blankAll(DECLARATION);
        }

        void blankMarkup() {
            blankAll(SCRIPT_OR_STYLE);
            blankAll(HTML_COMMENT);
            blankAll(TAG);
            blankAll(ENTITY);
        }

        private void blankCall(int start, int open) {
            int depth = 0;
            int codeFrom = start;
            int i = open;
            while (i < chars.length) {
                char c = chars[i];
                if (c == '"' || c == '\'') {
                    i = endOfLiteral(i);
                } else if (c == '@' && i + 1 < chars.length && chars[i + 1] == '`') {
                    blank(codeFrom, i + 2);
                    i = endOfContentBlock(i + 2);
                    codeFrom = i;
                    continue;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    blank(codeFrom, i + 1);
                    return;
                }
                i++;
            }
            throw new AssertionError("unclosed template call at offset " + start);
        }

        /** Index of the backtick closing a content block that starts at {@code from}. */
        private int endOfContentBlock(int from) {
            int nested = 0;
            for (int i = from; i < chars.length; i++) {
                if (chars[i] == '@' && i + 1 < chars.length && chars[i + 1] == '`') {
                    nested++;
                    i++;
                } else if (chars[i] == '`') {
                    if (nested == 0) {
                        return i;
                    }
                    nested--;
                }
            }
            throw new AssertionError("unclosed content block at offset " + from);
        }

        /** Index of the bracket closing the one at {@code open}, skipping Java string and char literals. */
        private int closing(int open, char opening, char close) {
            int depth = 0;
            for (int i = open; i < chars.length; i++) {
                char c = chars[i];
                if (c == '"' || c == '\'') {
                    i = endOfLiteral(i);
                } else if (c == opening) {
                    depth++;
                } else if (c == close && --depth == 0) {
                    return i;
                }
            }
            throw new AssertionError("unclosed '" + opening + "' at offset " + open);
        }

        private int endOfLiteral(int quote) {
            for (int i = quote + 1; i < chars.length; i++) {
                if (chars[i] == '\\') {
                    i++;
                } else if (chars[i] == chars[quote]) {
                    return i;
                }
            }
            throw new AssertionError("unclosed literal at offset " + quote);
        }

        private void blankAll(Pattern pattern) {
            Matcher m = pattern.matcher(text());
            while (m.find()) {
                blank(m.start(), m.end());
            }
        }

        private void blank(int from, int to) {
            for (int i = from; i < to; i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
    }
}
