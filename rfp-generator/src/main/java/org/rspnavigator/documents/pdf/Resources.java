package org.rspnavigator.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text kept on the class path beside the classes that use it: the documents' stylesheets. A missing
 * resource is a fault of the build, not of the input, and fails loudly.
 */
public final class Resources {

    private Resources() {
    }

    /** The UTF-8 text of {@code name}, resolved against the package of {@code anchor}. */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = Optional.ofNullable(anchor.getResourceAsStream(name))
                .orElseThrow(() -> new IllegalStateException("missing resource " + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
