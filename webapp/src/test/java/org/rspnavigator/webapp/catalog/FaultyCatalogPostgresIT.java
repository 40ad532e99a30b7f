package org.rspnavigator.webapp.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rspnavigator.model.load.CatalogFiles;
import org.rspnavigator.webapp.testing.ApplicationProcess;
import org.rspnavigator.webapp.testing.PostgresRequired;
import org.rspnavigator.webapp.testing.TestSchema;

/**
 * The packaged application, started as operators start it (the jar, on PostgreSQL), on a catalog
 * with three files broken in different ways: it does not start, exits with an error code within
 * seconds, and names every problem as {@code file:line: message}. {@link InvalidCatalogStartupTest}
 * checks the report in-process; this checks what an operator sees from the process.
 */
@ExtendWith(PostgresRequired.class)
class FaultyCatalogPostgresIT {

    @Test
    void theJarRefusesAFaultyCatalogWithEveryProblemAndAnErrorExit(@TempDir Path directory) throws Exception {
        Path catalog = directory.resolve("catalog");
        copyShippedCatalog(catalog);
        int badValue = replace(catalog.resolve("standards/dicom-mwl.md"), "tooling: moderate", "tooling: plenty");
        int badRelation = replace(catalog.resolve("standards/ihe-swf-b.md"), "target: ihe-swf\n", "target: ihe-swf-c\n");
        int badYaml = replace(catalog.resolve("standards/loinc.md"), "maturity: final", "maturity: final: yes");

        try (TestSchema schema = TestSchema.create();
                ApplicationProcess app = ApplicationProcess.start(directory, "faulty-catalog",
                        Map.of("SPRING_DATASOURCE_URL", schema.url(), "SPRING_DATASOURCE_USERNAME", TestSchema.user(),
                                "SPRING_DATASOURCE_PASSWORD", TestSchema.password(),
                                "RSP_ADMIN_PASSWORD", "Admin-password-for-the-catalog-test"),
                        "--rsp.catalog.location=" + catalog)) {
            // Long enough for a first start that makes the ahead-of-time cache (ApplicationProcess).
            int exit = app.awaitExit(Duration.ofSeconds(180));
            String output = app.output();
            assertThat(exit).as("exit code; output:\n" + output).isNotZero();
            assertThat(output).contains("RSP Navigator did not start because the catalog is invalid")
                    .contains("standards/dicom-mwl.md:" + badValue + ": 'plenty' is not a valid tooling level")
                    .contains("standards/ihe-swf-b.md:" + badRelation + ": relation to unknown standard 'ihe-swf-c'")
                    .contains("standards/loinc.md:" + badYaml + ": malformed YAML");
        }
    }

    /** Replaces {@code from} (which must be there) and gives the line of the file it was on. */
    private static int replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(from);
        assertThat(at).as(from + " in " + file).isNotNegative();
        Files.writeString(file, text.replace(from, to));
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The catalog of catalog-data, copied from the class path into {@code dir}. */
    private static void copyShippedCatalog(Path dir) throws IOException {
        CatalogFiles shipped = CatalogFiles.fromClasspath(FaultyCatalogPostgresIT.class.getClassLoader());
        for (var file : shipped.texts().entrySet()) {
            Path target = dir.resolve(Paths.get(file.getKey()));
            Files.createDirectories(target.getParent() == null ? dir : target.getParent());
            Files.writeString(target, file.getValue());
        }
    }
}
