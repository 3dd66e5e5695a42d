package org.sujarit.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every public page and file shares: the caching headers, and the documents rendered for the
 * public, kept (a bounded number) by a key that changes whenever their content may — a published
 * version, an acknowledged round, an approved assessment's revision — so that anonymous readers do not
 * make the server render the same PDF again.
 */
@Component
public class PublicFiles {
  /** Public pages may be kept by browsers and proxies for a few minutes; the ETag filter answers unchanged ones with 304. */
  public static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
  private static final int KEPT_FILES = 64;

  private final Map<List<Object>, byte[]> files = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<List<Object>, byte[]> eldest) {
      return size() > KEPT_FILES;
    }
  });

  public byte[] kept(List<Object> key, Supplier<byte[]> render) {
    byte[] content = files.get(key);
    if (content == null) {
      content = render.get();
      files.put(key, content);
    }
    return content;
  }

  /** The headers of a public page; returns the view name. */
  public static String cached(HttpServletResponse response, String view) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
    response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
    return view;
  }

  public static ResponseEntity<byte[]> download(byte[] content, String fileName, String mediaType) {
    return ResponseEntity.ok().cacheControl(CACHE)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(mediaType))
        .body(content);
  }
}
