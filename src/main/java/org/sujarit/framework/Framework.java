package org.sujarit.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One version of the NACC framework (e.g. NACC_2566 for B.E. 2566–2570). */
public record Framework(String code, String name, String nameEn, int firstYear, int lastYear, List<Dimension> dimensions) {

  public Framework {
    dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
  }

  public record Dimension(int no, String name, String nameEn, List<Mission> missions) {
    public Dimension {
      missions = missions == null ? List.of() : List.copyOf(missions);
    }
  }

  /** A mission ("2.2") or a sub-mission ("2.2.1"). */
  public record Mission(String code, String name, List<Mission> subMissions) {
    public Mission {
      subMissions = subMissions == null ? List.of() : List.copyOf(subMissions);
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

  public Optional<Dimension> dimension(int no) {
    return dimensions.stream().filter(d -> d.no() == no).findFirst();
  }

  public Optional<Mission> mission(String code) {
    return missions().filter(m -> m.code().equals(code)).findFirst();
  }

  /** Every mission and sub-mission, in framework order. */
  public Stream<Mission> missions() {
    return dimensions.stream().flatMap(d -> d.missions().stream()).flatMap(Mission::flatten);
  }

  /** The top-level missions (e.g. 1.1 … 4.3), in order. */
  public List<Mission> topMissions() {
    List<Mission> out = new ArrayList<>();
    dimensions.forEach(d -> out.addAll(d.missions()));
    return out;
  }

  public boolean hasMission(String code) {
    return mission(code).isPresent();
  }

  /** The top-level mission a mission or sub-mission code belongs to ("2.2.1" → "2.2"). */
  public Optional<Mission> topMissionOf(String code) {
    return topMissions().stream().filter(m -> m.flatten().anyMatch(x -> x.code().equals(code))).findFirst();
  }
}
