package org.sujarit.complaint.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Forwarding;
import org.sujarit.complaint.Submission;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Upload;
import org.sujarit.complaint.internal.Views;
import org.sujarit.complaint.protection.Receipts;
import org.sujarit.complaint.protection.SubmissionRefusedException;
import org.sujarit.organization.Organization;
import org.sujarit.publication.Embeddable;
import org.sujarit.publication.PublicFiles;
import org.sujarit.publication.PublicOrganizations;
import org.sujarit.publication.PublicPaths;
import org.sujarit.web.Formats;
import org.sujarit.web.Messages;

/**
 * The public complaint pages of an organization, for citizens without an account: the general form
 * and the separate corruption form at their own addresses, the receipt shown once, tracking by receipt
 * (the code travels only in POST bodies, never in a URL), replies, rating and the public statistics.
 * The pages need no JavaScript and load nothing from another host.
 */
@Controller
class PublicComplaintController {
  static final String GENERAL_PATH = "/o/{code}/complaints/new";
  static final String CORRUPTION_PATH = "/o/{code}/report-corruption";
  private final Complaints complaints;
  private final PublicOrganizations organizations;
  private final Messages messages;
  private final Formats formats;

  PublicComplaintController(Complaints complaints, PublicOrganizations organizations, Messages messages, Formats formats) {
    this.complaints = complaints;
    this.organizations = organizations;
    this.messages = messages;
    this.formats = formats;
  }

  /** The form as typed; on a problem it comes back filled in, so nothing is lost. */
  record Form(Boolean anonymous, String name, String contact, Boolean wantsUpdates, String subject, String details, String persons,
      String occurred, String place, String unit, String category, Boolean consent) {
    static Form blank(boolean anonymous) {
      return new Form(anonymous, "", "", false, "", "", "", "", "", "", "", false);
    }

    Submission submission(Channel channel) {
      return new Submission(channel, Boolean.TRUE.equals(anonymous), name, contact, Boolean.TRUE.equals(wantsUpdates), subject, details,
          persons, occurred, place, unit, category, Boolean.TRUE.equals(consent));
    }
  }

  @GetMapping(GENERAL_PATH)
  String generalForm(@PathVariable String code, Model model) {
    return form(code, Channel.GENERAL, Form.blank(false), Map.of(), model);
  }

  @GetMapping(CORRUPTION_PATH)
  String corruptionForm(@PathVariable String code, Model model) {
    return form(code, Channel.CORRUPTION, Form.blank(true), Map.of(), model);
  }

  @PostMapping(GENERAL_PATH)
  String submitGeneral(@PathVariable String code, @ModelAttribute Form form, @RequestParam(required = false) List<MultipartFile> files,
      HttpServletRequest request, Model model) {
    return submit(code, Channel.GENERAL, form, files, request, model);
  }

  @PostMapping(CORRUPTION_PATH)
  String submitCorruption(@PathVariable String code, @ModelAttribute Form form, @RequestParam(required = false) List<MultipartFile> files,
      HttpServletRequest request, Model model) {
    return submit(code, Channel.CORRUPTION, form, files, request, model);
  }

  private String submit(String code, Channel channel, Form form, List<MultipartFile> files, HttpServletRequest request, Model model) {
    Organization org = organization(code);
    Submission s = form.submission(channel);
    Map<String, String> problems = new LinkedHashMap<>();
    s.problems().forEach((field, key) -> problems.put(field, messages.get(key)));
    if (!problems.isEmpty()) return form(code, channel, form, problems, model);
    try {
      Views.Receipt receipt = complaints.submit(org.id(), s, uploads(files), request.getRemoteAddr());
      model.addAttribute("org", org);
      model.addAttribute("receipt", receipt);
      return "complaint/public/receipt";
    } catch (RuleViolation e) {
      return form(code, channel, form, Map.of(e.field() == null ? "form" : e.field(), messages.of(e)), model);
    }
  }

