package org.sujarit.common;

import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/** Smoke benchmark proving the JMH set-up: ./mvnw test-compile exec:exec@jmh -Djmh.args=FiscalYearBenchmark */
@Fork(1)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
public class FiscalYearBenchmark {
  @Benchmark
  public Baht parseAmount() {
    return Baht.parse("๑,๒๓๔,๕๖๗.๕๐");
  }

  @Benchmark
  public FiscalYear fiscalYearOfDate() {
    return FiscalYear.containing(LocalDate.of(2025, 11, 3));
  }
}
