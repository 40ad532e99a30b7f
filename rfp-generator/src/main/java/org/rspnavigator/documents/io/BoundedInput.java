package org.rspnavigator.documents.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.util.Objects;

/**
 * The bytes of another stream, at most {@code limit} of them: reading the byte after the limit
 * fails with {@link TooLargeException} instead. Put it right over a decompressor (an
 * {@link java.util.zip.InflaterInputStream}, a {@link java.util.zip.ZipInputStream} at an entry),
 * so that the decompressor is never asked for more than {@code limit + 1} bytes: a file of a few
 * kilobytes that unpacks to gigabytes is stopped after the limit, not after it has been unpacked.
 *
 * <p>Closing it closes the stream it reads; over a zip entry, leave it unclosed and go on to the
 * next entry. Not thread-safe, like most streams.
 */
public final class BoundedInput extends FilterInputStream {

    private final long limit;
    private final String what;
    private long count;

    /**
     * @param what what is read, as the start of a sentence: "The attached file data.json", "The
     *             entry xl/worksheets/sheet1.xml"
     */
    public BoundedInput(InputStream in, long limit, String what) {
        super(Objects.requireNonNull(in, "in"));
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        this.limit = limit;
        this.what = Objects.requireNonNull(what, "what");
    }

    /** The bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        // Never ask for more than one byte past the limit: that one byte is enough to know.
        int n = in.read(b, off, (int) Math.min(len, limit - count + 1));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(Math.max(n, 0), limit - count + 1));
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readlimit) {
        // not supported: a reset would read bytes twice and count them once
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("mark and reset are not supported");
    }

    private void counted(long n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(what, limit);
        }
    }

    /** A size as people say it: "4 MB", "512 KB", "1000 bytes". */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /** The input unpacked to more than its limit; nothing after the limit was read. */
    public static final class TooLargeException extends IOException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final long limit;

        TooLargeException(String what, long limit) {
            super(what + " is larger than " + size(limit) + " when unpacked.");
            this.limit = limit;
        }

        /** The most bytes the input could have had. */
        public long limit() {
            return limit;
        }
    }
}
