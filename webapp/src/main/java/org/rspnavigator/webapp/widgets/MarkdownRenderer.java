package org.rspnavigator.webapp.widgets;

import org.rspnavigator.markup.SafeMarkdown;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Html;

/** Catalog and user Markdown as a Vaadin component, always through the sanitizing renderer. */
@Component
public class MarkdownRenderer {

    private final SafeMarkdown markdown = new SafeMarkdown();

    public com.vaadin.flow.component.Component render(String source) {
        Html html = new Html("<div class=\"rsp-markdown\">" + markdown.toHtml(source) + "</div>");
        return html;
    }
}