  private String form(String code, Channel channel, Form form, Map<String, String> problems, Model model) {
    Organization org = organization(code);
    model.addAttribute("org", org);
    model.addAttribute("channel", channel);
    model.addAttribute("setup", complaints.publicChannel(org.id(), channel));
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("categories", Submission.CATEGORIES.get(channel));
    model.addAttribute("action", (channel == Channel.GENERAL ? GENERAL_PATH : CORRUPTION_PATH).replace("{code}", org.code()));
    model.addAttribute("maxFiles", Complaints.MAX_FILES);
    model.addAttribute("maxMb", Complaints.MAX_FILE_BYTES / (1024 * 1024));
    model.addAttribute("maxTotalMb", Complaints.MAX_TOTAL_BYTES / (1024 * 1024));
    return "complaint/public/form";
  }

  /**
   * The receipt as a small text file: date, channel, organization and code, never the content. The
   * fields come back from the receipt page; one that was tampered with gets a 400 in Thai.
   */
  @PostMapping("/o/{code}/complaints/receipt")
  ResponseEntity<byte[]> receiptFile(@PathVariable String code, @RequestParam(defaultValue = "") String receipt,
      @RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String receivedOn) {
    Organization org = organization(code);
    String normalized = Receipts.normalize(receipt);
    if (normalized == null) throw new NotFoundException("complaint.receipt.unknown");
    Channel c = Arrays.stream(Channel.values()).filter(x -> x.name().equals(channel)).findFirst().orElse(null);
    LocalDate on;
    try {
      on = LocalDate.parse(receivedOn);
    } catch (java.time.format.DateTimeParseException e) {
      on = null;
    }
    if (c == null || on == null) {
      return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
          .body(messages.get("complaint.receipt.bad-field").getBytes(StandardCharsets.UTF_8));
    }
    String text = messages.get("complaint.receipt.file", org.name(), messages.get("complaint.channel." + c.name()),
        formats.date(on), Receipts.display(normalized), "/o/" + org.code() + "/complaints/track");
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("receipt.txt").build().toString())
        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
        .body(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/o/{code}/complaints/track")
  String trackForm(@PathVariable String code, Model model) {
    model.addAttribute("org", organization(code));
    return "complaint/public/track";
  }

  @PostMapping("/o/{code}/complaints/track")
  String track(@PathVariable String code, @RequestParam(defaultValue = "") String receipt, HttpServletRequest request, Model model) {
    Organization org = organization(code);
    model.addAttribute("org", org);
    try {
      return tracked(org, receipt, complaints.track(org.id(), receipt, request.getRemoteAddr()), model);
    } catch (NotFoundException e) {
      model.addAttribute("error", messages.of(e));
      return "complaint/public/track";
    }
  }

  @PostMapping("/o/{code}/complaints/track/reply")
  String reply(@PathVariable String code, @RequestParam(defaultValue = "") String receipt, @RequestParam(defaultValue = "") String text,
      @RequestParam(required = false) List<MultipartFile> files, HttpServletRequest request, Model model) {
    Organization org = organization(code);
    model.addAttribute("org", org);
    try {
      complaints.reply(org.id(), receipt, text, uploads(files), request.getRemoteAddr());
      model.addAttribute("flash", messages.get("complaint.track.replied"));
    } catch (NotFoundException e) {
      model.addAttribute("error", messages.of(e));
      return "complaint/public/track";
    } catch (RuleViolation e) {
      model.addAttribute("replyError", messages.of(e));
      model.addAttribute("replyText", text);
    }
    return tracked(org, receipt, complaints.track(org.id(), receipt, request.getRemoteAddr()), model);
  }

  @PostMapping("/o/{code}/complaints/track/rate")
  String rate(@PathVariable String code, @RequestParam(defaultValue = "") String receipt, @RequestParam(defaultValue = "0") int score,
      @RequestParam(defaultValue = "") String comment, HttpServletRequest request, Model model) {
    Organization org = organization(code);
    model.addAttribute("org", org);
    try {
      complaints.rate(org.id(), receipt, score, comment, request.getRemoteAddr());
      model.addAttribute("flash", messages.get("complaint.track.rated"));
    } catch (NotFoundException e) {
      model.addAttribute("error", messages.of(e));
      return "complaint/public/track";
    } catch (RuleViolation e) {
      model.addAttribute("rateError", messages.of(e));
      model.addAttribute("rateComment", comment);
    }
    return tracked(org, receipt, complaints.track(org.id(), receipt, request.getRemoteAddr()), model);
  }

  private String tracked(Organization org, String receipt, Views.TrackedCase c, Model model) {
    model.addAttribute("case", c);
    model.addAttribute("receipt", Receipts.normalize(receipt));
    model.addAttribute("maxFiles", Complaints.MAX_FILES);
    model.addAttribute("maxMb", Complaints.MAX_FILE_BYTES / (1024 * 1024));
    model.addAttribute("maxTotalMb", Complaints.MAX_TOTAL_BYTES / (1024 * 1024));
    return "complaint/public/tracked";
  }

  /** The year's figures, as the form on the page asks (the current year by default). */
  @Embeddable
  @GetMapping("/o/{code}/complaints/statistics")
  String statistics(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
    FiscalYear fy = year == null ? FiscalYear.containing(LocalDate.now(ThaiDates.BANGKOK)) : PublicPaths.parseYear(year.toString());
    return statistics(organization(code), fy, model);
  }

  /** The ITA evidence, a permanent link per year: the figures with no content of any case; "ไม่มีเรื่องร้องเรียน" when none. */
  @Embeddable
  @GetMapping("/o/{code}/{year:\\d{4}}/complaints")
  String yearStatistics(@PathVariable String code, @PathVariable String year, Model model, HttpServletResponse response) {
    String view = statistics(organization(code), PublicPaths.parseYear(year), model);
    return PublicFiles.cached(response, view);
  }

  /**
   * The handling guideline in force in a year (OIT: แนวปฏิบัติการจัดการเรื่องร้องเรียน), generated
   * from how the organization set its channels up: where to file, the steps, the handling time, the
   * protection of the complainant and where a case may be forwarded.
   */
  @Embeddable
  @GetMapping("/o/{code}/{year:\\d{4}}/complaints/guideline")
  String guideline(@PathVariable String code, @PathVariable String year, Model model, HttpServletResponse response) {
    Organization org = organization(code);
    model.addAttribute("org", org);
    model.addAttribute("year", PublicPaths.parseYear(year));
    model.addAttribute("channels", Arrays.stream(Channel.values()).map(c -> complaints.publicChannel(org.id(), c)).toList());
    model.addAttribute("corruption", complaints.publicChannel(org.id(), Channel.CORRUPTION));
    model.addAttribute("units", complaints.responsibleUnits(org.id(), Channel.CORRUPTION));
    model.addAttribute("bodies", Forwarding.Body.values());
    return PublicFiles.cached(response, "complaint/public/guideline");
  }

  static String statisticsPath(String code, FiscalYear year) {
    return PublicPaths.year(code, year) + "/complaints";
  }

  static String guidelinePath(String code, FiscalYear year) {
    return statisticsPath(code, year) + "/guideline";
  }

  private String statistics(Organization org, FiscalYear fy, Model model) {
    model.addAttribute("org", org);
    model.addAttribute("year", fy);
    model.addAttribute("stats", complaints.statistics(org.id(), fy));
    model.addAttribute("permalink", statisticsPath(org.code(), fy));
    return "complaint/public/statistics";
  }

  @ExceptionHandler(SubmissionRefusedException.class)
  ModelAndView tooMany() {
    ModelAndView mv = new ModelAndView("complaint/public/limit");
    mv.setStatus(HttpStatus.TOO_MANY_REQUESTS);
    mv.addObject("message", messages.get("complaint.limit"));
    return mv;
  }

  private Organization organization(String code) {
    return organizations.resolve(code);
  }

  static List<Upload> uploads(List<MultipartFile> files) {
    List<Upload> out = new ArrayList<>();
    if (files == null) return out;
    for (MultipartFile f : files) {
      if (f == null || f.isEmpty()) continue;
      if (f.getSize() > Complaints.MAX_FILE_BYTES) {
        throw RuleViolation.field("files", "complaint.file.too-large", Complaints.MAX_FILE_BYTES / (1024 * 1024));
      }
      try {
        out.add(new Upload(f.getOriginalFilename(), f.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
