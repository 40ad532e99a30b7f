package org.rspnavigator.documents.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.DeflaterOutputStream;

/** Highly compressible input for tests of unpacking limits: zero bytes, as many as asked, never all in memory. */
public final class Zeros {

    private Zeros() {
    }

    /** A stream of {@code count} zero bytes. */
    public static InputStream stream(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    /** {@code prefix}, then {@code count} zero bytes, compressed as zlib (PDF FlateDecode): about a thousandth of the size. */
    public static byte[] deflated(byte[] prefix, long count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(prefix);
            stream(count).transferTo(deflate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Bytes allocated on this thread so far (HotSpot), to show that a limit held without filling the heap. */
    public static long allocatedHere() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }
}
