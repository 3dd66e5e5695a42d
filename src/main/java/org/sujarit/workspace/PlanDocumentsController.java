package org.sujarit.workspace;

import java.nio.charset.StandardCharsets;
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
import org.sujarit.common.NotFoundException;
import org.sujarit.document.DocumentFormat;
import org.sujarit.document.DocumentJobs;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.Organization;
import org.sujarit.organization.Organizations;
import org.sujarit.plan.Plan;
import org.sujarit.plan.PlanId;
import org.sujarit.plan.Plans;
import org.sujarit.workspace.OfficialPlanDocuments.Rendering;

/**
 * The plan's official documents: a direct download (API, and pages without JavaScript) and a
 * background job with a progress indicator for the plan page ({@link OfficialPlanDocuments} says how
 * a version becomes its documents).
 */
@Controller
class PlanDocumentsController {
  private final Plans plans;
  private final Organizations organizations;
  private final DocumentJobs jobs;
  private final OfficialPlanDocuments official;

  PlanDocumentsController(Plans plans, Organizations organizations, DocumentJobs jobs, OfficialPlanDocuments official) {
    this.plans = plans;
    this.organizations = organizations;
    this.jobs = jobs;
    this.official = official;
  }

  @GetMapping({"/plans/{id}/versions/{version}/documents/{format}", "/api/plans/{id}/versions/{version}/documents/{format}"})
  ResponseEntity<byte[]> download(@PathVariable PlanId id, @PathVariable int version, @PathVariable String format,
      @RequestParam(defaultValue = "false") boolean thaiDigits) {
    Rendering source = source(CurrentUsers.get(), id, version, format, thaiDigits);
    return file(source.render(), source.fileName(), source.format().mediaType());
  }

  @PostMapping("/plans/{id}/versions/{version}/documents/{format}")
  String start(@PathVariable PlanId id, @PathVariable int version, @PathVariable String format,
      @RequestParam(defaultValue = "false") boolean thaiDigits, Model model) {
    CurrentUser user = CurrentUsers.get();
    Rendering source = source(user, id, version, format, thaiDigits);
    model.addAttribute("job", jobs.start(user.userId(), source.fileName(), source.format().mediaType(), source::render));
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

  private Rendering source(CurrentUser user, PlanId id, int version, String formatName, boolean thaiDigits) {
    DocumentFormat format = DocumentFormat.fromCommandName(formatName).orElseThrow(() -> new NotFoundException("document.not-found"));
    Plan plan = plans.get(user, id, version);
    PlanInterchange data = plans.export(user, plan);
    Organization org = organizations.get(user, plan.organizationId());
    return official.prepare(plan, data, org, format, thaiDigits);
  }

  private static ResponseEntity<byte[]> file(byte[] content, String fileName, String mediaType) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(mediaType))
        .body(content);
  }
}
