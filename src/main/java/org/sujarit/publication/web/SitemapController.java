package org.sujarit.publication.web;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.sujarit.organization.Organization;
import org.sujarit.plan.PublishedVersion;
import org.sujarit.publication.PublicFiles;
import org.sujarit.publication.PublicPaths;
import org.sujarit.publication.site.PublicSite;
import org.sujarit.publication.site.Rounds;

/**
 * {@code /sitemap.xml}: every public page of every publishing organization, so that search engines
 * (and ITA assessors searching for an agency) find them. What it lists is read in a constant number of
 * statements; the XML is written as it goes out, not built in memory.
 */
@RestController
class SitemapController {
  private final PublicSite site;
  private final PublicBase base;

  SitemapController(PublicSite site, PublicBase base) {
    this.site = site;
    this.base = base;
  }

  @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<StreamingResponseBody> sitemap() {
    String root = base.get();
    // read before writing, in a few statements for all organizations (not a few per organization)
    List<PublicSite.Published> published = site.everyPublished();
    StreamingResponseBody body = out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
      url(w, root + "/o");
      for (PublicSite.Published p : published) {
        Organization o = p.organization();
        url(w, root + PublicPaths.organization(o.code()));
        for (PublishedVersion v : p.versions()) url(w, root + PublicPaths.version(o.code(), v.period(), v.version()));
        for (PublicSite.YearSummary y : p.years()) {
          url(w, root + PublicPaths.year(o.code(), y.year()));
          url(w, root + PublicPaths.planOfYear(o.code(), y.year()));
          url(w, root + PublicPaths.ita(o.code(), y.year()));
          for (var round : y.acknowledged().keySet()) url(w, root + PublicPaths.report(o.code(), y.year(), Rounds.path(round)));
        }
      }
      w.write("</urlset>\n");
      w.flush();
    };
    return ResponseEntity.ok().cacheControl(PublicFiles.CACHE).contentType(MediaType.APPLICATION_XML).body(body);
  }

  /** Codes and paths are letters, digits and dashes; escaping keeps a bad one from breaking the XML all the same. */
  private static void url(Writer w, String loc) throws java.io.IOException {
    w.write("<url><loc>");
    w.write(loc.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    w.write("</loc></url>\n");
  }
}
