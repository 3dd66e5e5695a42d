package org.sujarit.complaint.statistics;

import org.sujarit.complaint.CaseFacts;
import org.sujarit.complaint.Status;

/**
 * The figures of a set of cases received in a period. Every case is in exactly one of in progress,
 * forwarded and finished, so {@code received = inProgress + forwarded + finished}.
 */
public record ComplaintFigures(int received, int finished, int inProgress, int forwarded, int withinDeadline,
    int answered, int rated, int satisfied, int scoreSum) {
  public static final ComplaintFigures NONE = new ComplaintFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** "ไม่มีเรื่องร้องเรียน": nothing received in the period. */
  public boolean none() {
    return received == 0;
  }

  ComplaintFigures plus(CaseFacts c) {
    boolean answeredCase = c.answeredOn() != null;
    return new ComplaintFigures(received + 1,
        finished + (c.status().finished() ? 1 : 0),
        inProgress + (c.status().inProgress() ? 1 : 0),
        forwarded + (c.status() == Status.FORWARDED ? 1 : 0),
        withinDeadline + (c.withinDeadline() ? 1 : 0),
        answered + (answeredCase ? 1 : 0),
        rated + (c.satisfaction() > 0 ? 1 : 0),
        satisfied + (c.satisfaction() >= 4 ? 1 : 0),
        scoreSum + c.satisfaction());
  }

  /** Share of answered cases answered by their due date, in percent; null when none was answered. */
  public Double withinDeadlinePercent() {
    return answered == 0 ? null : 100.0 * withinDeadline / answered;
  }

  /** Share of ratings of 4 or 5, in percent (the plans' 80 % target); null when nobody rated. */
  public Double satisfiedPercent() {
    return rated == 0 ? null : 100.0 * satisfied / rated;
  }

  public Double averageScore() {
    return rated == 0 ? null : (double) scoreSum / rated;
  }
}
