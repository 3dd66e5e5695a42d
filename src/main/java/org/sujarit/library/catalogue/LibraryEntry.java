package org.sujarit.library.catalogue;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.ItemKind;

/**
 * One catalogue entry. {@code missions} maps a framework code to the mission code the entry goes
 * under in that framework; an entry without a mission for a framework is not offered for it.
 */
public record LibraryEntry(UUID id, int position, ItemKind kind, String name, String description,
    Map<String, String> missions, DetailSheet details, boolean active) {

  public LibraryEntry {
    missions = missions == null ? Map.of() : new TreeMap<>(missions);
    details = details == null ? DetailSheet.EMPTY : details;
    name = name == null ? null : name.strip();
    description = description == null || description.isBlank() ? null : description.strip();
  }

  public String missionIn(String frameworkCode) {
    return missions.get(frameworkCode);
  }
}
