package org.rspnavigator.webapp.platform.web;

import java.nio.charset.StandardCharsets;

import org.rspnavigator.webapp.platform.Download;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An API answer that the browser saves as a file with the name given. */
public final class Attachments {

    private Attachments() {
    }

    public static <T> ResponseEntity<T> of(T body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .body(body);
    }

    public static ResponseEntity<byte[]> of(byte[] body, String mediaType, String fileName) {
        return of(body, MediaType.parseMediaType(mediaType), fileName);
    }

    /** The file, made now, as the answer. */
    public static ResponseEntity<byte[]> of(Download download) {
        return of(download.bytes(), download.mediaType(), download.fileName());
    }

    /** {@code filename="…"}, and RFC 5987's {@code filename*} as well when the name is not ASCII. */
    static String disposition(String fileName) {
        boolean ascii = fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return (ascii ? ContentDisposition.attachment().filename(fileName)
                : ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8)).build().toString();
    }
}
