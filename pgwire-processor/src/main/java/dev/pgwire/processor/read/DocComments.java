package dev.pgwire.processor.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.util.Elements;

/**
 * Turns Javadoc into table and column comments, for members without an explicit {@code description}.
 * A comment is the first paragraph of the main description (up to a blank line, {@code <p>} or the
 * first block tag) as plain text: inline tags reduced to their text ({@code {@code x}} is {@code x},
 * {@code {@link Foo#bar}} is {@code Foo.bar}), HTML tags dropped, entities decoded, white space
 * collapsed. A record component's comment is its {@code @param} text; a getter without a main
 * description uses its {@code @return} text.
 */
final class DocComments {
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^{}]*)}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n|<p\\s*/?>|</p>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@\\w+");

    private final Elements elements;

    DocComments(Elements elements) {
        this.elements = elements;
    }

    /** The comment of a table or column element, or empty. */
    String of(Element element) {
        String doc = element == null ? null : elements.getDocComment(element);
        if (doc == null) {
            return "";
        }
        String summary = summary(doc);
        if (summary.isEmpty() && element.getKind() == ElementKind.METHOD) {
            return blockTag(doc, "return", null);
        }
        return summary;
    }

    /** The comment of a record component: its {@code @param} text in the record's Javadoc, or empty. */
    String ofRecordComponent(Element record, String component) {
        String doc = elements.getDocComment(record);
        return doc == null ? "" : blockTag(doc, "param", component);
    }

    /** The first paragraph of the main description, as plain text. */
    static String summary(String doc) {
        Matcher tag = BLOCK_TAG.matcher(doc);
        String main = tag.find() ? doc.substring(0, tag.start()) : doc;
        for (String paragraph : PARAGRAPH.split(main)) {
            String text = plain(paragraph);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    /** The text of block tag {@code @name [argument]}, as plain text, or empty. */
    static String blockTag(String doc, String name, String argument) {
        String[] tags = doc.split("(?m)^\\s*(?=@\\w+)");
        for (String tag : tags) {
            String t = tag.strip();
            if (!t.startsWith("@" + name) || (t.length() > name.length() + 1
                    && !Character.isWhitespace(t.charAt(name.length() + 1)))) {
                continue;
            }
            String rest = t.substring(name.length() + 1).strip();
            if (argument != null) {
                String[] split = rest.split("\\s+", 2);
                if (!split[0].equals(argument)) {
                    continue;
                }
                rest = split.length > 1 ? split[1] : "";
            }
            return plain(rest);
        }
        return "";
    }

    /** Inline tags to their text, HTML dropped, entities decoded, white space collapsed. */
    static String plain(String text) {
        String s = text;
        for (int guard = 0; guard < 10; guard++) {
            Matcher m = INLINE_TAG.matcher(s);
            if (!m.find()) {
                break;
            }
            StringBuilder out = new StringBuilder();
            do {
                m.appendReplacement(out, Matcher.quoteReplacement(inline(m.group(1), m.group(2).strip())));
            } while (m.find());
            m.appendTail(out);
            s = out.toString();
        }
        s = HTML_TAG.matcher(s).replaceAll("");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** {@code {@link Foo#bar label}} is {@code label}, else {@code Foo.bar}; other tags are their text. */
    private static String inline(String tag, String body) {
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "link", "linkplain", "value", "see" -> {
                String[] parts = body.split("\\s+", 2);
                if (parts.length > 1) {
                    yield parts[1];
                }
                String ref = parts[0].replaceAll("\\(.*\\)$", "");
                yield ref.startsWith("#") ? ref.substring(1) : ref.replace('#', '.');
            }
            default -> body;
        };
    }
}
