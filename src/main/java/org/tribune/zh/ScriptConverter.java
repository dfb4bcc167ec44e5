package org.tribune.zh;

/**
 * Converts Chinese text between scripts and regional vocabularies. Implementations are immutable
 * and thread-safe; one instance serves the whole application.
 *
 * <pre>{@code
 * ScriptConverter toTraditional = ChineseConversions.load().converter(OpenccConfig.S2T);
 * toTraditional.convert("头发干燥");   // 頭髮乾燥
 * }</pre>
 */
public interface ScriptConverter {
    /** Appends the conversion of {@code text[from, to)} to {@code out}. */
    void convert(CharSequence text, int from, int to, StringBuilder out);

    default String convert(CharSequence text) {
        var out = new StringBuilder(text.length() + 16);
        convert(text, 0, text.length(), out);
        return out.toString();
    }
}
