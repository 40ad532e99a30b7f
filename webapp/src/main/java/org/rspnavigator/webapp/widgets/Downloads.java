package org.rspnavigator.webapp.widgets;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import org.rspnavigator.webapp.platform.Download;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** Download links styled as buttons, whose file is made when the link is followed. */
public final class Downloads {

    private Downloads() {
    }

    /** A link to a file as its service names it; the file is made when the link is followed. */
    public static Anchor link(String id, String label, Download download) {
        return link(id, label, download.fileName(), download.mediaType(), download::bytes);
    }

    public static Anchor link(String id, String label, String fileName, String mediaType, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(label));
        link.addClassName("rsp-button-link");
        link.setId(id);
        link.getElement().setAttribute("download", fileName);
        return link;
    }
}
