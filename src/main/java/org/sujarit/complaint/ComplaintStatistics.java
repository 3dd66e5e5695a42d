package org.sujarit.complaint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;

/**
 * The one place complaint figures are computed: for the cases received in a period, the total and the
 * breakdowns per channel, per intake channel and per category. Status is the cases' current one.
 */
public record ComplaintStatistics(StatisticsPeriod period, ComplaintFigures total,
    Map<Channel, ComplaintFigures> byChannel, Map<IntakeChannel, ComplaintFigures> byIntake,
    Map<String, ComplaintFigures> byCategory) {

  public static ComplaintStatistics of(StatisticsPeriod period, Collection<CaseFacts> cases) {
    ComplaintFigures total = ComplaintFigures.NONE;
    Map<Channel, ComplaintFigures> byChannel = new EnumMap<>(Channel.class);
    Map<IntakeChannel, ComplaintFigures> byIntake = new EnumMap<>(IntakeChannel.class);
    Map<String, ComplaintFigures> byCategory = new TreeMap<>();
    for (CaseFacts c : cases) {
      if (!period.contains(c.receivedOn())) continue;
      total = total.plus(c);
      byChannel.merge(c.channel(), ComplaintFigures.NONE.plus(c), (a, b) -> a.plus(c));
      byIntake.merge(c.intake(), ComplaintFigures.NONE.plus(c), (a, b) -> a.plus(c));
      byCategory.merge(c.category(), ComplaintFigures.NONE.plus(c), (a, b) -> a.plus(c));
    }
    return new ComplaintStatistics(period, total, Collections.unmodifiableMap(byChannel),
        Collections.unmodifiableMap(byIntake), Collections.unmodifiableMap(byCategory));
  }

  /** The year, its two halves, four quarters and twelve months, in that order. */
  public static List<ComplaintStatistics> yearInDetail(FiscalYear year, Collection<CaseFacts> cases) {
    List<StatisticsPeriod> periods = new ArrayList<>();
    periods.add(StatisticsPeriod.year(year));
    periods.add(StatisticsPeriod.half(year, 1));
    periods.add(StatisticsPeriod.half(year, 2));
    for (FiscalQuarter q : FiscalQuarter.values()) periods.add(StatisticsPeriod.quarter(year, q));
    for (int m = 1; m <= 12; m++) periods.add(StatisticsPeriod.month(year, m));
    return periods.stream().map(p -> of(p, cases)).toList();
  }

  public ComplaintFigures channel(Channel c) {
    return byChannel.getOrDefault(c, ComplaintFigures.NONE);
  }
}
