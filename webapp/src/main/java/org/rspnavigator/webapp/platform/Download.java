package org.rspnavigator.webapp.platform;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A file as the service that makes it names it: its file name, its media type, and its content,
 * made when asked for (a document through the {@link DocumentQueue}). The API answers with it as
 * an attachment and the views offer it as a link, so that both doors give the same file the same
 * name.
 */
public record Download(String fileName, String mediaType, Supplier<byte[]> content) {

    public Download {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }

    /** Makes the content; a document may be refused as busy or stopped at its render budget. */
    public byte[] bytes() {
        return content.get();
    }
}
