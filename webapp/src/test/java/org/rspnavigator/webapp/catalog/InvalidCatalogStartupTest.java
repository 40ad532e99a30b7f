package org.rspnavigator.webapp.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rspnavigator.model.load.CatalogFiles;
import org.rspnavigator.model.load.InvalidCatalogException;
import org.rspnavigator.webapp.RspNavigatorApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application refuses to start on an invalid catalog, and says everything that is wrong. */
@ExtendWith(OutputCaptureExtension.class)
class InvalidCatalogStartupTest {

    @Test
    void refusesToStartAndListsEveryProblem(@TempDir Path dir, CapturedOutput output) throws Exception {
        copyShippedCatalog(dir);
        replace(dir.resolve("standards/dicom-mwl.md"), "tooling: moderate", "tooling: plenty");
        replace(dir.resolve("standards/ihe-swf-b.md"), "target: ihe-swf\n", "target: ihe-swf-c\n");
        Files.delete(dir.resolve("standards/loinc.md"));

        SpringApplication app = new SpringApplication(RspNavigatorApplication.class);
        assertThatThrownBy(() -> app.run("--server.port=0", "--rsp.catalog.location=" + dir))
                .hasRootCauseInstanceOf(InvalidCatalogException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("RSP Navigator did not start because the catalog is invalid")
                .containsPattern("standards/dicom-mwl\\.md:\\d+: 'plenty' is not a valid tooling level")
                .containsPattern("standards/ihe-swf-b\\.md:\\d+: relation to unknown standard 'ihe-swf-c'")
                .contains("use-cases/device-to-department.md")
                .contains("unknown standard 'loinc'");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** The catalog of catalog-data, copied from the class path into {@code dir}. */
    private static void copyShippedCatalog(Path dir) throws IOException {
        CatalogFiles shipped = CatalogFiles.fromClasspath(InvalidCatalogStartupTest.class.getClassLoader());
        for (var file : shipped.texts().entrySet()) {
            Path target = dir.resolve(Paths.get(file.getKey()));
            Files.createDirectories(target.getParent() == null ? dir : target.getParent());
            Files.writeString(target, file.getValue());
        }
    }
}
