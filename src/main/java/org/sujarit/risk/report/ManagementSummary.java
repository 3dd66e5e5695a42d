package org.sujarit.risk.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sujarit.risk.Risk;
import org.sujarit.risk.RiskAssessment;
import org.sujarit.risk.SurveillanceReport;
import org.sujarit.risk.SurveillanceStatus;

/**
 * Steps 7 and 8: the risks of an assessment grouped by their surveillance status in a round (the
 * management system and the management report), and those not reported yet. The one place that
 * computes these groups.
 */
public record ManagementSummary(Map<SurveillanceStatus, List<Risk>> byStatus, List<Risk> notReported,
    Map<UUID, SurveillanceReport> reports) {

  public static ManagementSummary of(RiskAssessment assessment, List<SurveillanceReport> roundReports) {
    Map<UUID, SurveillanceReport> byRisk = roundReports.stream()
        .collect(Collectors.toMap(SurveillanceReport::riskId, Function.identity(), (a, b) -> b));
    Map<SurveillanceStatus, List<Risk>> groups = new EnumMap<>(SurveillanceStatus.class);
    for (SurveillanceStatus s : SurveillanceStatus.values()) groups.put(s, new ArrayList<>());
    List<Risk> missing = new ArrayList<>();
    for (Risk r : assessment.risks()) {
      SurveillanceReport rep = byRisk.get(r.id());
      if (rep == null) missing.add(r);
      else groups.get(rep.status()).add(r);
    }
    groups.replaceAll((k, v) -> List.copyOf(v));
    return new ManagementSummary(groups, List.copyOf(missing), Map.copyOf(byRisk));
  }

  public int count(SurveillanceStatus status) {
    return byStatus.get(status).size();
  }

  public SurveillanceReport report(UUID riskId) {
    return reports.get(riskId);
  }
}
