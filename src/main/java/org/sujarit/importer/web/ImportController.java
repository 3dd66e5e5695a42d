package org.sujarit.importer.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.framework.Framework;
import org.sujarit.importer.pipeline.ImportException;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.interchange.InterchangeJson;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.plan.Plan;
import org.sujarit.plan.Plans;
import org.sujarit.web.Messages;

/**
 * Importing an existing plan document: upload, review what was read (every diagnostic next to the
 * item it concerns, stated totals beside computed ones), correct, and create the draft. What was read
 * waits in the user's session until the draft is created, so nothing is stored half-checked; it is
 * kept there as interchange JSON, so that sessions in the database (several nodes) can hold it.
 */
@Controller
class ImportController {
  private static final String SESSION_KEY = ImportController.class.getName();
  private static final int KEPT_PER_SESSION = 3;

  private final PlanImports imports;
  private final Messages messages;

  ImportController(PlanImports imports, Messages messages) {
    this.imports = imports;
    this.messages = messages;
  }

  /** A file read and waiting for review; serializable, the plan as its interchange JSON. */
  record Pending(UUID id, UUID organization, String fileName, String format, String encoding, String planJson)
      implements Serializable {
    Pending(UUID id, OrganizationId organizationId, String fileName, String format, String encoding, PlanInterchange plan) {
      this(id, organizationId.value(), fileName, format, encoding, InterchangeJson.write(plan));
    }

    OrganizationId organizationId() {
      return new OrganizationId(organization);
    }

    PlanInterchange plan() {
      return InterchangeJson.read(planJson);
    }
  }

  @GetMapping("/organizations/{id}/import")
  String form(@PathVariable OrganizationId id, Model model) {
    model.addAttribute("organization", imports.target(CurrentUsers.get(), id));
    return "importer/upload";
  }

  @PostMapping("/organizations/{id}/import")
  String upload(@PathVariable OrganizationId id, @RequestParam("file") MultipartFile file, HttpSession session, Model model) {
    CurrentUser user = CurrentUsers.get();
    model.addAttribute("organization", imports.target(user, id));
    if (file.isEmpty()) {
      model.addAttribute("error", messages.get("import.empty"));
      return "importer/upload";
    }
    ImportResult result;
    try (InputStream in = file.getInputStream()) {
      result = imports.read(user, id, file.getOriginalFilename(), in);
    } catch (ImportException e) {
      model.addAttribute("error", messages.orElse(e.key(), e.getMessage()));
      return "importer/upload";
    } catch (IOException e) {
      model.addAttribute("error", messages.get("import.unreadable"));
      return "importer/upload";
    }
    Pending pending = new Pending(UUID.randomUUID(), id, file.getOriginalFilename(), result.format().name(), result.encoding(), result.plan());
    store(session, pending);
    return "redirect:/imports/" + pending.id();
  }

  @GetMapping("/imports/{importId}")
  String review(@PathVariable UUID importId, HttpSession session, Model model) {
    Pending p = pending(session, importId);
    PlanInterchange plan = p.plan();
    return show(p, plan, ImportReview.of(plan), model);
  }

  @PostMapping("/imports/{importId}")
  String correct(@PathVariable UUID importId, @RequestParam MultiValueMap<String, String> form, HttpSession session, Model model,
      RedirectAttributes redirect) {
    Pending p = pending(session, importId);
    PlanInterchange read = p.plan();
    ImportReview review = submitted(read, form);
    if (review.hasErrors()) {
      model.addAttribute("error", messages.get("import.review.fix-errors"));
      return show(p, read, review, model);
    }
    PlanInterchange correctedPlan = review.apply(read);
    store(session, new Pending(p.id(), p.organizationId(), p.fileName(), p.format(), p.encoding(), correctedPlan));
    if ("create".equals(form.getFirst("action"))) {
      Plan plan = imports.create(CurrentUsers.get(), p.organizationId(), correctedPlan);
      forget(session, p.id());
      redirect.addFlashAttribute("flash", messages.get("import.created"));
      return "redirect:/plans/" + plan.id();
    }
    redirect.addFlashAttribute("flash", messages.get("import.review.saved"));
    return "redirect:/imports/" + p.id();
  }

