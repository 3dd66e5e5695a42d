package org.sujarit.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An uploaded file given back: always as an attachment of its checked type, never sniffed into something a browser runs. */
public final class Downloads {
  private Downloads() {}

  public static ResponseEntity.BodyBuilder attachment(String fileName, String mediaType, long size) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .contentLength(size)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff");
  }

  public static ResponseEntity<Resource> file(Path content, String fileName, String mediaType, long size) {
    return attachment(fileName, mediaType, size).body(new FileSystemResource(content));
  }
}
