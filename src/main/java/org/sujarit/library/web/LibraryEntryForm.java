package org.sujarit.library.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sujarit.common.Baht;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDigits;
import org.sujarit.library.catalogue.LibraryEntry;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.MeasureUnit;

/**
 * A library entry as the administrator's form holds it: the draft sheet's list sections as text, one
 * entry per line; a cost line as "description | amount", an indicator as "description | target | unit".
 */
public class LibraryEntryForm {
  static final String SEPARATOR = "|";

  public String id;
  public String position;
  public String kind;
  public String name;
  public String description;
  public boolean active = true;
  /** Framework code → mission code; blank means "not offered under that framework". */
  public Map<String, String> missions = new LinkedHashMap<>();
  public String principle;
  public String objectives;
  public String targetGroup;
  public String area;
  public String method;
  public String duration;
  public String budgetText;
  public String costLines;
  public String responsibleText;
  public String outputs;
  public String outcomes;
  public String indicators;

  static LibraryEntryForm of(LibraryEntry e) {
    LibraryEntryForm f = new LibraryEntryForm();
    DetailSheet d = e.details();
    f.id = e.id() == null ? null : e.id().toString();
    f.position = Integer.toString(e.position());
    f.kind = e.kind() == null ? null : e.kind().name();
    f.name = e.name();
    f.description = e.description();
    f.active = e.active();
    f.missions = new LinkedHashMap<>(e.missions());
    f.principle = d.principle();
    f.objectives = lines(d.objectives(), s -> s);
    f.targetGroup = d.targetGroup();
    f.area = d.area();
    f.method = lines(d.method(), s -> s);
    f.duration = d.duration();
    f.budgetText = d.budgetText();
    f.costLines = lines(d.costLines(), c -> c.description() + (c.amount() == null ? "" : " | " + c.amount().format()));
    f.responsibleText = d.responsibleText();
    f.outputs = lines(d.outputs(), s -> s);
    f.outcomes = lines(d.outcomes(), s -> s);
    f.indicators = lines(d.indicators(), i -> i.description()
        + (i.target() == null ? "" : " | " + i.target().stripTrailingZeros().toPlainString() + " | " + (i.unit() == null ? "" : i.unit().name())));
    return f;
  }

  /** The entry, or null with the unreadable fields in {@code errors} (field → violation). */
  LibraryEntry toEntry(Map<String, RuleViolation> errors) {
    int pos = 0;
    try {
      pos = Integer.parseInt(ThaiDigits.toArabic(position == null ? "" : position).strip());
    } catch (NumberFormatException e) {
      errors.put("position", new RuleViolation("authoring.number.invalid", String.valueOf(position)));
    }
    List<DetailSheet.CostLine> costs = new ArrayList<>();
    for (String line : split(costLines)) {
      String[] p = line.split("\\" + SEPARATOR, -1);
      try {
        costs.add(new DetailSheet.CostLine(p[0].strip(), p.length > 1 && !p[1].isBlank() ? Baht.parse(p[1]) : null));
      } catch (RuleViolation e) {
        errors.putIfAbsent("costLines", e);
      }
    }
    List<DetailSheet.Indicator> inds = new ArrayList<>();
    for (String line : split(indicators)) {
      String[] p = line.split("\\" + SEPARATOR, -1);
      try {
        BigDecimal target = p.length > 1 && !p[1].isBlank() ? decimal(p[1]) : null;
        inds.add(new DetailSheet.Indicator(p[0].strip(), target, p.length > 2 ? MeasureUnit.parse(p[2]) : MeasureUnit.OTHER));
      } catch (RuleViolation e) {
        errors.putIfAbsent("indicators", e);
      }
    }
    if (!errors.isEmpty()) return null;
    Map<String, String> chosen = missions.entrySet().stream().filter(m -> m.getValue() != null && !m.getValue().isBlank())
        .collect(Collectors.toMap(Map.Entry::getKey, m -> m.getValue().strip()));
    DetailSheet sheet = new DetailSheet(principle, split(objectives), targetGroup, area, split(method), duration, budgetText, costs,
        responsibleText, split(outputs), split(outcomes), inds);
    return new LibraryEntry(id == null || id.isBlank() ? null : UUID.fromString(id), pos,
        kind == null || kind.isBlank() ? null : ItemKind.parse(kind), name, description, chosen, sheet, active);
  }

  private static BigDecimal decimal(String text) {
    String t = ThaiDigits.toArabic(text).strip().replace(",", "");
    if (!t.matches("\\d{1,12}(\\.\\d{1,4})?")) throw new RuleViolation("authoring.number.invalid", text.strip());
    return new BigDecimal(t);
  }

  private static List<String> split(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static <T> String lines(List<T> list, Function<T, String> f) {
    return list.stream().map(f).collect(Collectors.joining("\n"));
  }
}
