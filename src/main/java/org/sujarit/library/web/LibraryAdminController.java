package org.sujarit.library.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.CurrentUsers;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.library.catalogue.Library;
import org.sujarit.library.catalogue.LibraryEntry;
import org.sujarit.web.Messages;

/** The system administrator keeps the standard item library in the browser. */
@Controller
@RequestMapping("/admin/library")
class LibraryAdminController {
  private final Library library;
  private final FrameworkCatalog frameworks;
  private final Messages messages;

  LibraryAdminController(Library library, FrameworkCatalog frameworks, Messages messages) {
    this.library = library;
    this.frameworks = frameworks;
    this.messages = messages;
  }

  @InitBinder("form")
  void fields(WebDataBinder binder) {
    binder.initDirectFieldAccess();
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("entries", library.all(CurrentUsers.get()));
    model.addAttribute("frameworks", frameworks.all());
    return "plan/editor/library/list";
  }

  @GetMapping("/new")
  String blank(Model model) {
    return form(model, LibraryEntryForm.of(library.blank(CurrentUsers.get())), Map.of());
  }

  @GetMapping("/{id}")
  String edit(@PathVariable UUID id, Model model) {
    return form(model, LibraryEntryForm.of(library.get(CurrentUsers.get(), id)), Map.of());
  }

  @PostMapping
  String save(@ModelAttribute("form") LibraryEntryForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    CurrentUser user = CurrentUsers.get();
    Map<String, RuleViolation> violations = new LinkedHashMap<>();
    LibraryEntry entry = form.toEntry(violations);
    if (entry != null) {
      try {
        LibraryEntry saved = library.save(user, entry);
        redirect.addFlashAttribute("flash", messages.get("authoring.library.saved", saved.name()));
        return "redirect:/admin/library";
      } catch (NotFoundException e) {
        throw e;
      } catch (RuleViolation e) {
        // the sheet's lists are one text area each: "costLines[2].description" belongs to "costLines"
        violations.put(e.field() == null ? "" : e.field().replaceAll("[\\[.].*", ""), e);
      }
    }
    response.setStatus(422);
    Map<String, String> errors = new LinkedHashMap<>();
    violations.forEach((field, e) -> errors.put(field, messages.of(e)));
    return form(model, form, errors);
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable UUID id, RedirectAttributes redirect) {
    library.delete(CurrentUsers.get(), id);
    redirect.addFlashAttribute("flash", messages.get("authoring.library.deleted"));
    return "redirect:/admin/library";
  }

  private String form(Model model, LibraryEntryForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("frameworks", frameworks.all());
    return "plan/editor/library/entry";
  }
}
