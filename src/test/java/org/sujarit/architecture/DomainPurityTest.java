package org.sujarit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * Domain classes hold the rules and nothing of Spring, HTTP or SQL. Domain classes are: the shared
 * value types ({@code common}), the frameworks' model, and every class of the base packages of
 * {@code plan}, {@code monitoring} and {@code complaint} that is not a Spring bean (the plan, its items,
 * budgets, detail sheets, totals and findings; progress records, rounds, deadlines and figures; cases
 * and their workflow) together with their nested types and the events those modules publish, and so
 * are those of complaint's {@code statistics} and {@code internal} packages (its figures, and the
 * views and filters of its service). Adapters (messages, storage, web) live in sub-packages or are beans.
 */
class DomainPurityTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.sujarit");

  private static final String[] FORBIDDEN = {"org.springframework..", "jakarta.servlet..", "java.sql.."};

  /** A class declared inside a Spring component (e.g. its after-commit callback) belongs to that component. */
  private static final DescribedPredicate<JavaClass> INSIDE_A_COMPONENT = DescribedPredicate.describe("declared inside a component",
      c -> c.getEnclosingClass().map(e -> e.isMetaAnnotatedWith(Component.class)).orElse(false));

  @Test
  void sharedValueTypesAndFrameworksAreFreeOfSpringServletAndSql() {
    ArchRule rule = noClasses().that().resideInAnyPackage("org.sujarit.common", "org.sujarit.framework")
        .and().areNotMetaAnnotatedWith(Component.class).and().doNotHaveSimpleName("package-info")
        .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN);
    rule.check(CLASSES);
  }

  @Test
  void planMonitoringAndComplaintDomainsAreFreeOfSpringServletAndSql() {
    ArchRule rule = noClasses().that().resideInAnyPackage("org.sujarit.plan", "org.sujarit.monitoring", "org.sujarit.complaint",
        "org.sujarit.complaint.statistics", "org.sujarit.complaint.internal")
        .and().areNotMetaAnnotatedWith(Component.class).and(DescribedPredicate.not(INSIDE_A_COMPONENT))
        .and().doNotHaveSimpleName("package-info")
        .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN);
    rule.check(CLASSES);
  }

  /** Oversight's figure values, provinces and on-time rules; its read model and queries are the adapters. */
  @Test
  void oversightFiguresAreFreeOfSpringServletAndSql() {
    ArchRule rule = noClasses().that().resideInAPackage("org.sujarit.oversight.figures").and().doNotHaveSimpleName("package-info")
        .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN);
    rule.check(CLASSES);
  }
}
