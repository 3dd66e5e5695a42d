package org.sujarit.database;

import java.time.Instant;
import java.util.List;

/**
 * The counts of one rate limit, by key (a user name, an address, an organization), shared by every node
 * through the database ({@link Counters}). Keys are hashed before they are kept. Each operation is atomic
 * across the nodes; a count that expired (its window ended, or its quiet time passed) counts as none and
 * starts afresh at the next addition.
 */
public interface Counter {
  /** The live count of a key and when it was last added to; zero and null when it has none. */
  record Tally(int count, Instant last) {
    public static final Tally NONE = new Tally(0, null);
  }

  /** The tallies of {@code keys}, in their order. */
  List<Tally> tallies(String... keys);

  /** Adds one to each key. */
  void add(String... keys);

  /** Adds one to the key when its count is below {@code limit}: false, counting nothing, when it is not. */
  boolean addBelow(String key, int limit);

  /** Takes back one addition to the key (of an {@link #addBelow} whose companion limit refused). */
  void undo(String key);

  /** Forgets the keys' counts. */
  void remove(String... keys);

  /** How many keys have a live count now. */
  int held();
}
