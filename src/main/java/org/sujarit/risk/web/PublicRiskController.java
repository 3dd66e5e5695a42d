package org.sujarit.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;
import org.sujarit.document.layout.OfficialDocument;
import org.sujarit.monitoring.RoundKind;
import org.sujarit.organization.Organization;
import org.sujarit.publication.Embeddable;
import org.sujarit.publication.PublicFiles;
import org.sujarit.publication.PublicOrganizations;
import org.sujarit.publication.PublicPaths;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskSummaries;
import org.sujarit.risk.nogift.GiftDirection;
import org.sujarit.risk.nogift.NoGift;
import org.sujarit.risk.nogift.NoGiftDocuments;
import org.sujarit.risk.report.ManagementSummary;
import org.sujarit.risk.report.RiskReport;

/**
 * The public pages of the risk module, beside the organization's other public pages: the approved
 * risk assessment of a year with its management report, and the announced No Gift policy with the
 * year's report. Drafts answer 404; the public No Gift report names no person.
 */
@Controller
class PublicRiskController {
  static final String RISK = "/o/{code}/{year:\\d{4}}/risk";
  static final String NO_GIFT = "/o/{code}/{year:\\d{4}}/no-gift";

  private final PublicOrganizations organizations;
  private final RiskSummaries summaries;
  private final RiskReport report;
  private final NoGift noGift;
  private final NoGiftDocuments documents;
  private final PublicFiles files;

  PublicRiskController(PublicOrganizations organizations, RiskSummaries summaries, RiskReport report, NoGift noGift, NoGiftDocuments documents,
      PublicFiles files) {
    this.organizations = organizations;
    this.summaries = summaries;
    this.report = report;
    this.noGift = noGift;
    this.documents = documents;
    this.files = files;
  }

  static String riskPath(String code, FiscalYear year) {
    return PublicPaths.year(code, year) + "/risk";
  }

  static String noGiftPath(String code, FiscalYear year) {
    return PublicPaths.year(code, year) + "/no-gift";
  }

  @Embeddable
  @GetMapping(RISK)
  String risk(@PathVariable String code, @PathVariable String year, Model model, HttpServletResponse response) {
    RiskAssessments.View v = assessment(code, year);
    RiskSummaries.Surveillance round = summaries.latestSurveillance(v).orElse(null);
    model.addAttribute("v", v);
    model.addAttribute("a", v.assessment());
    model.addAttribute("m", v.matrix());
    model.addAttribute("summary", summaries.published(v.organization().id(), v.assessment().year()).orElseThrow());
    model.addAttribute("round", round);
    model.addAttribute("management", round == null ? null : ManagementSummary.of(v.assessment(), round.reports()));
    model.addAttribute("permalink", riskPath(v.organization().code(), v.assessment().year()));
    return PublicFiles.cached(response, "risk/public");
  }

  @GetMapping(RISK + "/report.{format}")
  ResponseEntity<byte[]> riskReport(@PathVariable String code, @PathVariable String year, @PathVariable String format) {
    RiskAssessments.View v = assessment(code, year);
    String type = mediaType(format);
    RiskSummaries.Surveillance round = summaries.latestSurveillance(v).orElse(null);
    List<Object> key = List.of("risk", v.assessment().id(), v.assessment().revision(), round == null ? List.of() : round.reports(), format);
    byte[] body = files.kept(key, () -> report.render(v, round == null ? List.of() : round.reports(),
        round == null ? RoundKind.HALF_YEAR : round.round(), false, format));
    return PublicFiles.download(body, "risk-assessment-" + v.assessment().year() + "." + format, type);
  }

  @GetMapping(RISK + "/yearly-report.{format}")
  ResponseEntity<byte[]> yearlyReport(@PathVariable String code, @PathVariable String year, @PathVariable String format) {
    RiskAssessments.View v = assessment(code, year);
    String type = mediaType(format);
    var rounds = summaries.rounds(v);
    List<Object> key = List.of("risk-yearly", v.assessment().id(), v.assessment().revision(), rounds, format);
    byte[] body = files.kept(key, () -> report.renderYearly(v, rounds, false, format));
    return PublicFiles.download(body, "risk-management-" + v.assessment().year() + "." + format, type);
  }

  @Embeddable
  @GetMapping(NO_GIFT)
  String noGift(@PathVariable String code, @PathVariable String year, Model model, HttpServletResponse response) {
    NoGift.Year y = announced(code, year);
    model.addAttribute("y", y);
    model.addAttribute("received", y.gifts().stream().filter(g -> g.direction() == GiftDirection.RECEIVED).count());
    model.addAttribute("given", y.gifts().stream().filter(g -> g.direction() == GiftDirection.GIVEN).count());
    model.addAttribute("permalink", noGiftPath(y.organization().code(), y.year()));
    return PublicFiles.cached(response, "risk/public-nogift");
  }

  @GetMapping(NO_GIFT + "/{document}.{format}")
  ResponseEntity<byte[]> noGiftDocument(@PathVariable String code, @PathVariable String year, @PathVariable String document,
      @PathVariable String format) {
    NoGift.Year y = announced(code, year);
    String type = mediaType(format);
    if (!document.equals("announcement") && !document.equals("report")) throw new NotFoundException("public.not-found");
    List<Object> key = List.of("no-gift", document, y.organization().id(), y.year(), y.policy(), y.gifts(), format);
    byte[] body = files.kept(key, () -> {
      OfficialDocument doc = document.equals("announcement") ? documents.announcement(y, false) : documents.report(y, false, false);
      return RiskReport.format(format).render(doc);
    });
    return PublicFiles.download(body, "no-gift-" + document + "-" + y.year() + "." + format, type);
  }

  private RiskAssessments.View assessment(String code, String year) {
    Organization org = organizations.resolve(code);
    return summaries.publishedView(org, PublicPaths.parseYear(year)).orElseThrow(() -> new NotFoundException("public.not-found"));
  }

  private NoGift.Year announced(String code, String year) {
    Organization org = organizations.resolve(code);
    return noGift.published(org, PublicPaths.parseYear(year)).orElseThrow(() -> new NotFoundException("public.not-found"));
  }

  private static String mediaType(String format) {
    if (!format.equals("pdf") && !format.equals("docx")) throw new NotFoundException("public.not-found");
    return RiskReport.mediaType(format);
  }
}
