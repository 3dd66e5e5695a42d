package org.sujarit.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/** An exact amount of money in baht, kept to the satang (two decimals). */
public final class Baht implements Comparable<Baht> {
  public static final Baht ZERO = new Baht(BigDecimal.ZERO);
  /** The largest amount a plan accepts in one cell: budgets of LGOs stay far below it. */
  public static final Baht MAX_CELL = new Baht(new BigDecimal("999999999999.99"));

  private final BigDecimal amount;

  private Baht(BigDecimal amount) {
    this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** @throws ArithmeticException when the amount has more than two decimals */
  public static Baht of(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    return new Baht(amount);
  }

  public static Baht of(long baht) {
    return new Baht(BigDecimal.valueOf(baht));
  }

  /**
   * Reads an amount as people type it: "1,000", "๑,๐๐๐", "1000.50", " 2 500 ", "1,000 บาท".
   *
   * @throws InvalidAmountException with a reason when the text is not an amount
   */
  public static Baht parse(String text) {
    if (text == null || text.isBlank()) throw new InvalidAmountException(InvalidAmountException.Reason.EMPTY, text);
    String t = ThaiDigits.toArabic(text).strip();
    if (t.endsWith("บาท")) t = t.substring(0, t.length() - 3).strip();
    t = t.replace(",", "").replace(" ", "").replace("\u00A0", "");
    if (t.startsWith("-") && t.length() > 1) throw new InvalidAmountException(InvalidAmountException.Reason.NEGATIVE, text);
    if (!t.matches("\\d+(\\.\\d{1,2})?")) {
      if (t.matches("\\d+\\.\\d{3,}")) throw new InvalidAmountException(InvalidAmountException.Reason.TOO_PRECISE, text);
      throw new InvalidAmountException(InvalidAmountException.Reason.NOT_A_NUMBER, text);
    }
    Baht b = new Baht(new BigDecimal(t).setScale(2, RoundingMode.UNNECESSARY));
    if (b.compareTo(MAX_CELL) > 0) throw new InvalidAmountException(InvalidAmountException.Reason.TOO_LARGE, text);
    return b;
  }

  public BigDecimal amount() {
    return amount;
  }

  public Baht plus(Baht other) {
    return new Baht(amount.add(other.amount));
  }

  public Baht minus(Baht other) {
    return new Baht(amount.subtract(other.amount));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** "10,000" or "10,000.50": the way plan tables print amounts. */
  public String format() {
    DecimalFormat f = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(amount);
  }

  /** Always two decimals, "10,000.00", as E-PlanNACC records amounts. */
  public String formatWithSatang() {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
  }

  @Override
  public int compareTo(Baht o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Baht b && amount.compareTo(b.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
