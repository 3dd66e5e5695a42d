package org.sujarit.complaint.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sujarit.common.FiscalQuarter;
import org.sujarit.common.FiscalYear;
import org.sujarit.complaint.CaseFacts;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Submission;

/**
 * The one place complaint figures are computed: for the cases received in a period, the total and the
 * breakdowns per channel, per intake channel, per category, per category of each channel
 * ({@code byChannelCategory}, intake null) and per channel × intake × category ({@code cells}, the
 * CSV's rows). Only combinations with cases appear. Status is the cases' current one.
 */
public record ComplaintStatistics(StatisticsPeriod period, ComplaintFigures total,
    Map<Channel, ComplaintFigures> byChannel, Map<IntakeChannel, ComplaintFigures> byIntake,
    Map<String, ComplaintFigures> byCategory, Map<Cell, ComplaintFigures> byChannelCategory, Map<Cell, ComplaintFigures> cells) {

  /** A breakdown's key; {@code intake} is null where intake channels are added up. Ordered as the form offers them. */
  public record Cell(Channel channel, IntakeChannel intake, String category) implements Comparable<Cell> {
    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::channel)
        .thenComparing(Cell::intake, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparingInt(c -> categoryIndex(c.channel, c.category)).thenComparing(Cell::category);

    @Override
    public int compareTo(Cell o) {
      return ORDER.compare(this, o);
    }

    private static int categoryIndex(Channel channel, String category) {
      int i = Submission.CATEGORIES.get(channel).indexOf(category);
      return i < 0 ? Integer.MAX_VALUE : i;
    }
  }

  public static ComplaintStatistics of(StatisticsPeriod period, Collection<CaseFacts> cases) {
    ComplaintFigures total = ComplaintFigures.NONE;
    Map<Channel, ComplaintFigures> byChannel = new EnumMap<>(Channel.class);
    Map<IntakeChannel, ComplaintFigures> byIntake = new EnumMap<>(IntakeChannel.class);
    Map<String, ComplaintFigures> byCategory = new TreeMap<>();
    Map<Cell, ComplaintFigures> byChannelCategory = new TreeMap<>();
    Map<Cell, ComplaintFigures> cells = new TreeMap<>();
    for (CaseFacts c : cases) {
      if (!period.contains(c.receivedOn())) continue;
      total = total.plus(c);
      byChannel.merge(c.channel(), ComplaintFigures.NONE.plus(c), (a, b) -> a.plus(c));
      byIntake.merge(c.intake(), ComplaintFigures.NONE.plus(c), (a, b) -> a.plus(c));
      byCategory.merge(c.category(), ComplaintFigures.NONE.plus(c), (a, b) -> a.plus(c));
      byChannelCategory.merge(new Cell(c.channel(), null, c.category()), ComplaintFigures.NONE.plus(c), (a, b) -> a.plus(c));
      cells.merge(new Cell(c.channel(), c.intake(), c.category()), ComplaintFigures.NONE.plus(c), (a, b) -> a.plus(c));
    }
    return new ComplaintStatistics(period, total, Collections.unmodifiableMap(byChannel), Collections.unmodifiableMap(byIntake),
        Collections.unmodifiableMap(byCategory), Collections.unmodifiableMap(byChannelCategory), Collections.unmodifiableMap(cells));
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
