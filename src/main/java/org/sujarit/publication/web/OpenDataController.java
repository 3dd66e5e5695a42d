package org.sujarit.publication.web;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/**
 * {@code /open-data/plans.csv}: the last published version of every plan of every organization, in the
 * columns of the per-version files. Written organization by organization as it is read, never whole in
 * memory (and outside the public pages' ETag filter, which would buffer it).
 */
@RestController
class OpenDataController {
  private final PublicSite site;

  OpenDataController(PublicSite site) {
    this.site = site;
  }

  @GetMapping("/open-data/plans.csv")
  ResponseEntity<StreamingResponseBody> plans() {
    List<Organization> organizations = site.publishing(null, null, null);
    StreamingResponseBody body = out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      OpenData.header(w);
      for (Organization o : organizations) {
        for (Plan plan : site.latestVersions(o)) {
          for (OpenData.Row r : site.openData(o, plan)) OpenData.write(w, r);
        }
        w.flush();
      }
      w.flush();
    };
    return ResponseEntity.ok().cacheControl(PublicFiles.CACHE)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("sujarit-plans.csv").build().toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
  }
}
