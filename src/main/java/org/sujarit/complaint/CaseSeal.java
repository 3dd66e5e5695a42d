package org.sujarit.complaint;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.internal.Complaints;
import org.sujarit.complaint.internal.Outcome;
import org.sujarit.complaint.protection.CaseKey;
import org.sujarit.complaint.protection.InstallationKey;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals a case the one way the complaint module stores it: a fresh case key wrapped by the installation
 * key, the content, identity and officer's texts sealed with it. Used by intake and by bulk loaders that
 * write case rows themselves (the synthetic country), so that officers open every case alike.
 */
@Component
public class CaseSeal {
  /** How the history and the audit trail name a complainant: never by name. */
  public static final String COMPLAINANT = "complainant";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final InstallationKey installationKey;

  CaseSeal(InstallationKey installationKey) {
    this.installationKey = installationKey;
  }

  /** The stored parts of a case; {@code identity} null for an anonymous one. */
  public record Sealed(String keyId, byte[] wrappedKey, byte[] content, byte[] identity, byte[] outcome) {}

  /** One row of a case's history as {@code Complaints} writes it: the action taken, the status reached and its day. */
  public record HistoryStep(String action, Status to, LocalDate on) {}

  /** {@code c} as it stands (its officer's texts and rating included); {@code identity} null for an anonymous complainant. */
  public Sealed seal(Complaint c, CaseContent content, Identity identity) {
    CaseKey key = CaseKey.generate(c.id());
    return new Sealed(installationKey.id(), key.wrap(installationKey), key.seal(json(content)),
        identity == null ? null : key.seal(json(identity)), key.seal(json(Outcome.of(c))));
  }

  /** The history {@code Complaints} would have written for {@code c}: received, then each step by the action that took it. */
  public static List<HistoryStep> history(Complaint c) {
    List<HistoryStep> out = new ArrayList<>();
    out.add(new HistoryStep("RECEIVED", Status.RECEIVED, c.receivedOn()));
    for (Complaint.Step s : c.steps()) out.add(new HistoryStep(Complaints.Action.Kind.moving(s.to()).name(), s.to(), s.on()));
    return out;
  }

  private static byte[] json(Object o) {
    return JSON.writeValueAsString(o).getBytes(StandardCharsets.UTF_8);
  }
}
