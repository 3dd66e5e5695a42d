package org.sujarit.plan.standarditems;

import java.util.UUID;
import org.sujarit.plan.DetailSheet;
import org.sujarit.plan.ItemKind;

/**
 * An entry of the standard item library as a plan takes it: a recurring project, activity or measure
 * under the mission where plans of one framework usually place it, with a draft detail sheet.
 * {@code description} says in one line what the entry is, for the person choosing.
 */
public record StandardItem(UUID id, ItemKind kind, String name, String missionCode, String description, DetailSheet details) {}
