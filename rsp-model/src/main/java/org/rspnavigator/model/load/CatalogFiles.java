package org.rspnavigator.model.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The text of every catalog file, keyed by its path relative to the catalog root
 * ({@code standards/icd-10.md}), read from a directory or from the class path (a directory or a
 * jar, nested or not).
 */
public final class CatalogFiles {

    /** The manifest that marks a catalog root. */
    public static final String MANIFEST = "catalog.yaml";

    /** Where the catalog sits on the class path. */
    public static final String CLASSPATH_ROOT = "catalog/";

    private final String origin;
    private final Map<String, String> texts;

    private CatalogFiles(String origin, Map<String, String> texts) {
        this.origin = origin;
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    /** Files given in memory, for tests and tools. */
    public static CatalogFiles of(String origin, Map<String, String> texts) {
        return new CatalogFiles(origin, texts);
    }

    public static CatalogFiles fromDirectory(Path root) {
        if (!Files.isRegularFile(root.resolve(MANIFEST))) {
            throw new InvalidCatalogException(java.util.List.of(new CatalogProblem(root.resolve(MANIFEST).toString(), 1,
                    "no catalog here: " + MANIFEST + " is missing")));
        }
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (isCatalogFile(relative)) {
                    texts.put(relative, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog in " + root, e);
        }
        return new CatalogFiles(root.toString(), texts);
    }

    /** The catalog that {@code catalog-data} puts on the class path. */
    public static CatalogFiles fromClasspath(ClassLoader loader) {
        URL manifest = loader.getResource(CLASSPATH_ROOT + MANIFEST);
        if (manifest == null) {
            throw new IllegalStateException("no catalog on the class path: " + CLASSPATH_ROOT + MANIFEST
                    + " not found (is the catalog-data module a dependency?)");
        }
        try {
            if ("file".equals(manifest.getProtocol())) {
                return fromDirectory(Paths.get(manifest.toURI()).getParent());
            }
            URLConnection connection = manifest.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile jarFile = jar.getJarFile()) {
                    return fromJar(manifest.toString(), jarFile);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog at " + manifest, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the catalog at " + manifest, e);
        }
        throw new IllegalStateException("cannot list the catalog at " + manifest + ": unsupported location");
    }

    private static CatalogFiles fromJar(String origin, JarFile jarFile) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (JarEntry entry : Collections.list(jarFile.entries())) {
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(CLASSPATH_ROOT)) {
                String relative = name.substring(CLASSPATH_ROOT.length());
                if (isCatalogFile(relative)) {
                    try (InputStream in = jarFile.getInputStream(entry)) {
                        texts.put(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return new CatalogFiles(origin, texts);
    }

    private static boolean isCatalogFile(String relative) {
        return relative.equals(MANIFEST) || relative.endsWith(".md") || relative.endsWith(".yaml");
    }

    /** Where the files were read from, for messages. */
    public String origin() {
        return origin;
    }

    /** All files, path to text, sorted by path. */
    public Map<String, String> texts() {
        return texts;
    }

    /** The files in {@code folder} ({@code "standards/"}), path to text. */
    Map<String, String> in(String folder) {
        Map<String, String> result = new TreeMap<>();
        texts.forEach((path, text) -> {
            if (path.startsWith(folder) && path.indexOf('/', folder.length()) < 0) {
                result.put(path, text);
            }
        });
        return result;
    }
}
