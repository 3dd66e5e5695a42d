package org.sujarit.publication.web;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.sujarit.organization.Organization;
import org.sujarit.plan.Plan;
import org.sujarit.publication.PublicFiles;
import org.sujarit.publication.site.OpenData;
import org.sujarit.publication.site.PublicSite;
import org.sujarit.web.Messages;

/**
 * {@code /open-data/plans.csv}: the last published version of every plan of every organization, in the
 * columns of the per-version files. Written organization by organization as it is read, never whole in
 * memory (and outside the public pages' ETag filter, which would buffer it).
 */
@RestController
class OpenDataController {
  /**
   * National files written at once: each reads every organization's plans (about 30 s and 160 MB for
   * the whole country), so an anonymous crowd must not start many; the others are asked to come back.
   */
  private static final int AT_ONCE = 2;

  private final PublicSite site;
  private final Messages messages;
  private final Semaphore writing = new Semaphore(AT_ONCE);

  OpenDataController(PublicSite site, Messages messages) {
    this.site = site;
    this.messages = messages;
  }

  @GetMapping("/open-data/plans.csv")
  ResponseEntity<StreamingResponseBody> plans() {
    if (!writing.tryAcquire()) {
      byte[] busy = messages.get("public.openData.busy").getBytes(StandardCharsets.UTF_8);
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
          .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(out -> out.write(busy));
    }
    List<Organization> organizations;
    try {
      organizations = site.publishing(null, null, null);
    } catch (RuntimeException e) {
      writing.release();
      throw e;
    }
    StreamingResponseBody body = out -> {
      try {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        OpenData.header(w);
        for (Organization o : organizations) {
          for (Plan plan : site.latestVersions(o)) {
            for (OpenData.Row r : site.openData(o, plan)) OpenData.write(w, r);
          }
          w.flush();
        }
        w.flush();
      } finally {
        writing.release();
      }
    };
    return ResponseEntity.ok().cacheControl(PublicFiles.CACHE)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("sujarit-plans.csv").build().toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
  }
}
