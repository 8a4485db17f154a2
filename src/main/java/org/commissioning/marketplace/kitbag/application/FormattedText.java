package org.commissioning.marketplace.kitbag.application;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A kitbag item's text is written in Markdown (headings, lists, emphasis, links) and shown as
 * HTML that cannot carry a script: any HTML in the text is escaped, and links other than http,
 * https and mailto are dropped.
 */
public final class FormattedText {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private FormattedText() {
    }

    public static String html(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return RENDERER.render(document);
    }
}
