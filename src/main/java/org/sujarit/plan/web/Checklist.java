package org.sujarit.plan.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sujarit.plan.PlanFinding;
import org.sujarit.web.Messages;

/**
 * What is still missing before submission (the completeness findings: items without a detail sheet,
 * missions with no item, items without a responsible unit), grouped, each with a link to where it is
 * fixed; and the inconsistencies, which are worth a look too.
 */
public record Checklist(Map<PlanFinding.Code, List<Entry>> open, List<Entry> problems) {

  public record Entry(String text, String href) {}

  /** {@code link} gives the page that fixes a finding. */
  static Checklist of(List<PlanFinding> findings, Messages messages, Function<PlanFinding, String> link) {
    Map<PlanFinding.Code, List<Entry>> open = new EnumMap<>(PlanFinding.Code.class);
    List<Entry> problems = new ArrayList<>();
    for (PlanFinding f : findings) {
      Entry e = new Entry(messages.get(f.messageKey(), f.args().toArray()), link.apply(f));
      if (f.code().completeness()) open.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(e);
      else problems.add(e);
    }
    return new Checklist(open, problems);
  }

  public int size() {
    return open.values().stream().mapToInt(List::size).sum();
  }

  public boolean complete() {
    return open.isEmpty();
  }
}