  private String show(Pending p, PlanInterchange plan, ImportReview review, Model model) {
    CurrentUser user = CurrentUsers.get();
    Organization org = imports.target(user, p.organizationId());
    model.addAttribute("organization", org);
    model.addAttribute("pending", p);
    model.addAttribute("plan", plan);
    model.addAttribute("review", review);
    Framework framework = imports.frameworkOf(plan);
    model.addAttribute("framework", framework);
    model.addAttribute("missionCodes", framework == null ? List.of() : framework.missions().map(Framework.Mission::code).toList());
    Map<Integer, List<PlanInterchange.Diagnostic>> byLine = new HashMap<>();
    List<PlanInterchange.Diagnostic> general = new ArrayList<>();
    Set<Integer> itemLines = new HashSet<>();
    review.rows().forEach(r -> itemLines.add(r.line()));
    for (PlanInterchange.Diagnostic d : plan.diagnostics()) {
      if (d.line() != null && itemLines.contains(d.line())) byLine.computeIfAbsent(d.line(), k -> new ArrayList<>()).add(d);
      else general.add(d);
    }
    model.addAttribute("diagnosticsByLine", byLine);
    model.addAttribute("generalDiagnostics", general);
    boolean otherOrganization = plan.organization() != null && plan.organization().name() != null
        && !plan.organization().name().isBlank() && !plan.organization().name().strip().equals(org.name());
    model.addAttribute("otherOrganization", otherOrganization);
    if (framework != null && plan.period() != null) {
      try {
        Plans.DraftPreview draft = imports.preview(user, org.id(), plan, framework);
        model.addAttribute("totals", draft.totals());
        model.addAttribute("years", draft.years());
        model.addAttribute("findings", draft.findings().stream()
            .filter(f -> !f.code().completeness()).map(f -> messages.get(f.messageKey(), f.args().toArray())).toList());
        model.addAttribute("stated", draft.stated());
      } catch (RuleViolation e) {
        model.addAttribute("error", messages.of(e));
      }
    }
    return "importer/review";
  }

  private static ImportReview submitted(PlanInterchange plan, MultiValueMap<String, String> form) {
    List<Integer> years = ImportReview.of(plan).years();
    Map<Integer, List<String>> budgets = new LinkedHashMap<>();
    for (Integer y : years) budgets.put(y, form.getOrDefault("budget" + y, List.of()));
    return ImportReview.submitted(years, form.getOrDefault("mission", List.of()), form.getOrDefault("seq", List.of()),
        form.getOrDefault("kind", List.of()), form.getOrDefault("name", List.of()), form.getOrDefault("responsible", List.of()),
        budgets, form.getOrDefault("line", List.of()));
  }

  /** A copy of what the session keeps: a session in the database saves only what is set again. */
  @SuppressWarnings("unchecked")
  private static LinkedHashMap<UUID, Pending> kept(HttpSession session) {
    return session.getAttribute(SESSION_KEY) instanceof LinkedHashMap<?, ?> m ? new LinkedHashMap<>((Map<UUID, Pending>) m)
        : new LinkedHashMap<>();
  }

  private static void store(HttpSession session, Pending p) {
    synchronized (WebUtils.getSessionMutex(session)) {
      LinkedHashMap<UUID, Pending> m = kept(session);
      m.remove(p.id());
      m.put(p.id(), p);
      while (m.size() > KEPT_PER_SESSION) m.remove(m.keySet().iterator().next());
      session.setAttribute(SESSION_KEY, m);
    }
  }

  private static void forget(HttpSession session, UUID id) {
    synchronized (WebUtils.getSessionMutex(session)) {
      LinkedHashMap<UUID, Pending> m = kept(session);
      m.remove(id);
      session.setAttribute(SESSION_KEY, m);
    }
  }

  /** An import of this session that the user may still act on (roles can change meanwhile). */
  private Pending pending(HttpSession session, UUID id) {
    Pending p = kept(session).get(id);
    if (p == null) throw new NotFoundException("import.not-found");
    imports.target(CurrentUsers.get(), p.organizationId());
    return p;
  }
}
