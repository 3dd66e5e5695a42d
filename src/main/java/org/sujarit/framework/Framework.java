package org.sujarit.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One version of the NACC framework (e.g. NACC_2566 for B.E. 2566–2570). Immutable; its missions are
 * indexed once, since every plan figure looks them up item by item.
 */
public final class Framework {
  private final String code;
  private final String name;
  private final String nameEn;
  private final int firstYear;
  private final int lastYear;
  private final List<Dimension> dimensions;
  /** Every mission and sub-mission by code, in framework order. */
  private final Map<String, Mission> missionsByCode;
  /** The top-level mission of every mission and sub-mission code. */
  private final Map<String, Mission> topByCode;
  private final List<Mission> topMissions;

  @JsonCreator
  public Framework(@JsonProperty("code") String code, @JsonProperty("name") String name, @JsonProperty("nameEn") String nameEn,
      @JsonProperty("firstYear") int firstYear, @JsonProperty("lastYear") int lastYear,
      @JsonProperty("dimensions") List<Dimension> dimensions) {
    this.code = code;
    this.name = name;
    this.nameEn = nameEn;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    Map<String, Mission> all = new LinkedHashMap<>();
    Map<String, Mission> tops = new LinkedHashMap<>();
    List<Mission> topList = new ArrayList<>();
    for (Dimension d : this.dimensions) {
      for (Mission m : d.missions()) {
        topList.add(m);
        m.flatten().forEach(x -> {
          all.putIfAbsent(x.code(), x);
          tops.putIfAbsent(x.code(), m);
        });
      }
    }
    this.missionsByCode = Collections.unmodifiableMap(all);
    this.topByCode = Collections.unmodifiableMap(tops);
    this.topMissions = List.copyOf(topList);
  }

  public record Dimension(int no, String name, String nameEn, List<Mission> missions) {
    public Dimension {
      missions = missions == null ? List.of() : List.copyOf(missions);
    }
  }

  /**
   * A mission ("2.2") or a sub-mission ("2.2.1"). {@code evidence}: kinds of evidence other modules
   * offer for the progress records of its items (e.g. {@code "complaint.statistics"} on the
   * complaint-handling missions); its sub-missions have them too.
   */
  public record Mission(String code, String name, List<Mission> subMissions, List<String> evidence) {
    public Mission {
      subMissions = subMissions == null ? List.of() : List.copyOf(subMissions);
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** This mission and all its sub-missions, depth first. */
    public Stream<Mission> flatten() {
      return Stream.concat(Stream.of(this), subMissions.stream().flatMap(Mission::flatten));
    }

    /** The dimension number a mission code belongs to: its first part. */
    public static int dimensionNo(String code) {
      int dot = code.indexOf('.');
      return Integer.parseInt(dot < 0 ? code : code.substring(0, dot));
    }
  }

  public String code() { return code; }
  public String name() { return name; }
  public String nameEn() { return nameEn; }
  public int firstYear() { return firstYear; }
  public int lastYear() { return lastYear; }
  public List<Dimension> dimensions() { return dimensions; }

  public Optional<Dimension> dimension(int no) {
    return dimensions.stream().filter(d -> d.no() == no).findFirst();
  }

  public Optional<Mission> mission(String code) {
    return Optional.ofNullable(code == null ? null : missionsByCode.get(code));
  }

  /** Every mission and sub-mission, in framework order. */
  public Stream<Mission> missions() {
    return missionsByCode.values().stream();
  }

  /** The top-level missions (e.g. 1.1 … 4.3), in order. */
  public List<Mission> topMissions() {
    return topMissions;
  }

  public boolean hasMission(String code) {
    return code != null && missionsByCode.containsKey(code);
  }

  /** The evidence kinds offered for items of a mission: its own and those of the missions above it. */
  public Set<String> evidenceFor(String code) {
    Set<String> kinds = new LinkedHashSet<>();
    for (String c = code; c != null; c = c.lastIndexOf('.') < 0 ? null : c.substring(0, c.lastIndexOf('.'))) {
      mission(c).ifPresent(m -> kinds.addAll(m.evidence()));
    }
    return kinds;
  }

  /** The top-level mission a mission or sub-mission code belongs to ("2.2.1" → "2.2"). */
  public Optional<Mission> topMissionOf(String code) {
    return Optional.ofNullable(code == null ? null : topByCode.get(code));
  }

  /** Frameworks are known by their code. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Framework f && f.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
