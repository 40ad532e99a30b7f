package org.rspnavigator.documents.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class BoundedInputTest {

    private static final int MB = 1024 * 1024;

    @Test
    void passesInputUpToTheLimit() throws IOException {
        byte[] data = "exactly this".getBytes(StandardCharsets.UTF_8);
        try (BoundedInput in = new BoundedInput(new ByteArrayInputStream(data), data.length, "The text")) {
            assertThat(in.readAllBytes()).isEqualTo(data);
            assertThat(in.count()).isEqualTo(data.length);
        }
    }

    @Test
    void stopsAtTheFirstByteBeyondTheLimitWithAClearMessage() {
        BoundedInput in = new BoundedInput(new ByteArrayInputStream(new byte[11]), 10, "The attached statement");
        assertThatThrownBy(in::readAllBytes).isInstanceOf(BoundedInput.TooLargeException.class)
                .hasMessage("The attached statement is larger than 10 bytes when unpacked.")
                .satisfies(e -> assertThat(((BoundedInput.TooLargeException) e).limit()).isEqualTo(10));
        BoundedInput single = new BoundedInput(new ByteArrayInputStream(new byte[3]), 2, "It");
        assertThatThrownBy(() -> {
            while (single.read() >= 0) {
                // read byte by byte
            }
        }).isInstanceOf(BoundedInput.TooLargeException.class);
        BoundedInput skipping = new BoundedInput(new ByteArrayInputStream(new byte[3]), 2, "It");
        assertThatThrownBy(() -> skipping.skipNBytes(3)).isInstanceOf(BoundedInput.TooLargeException.class);
    }

    @Test
    void aDecompressionBombIsStoppedAfterTheLimitAndNotUnpackedFurther() {
        long zeros = 200L * MB;
        byte[] bomb = Zeros.deflated(new byte[0], zeros);
        assertThat(bomb.length).isLessThan(MB);
        Counting inflated = new Counting(new InflaterInputStream(new ByteArrayInputStream(bomb)));
        long allocated = Zeros.allocatedHere();
        assertThatThrownBy(() -> new BoundedInput(inflated, 4 * MB, "The attached statement").readAllBytes())
                .isInstanceOf(BoundedInput.TooLargeException.class)
                .hasMessage("The attached statement is larger than 4 MB when unpacked.");
        assertThat(inflated.count).isEqualTo(4 * MB + 1);
        assertThat(Zeros.allocatedHere() - allocated).isLessThan(32L * MB);
    }

    @Test
    void boundsEachEntryOfAZipFile() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("small.xml"));
            zip.write("<ok/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Zeros.stream(100L * MB).transferTo(zip);
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.toByteArray()))) {
            ZipEntry small = zip.getNextEntry();
            assertThat(new String(new BoundedInput(zip, MB, "The entry " + small.getName()).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("<ok/>");
            ZipEntry big = zip.getNextEntry();
            assertThatThrownBy(() -> new BoundedInput(zip, MB, "The entry " + big.getName()).readAllBytes())
                    .isInstanceOf(BoundedInput.TooLargeException.class)
                    .hasMessage("The entry xl/worksheets/sheet1.xml is larger than 1 MB when unpacked.");
        }
    }

    @Test
    void sizesAreWrittenForPeople() {
        assertThat(BoundedInput.size(4L * MB)).isEqualTo("4 MB");
        assertThat(BoundedInput.size(512 * 1024)).isEqualTo("512 KB");
        assertThat(BoundedInput.size(1000)).isEqualTo("1000 bytes");
    }

    /** Counts the bytes the bounded reader takes from the decompressor. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
