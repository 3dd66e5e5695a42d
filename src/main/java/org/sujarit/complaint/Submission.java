package org.sujarit.complaint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a complainant fills in (on the public form, through the API, or an officer for a complaint
 * received in person). {@code anonymous} means no name and no contact are kept at all.
 */
public record Submission(Channel channel, boolean anonymous, String name, String contact, boolean wantsUpdates, String subject,
    String details, String persons, String occurred, String place, String unit, String category, boolean consent) {
  public static final int MAX_SUBJECT = 200;
  public static final int MAX_DETAILS = 20_000;
  public static final int MAX_SHORT = 1_000;

  /** The categories offered per channel (message keys complaint.category.*); OTHER in both. */
  public static final Map<Channel, List<String>> CATEGORIES = Map.of(
      Channel.GENERAL, List.of("ROADS", "WATER", "WASTE", "LIGHTING", "NUISANCE", "SERVICE", "OTHER"),
      Channel.CORRUPTION, List.of("BRIBERY", "PROCUREMENT", "ABUSE_OF_POWER", "MISUSE_OF_FUNDS", "CONFLICT_OF_INTEREST",
          "MISCONDUCT", "OTHER"));

  public Submission {
    name = anonymous ? "" : clean(name);
    contact = anonymous ? "" : clean(contact);
    wantsUpdates = !anonymous && wantsUpdates && !contact.isEmpty();
    subject = clean(subject);
    details = clean(details);
    persons = clean(persons);
    occurred = clean(occurred);
    place = clean(place);
    unit = clean(unit);
    category = category == null || category.isBlank() ? "OTHER" : category.strip();
  }

  /** Every field's problem at once (field → message key), so the form shows them all and keeps what was typed. */
  public Map<String, String> problems() {
    Map<String, String> p = new LinkedHashMap<>();
    if (channel == null) p.put("channel", "complaint.channel.required");
    if (subject.isEmpty()) p.put("subject", "complaint.form.subject.required");
    else if (subject.length() > MAX_SUBJECT) p.put("subject", "complaint.form.too-long");
    if (details.isEmpty()) p.put("details", "complaint.form.details.required");
    else if (details.length() > MAX_DETAILS) p.put("details", "complaint.form.too-long");
    for (var f : Map.of("persons", persons, "occurred", occurred, "place", place, "unit", unit, "name", name, "contact", contact).entrySet()) {
      if (f.getValue().length() > MAX_SHORT) p.put(f.getKey(), "complaint.form.too-long");
    }
    if (!anonymous && name.isEmpty()) p.put("name", "complaint.form.name.required");
    if (channel != null && !CATEGORIES.get(channel).contains(category)) p.put("category", "complaint.form.category.invalid");
    if (!consent) p.put("consent", "complaint.form.consent.required");
    return p;
  }

  public CaseContent content() {
    return new CaseContent(subject, details, persons, occurred, place, unit);
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip().replace("\u0000", "");
  }
}
