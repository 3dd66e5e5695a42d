package org.sujarit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.NamedInterface;

/**
 * What a module's base package publishes does not hand out the module's internals: no public member
 * of a public base-package type names a type of one of the module's sub-packages that is not a named
 * interface (those others may not use, so they could not call the member either). Also prints the
 * number of public types per base package, the measure of each module's surface.
 */
class ModuleSurfaceTest {
  private static final String ROOT = "org.sujarit.";
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.sujarit");

  @Test
  void basePackagesExposeNoInternalTypes() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      String module = module(c);
      if (module == null || !c.getPackageName().equals(ROOT + module) || !published(c)) continue;
      for (JavaCodeUnit m : c.getCodeUnits()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)) continue;
        Stream.concat(Stream.of(m.getReturnType()), m.getParameterTypes().stream())
            .flatMap(t -> t.getAllInvolvedRawTypes().stream()).map(JavaClass::getBaseComponentType)
            .filter(t -> internal(module, t)).forEach(t -> leaks.add(m.getFullName() + " -> " + t.getName()));
      }
      for (JavaField f : c.getFields()) {
        if (!f.getModifiers().contains(JavaModifier.PUBLIC)) continue;
        f.getType().getAllInvolvedRawTypes().stream().filter(t -> internal(module, t)).forEach(t -> leaks.add(f.getFullName() + " -> " + t.getName()));
      }
    }
    assertThat(leaks).as("public members of base packages naming internal types").isEmpty();
  }

  @Test
  void publicTypesPerBasePackage() {
    Map<String, int[]> counts = new TreeMap<>();
    for (JavaClass c : CLASSES) {
      String module = module(c);
      if (module == null || !c.getPackageName().equals(ROOT + module) || c.isNestedClass() || c.getSimpleName().equals("package-info")) continue;
      int[] n = counts.computeIfAbsent(module, k -> new int[2]);
      n[1]++;
      if (c.getModifiers().contains(JavaModifier.PUBLIC)) n[0]++;
    }
    counts.forEach((m, n) -> System.out.printf("module surface: %-13s %2d public of %2d top-level types%n", m, n[0], n[1]));
    assertThat(counts).isNotEmpty();
  }

  /**
   * Every public type of a base package is there for other modules: another module's code (or the
   * application's root) uses it, or a public member of such a type names it (a result, a parameter,
   * an event's field).
   */
  @Test
  void basePackagesPublishOnlyWhatOtherModulesUse() {
    Map<String, List<String>> unused = new TreeMap<>();
    for (JavaClass c : CLASSES) {
      String module = module(c);
      if (module == null || !c.getPackageName().equals(ROOT + module) || c.isNestedClass() || !c.getModifiers().contains(JavaModifier.PUBLIC)) continue;
      if (!usedElsewhere(module, c, new java.util.HashSet<>())) unused.computeIfAbsent(module, k -> new ArrayList<>()).add(c.getSimpleName());
    }
    unused.forEach((m, types) -> System.out.printf("module surface: %-13s public but used by no other module: %s%n", m, types));
    assertThat(unused).as("public base-package types no other module uses (move them into an internal sub-package)")
        .isEmpty();
  }

  private static boolean usedElsewhere(String module, JavaClass type, java.util.Set<JavaClass> seen) {
    if (!seen.add(type)) return false;
    for (var d : type.getDirectDependenciesToSelf()) {
      JavaClass user = d.getOriginClass();
      String m = module(user);
      if (!module.equals(m)) return true;
    }
    if (CAUGHT.getOrDefault(type, java.util.Set.of()).stream().anyMatch(m -> !m.equals(module))) return true;
    // named by a public member of a type that is used elsewhere
    for (JavaClass c : CLASSES) {
      if (c.equals(type) || !module.equals(module(c)) || !c.getPackageName().equals(ROOT + module) || !published(c)) continue;
      boolean names = c.getCodeUnits().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
          .flatMap(m -> Stream.concat(Stream.of(m.getReturnType()), m.getParameterTypes().stream()))
          .flatMap(t -> t.getAllInvolvedRawTypes().stream()).map(JavaClass::getBaseComponentType)
          .anyMatch(t -> t.equals(type) || t.getEnclosingClass().map(type::equals).orElse(false));
      if (names && usedElsewhere(module, top(c), seen)) return true;
    }
    return false;
  }

  /** The modules that catch each exception type (a catch clause is no dependency to ArchUnit). */
  private static final Map<JavaClass, java.util.Set<String>> CAUGHT = new java.util.HashMap<>();
  static {
    for (JavaClass c : CLASSES) {
      String m = String.valueOf(module(c));
      c.getCodeUnits().stream().flatMap(u -> u.getTryCatchBlocks().stream()).flatMap(b -> b.getCaughtThrowables().stream())
          .forEach(t -> CAUGHT.computeIfAbsent(t, k -> new java.util.HashSet<>()).add(m));
    }
  }

  private static JavaClass top(JavaClass c) {
    JavaClass k = c;
    while (k.getEnclosingClass().isPresent()) k = k.getEnclosingClass().get();
    return k;
  }

  /** Public and reachable: nested types count only when every enclosing type is public. */
  private static boolean published(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) return false;
    }
    return true;
  }

  private static boolean internal(String module, JavaClass type) {
    String pkg = type.getPackageName();
    if (!pkg.startsWith(ROOT + module + ".")) return false;
    return !type.isAnnotatedWith(NamedInterface.class) && !type.getPackage().isAnnotatedWith(NamedInterface.class);
  }

  private static String module(JavaClass c) {
    if (!c.getPackageName().startsWith(ROOT)) return null;
    String rest = c.getPackageName().substring(ROOT.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
