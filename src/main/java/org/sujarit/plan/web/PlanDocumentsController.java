package org.sujarit.plan.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.account.Accounts;
import org.sujarit.account.UserAccount;
import org.sujarit.common.NotFoundException;
import org.sujarit.document.DocumentFormat;
import org.sujarit.document.DocumentJobs;
import org.sujarit.document.PlanDocuments;
import org.sujarit.document.RenderOptions;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.Organization;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.Plans;
import org.sujarit.plan.WorkflowStamp;

/**
 * The plan's official documents: a direct download (API, and pages without JavaScript) and a
 * background job with a progress indicator for the plan page. A version always gives the same
 * document: its issue date is the day it was published (or approved, or created) and it is signed by
 * the executive who approved it.
 */
@Controller
class PlanDocumentsController {
  private final Plans plans;
  private final Organizations organizations;
  private final Accounts accounts;
  private final DocumentJobs jobs;
  private final PlanDocuments documents;

  PlanDocumentsController(Plans plans, Organizations organizations, Accounts accounts, DocumentJobs jobs, FrameworkCatalog frameworks) {
    this.plans = plans;
    this.organizations = organizations;
    this.accounts = accounts;
    this.jobs = jobs;
    this.documents = new PlanDocuments(frameworks);
  }

  /** Everything needed to render, read in the request (access checked); rendering needs nothing else. */
  private record Source(PlanInterchange plan, RenderOptions options, String fileName, DocumentFormat format) {
    byte[] render(PlanDocuments documents) {
      return documents.render(plan, format, options);
    }
  }

  @GetMapping({"/plans/{id}/versions/{version}/documents/{format}", "/api/plans/{id}/versions/{version}/documents/{format}"})
  ResponseEntity<byte[]> download(@PathVariable PlanId id, @PathVariable int version, @PathVariable String format,
      @RequestParam(defaultValue = "false") boolean thaiDigits) {
    Source source = source(CurrentUsers.get(), id, version, format, thaiDigits);
    return file(source.render(documents), source.fileName(), source.format().mediaType());
  }

  @PostMapping("/plans/{id}/versions/{version}/documents/{format}")
  String start(@PathVariable PlanId id, @PathVariable int version, @PathVariable String format,
      @RequestParam(defaultValue = "false") boolean thaiDigits, Model model) {
    CurrentUser user = CurrentUsers.get();
    Source source = source(user, id, version, format, thaiDigits);
    model.addAttribute("job", jobs.start(user.userId(), source.fileName(), source.format().mediaType(), () -> source.render(documents)));
    return "plan/documents :: job";
  }

  @GetMapping("/documents/jobs/{job}")
  String progress(@PathVariable UUID job, Model model, HttpServletResponse response) {
    DocumentJobs.Job j = jobs.find(job, CurrentUsers.get().userId()).orElseThrow(() -> new NotFoundException("document.not-found"));
    if (j.status() == DocumentJobs.Status.DONE) response.setHeader("HX-Redirect", "/documents/jobs/" + job + "/file");
    model.addAttribute("job", j);
    return "plan/documents :: job";
  }

  @GetMapping("/documents/jobs/{job}/file")
  ResponseEntity<byte[]> jobFile(@PathVariable UUID job) {
    DocumentJobs.Job j = jobs.find(job, CurrentUsers.get().userId())
        .filter(x -> x.status() == DocumentJobs.Status.DONE).orElseThrow(() -> new NotFoundException("document.not-found"));
    return file(j.content(), j.fileName(), j.mediaType());
  }

  private Source source(CurrentUser user, PlanId id, int version, String formatName, boolean thaiDigits) {
    DocumentFormat format = DocumentFormat.fromCommandName(formatName).orElseThrow(() -> new NotFoundException("document.not-found"));
    Plan plan = plans.get(user, id, version);
    PlanInterchange data = plans.export(user, plan);
    Organization org = organizations.get(user, plan.organizationId());
    WorkflowStamp issued = plan.published().or(plan::approved).orElse(plan.created());
    RenderOptions options = RenderOptions.issuedOn(LocalDate.ofInstant(issued.at(), RenderOptions.THAILAND)).withThaiDigits(thaiDigits);
    RenderOptions signed = plan.approved()
        .flatMap(a -> accounts.findByUsername(a.by()))
        .map(a -> options.withSigner(new RenderOptions.Signer(personalName(a), org.executiveTitle())))
        .orElse(options);
    String fileName = "แผนป้องกันการทุจริต-" + plan.period().first() + "-" + plan.period().last() + "-ฉบับที่" + plan.version()
        + (format == DocumentFormat.EPLAN_XLSX ? "-E-PlanNACC" : "") + "." + format.extension();
    return new Source(data, signed, fileName, format);
  }

  /** "นายสมชาย ใจซื่อ (นายกองค์การบริหารส่วนตำบล)" → "นายสมชาย ใจซื่อ": the position is printed on its own line. */
  private static String personalName(UserAccount account) {
    return account.displayName().replaceFirst("\\s*\\(.*\\)\\s*$", "");
  }

  private static ResponseEntity<byte[]> file(byte[] content, String fileName, String mediaType) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(mediaType))
        .body(content);
  }
}
