package org.sujarit.plan.web;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * A change to one list field of a form, sent by its add, up, down and remove buttons as
 * {@code op=add:objectives} or {@code op=up:objectives:2}. The server applies it to the posted form
 * and shows the form again, without saving, so that nothing typed is lost.
 */
record ListOp(Action action, String list, int index) {
  enum Action { ADD, REMOVE, UP, DOWN }

  /** Forms allow this many entries in one list. */
  static final int MAX_ENTRIES = 100;

  /** @throws IllegalArgumentException for a malformed op (answered as a bad request) */
  static ListOp parse(String op) {
    String[] p = op == null ? new String[0] : op.split(":");
    if (p.length < 2 || p.length > 3) throw new IllegalArgumentException("op " + op);
    Action action = Action.valueOf(p[0].toUpperCase());
    if (action != Action.ADD && p.length != 3) throw new IllegalArgumentException("op " + op);
    return new ListOp(action, p[1], p.length == 3 ? Integer.parseInt(p[2]) : -1);
  }

  <T> void applyTo(List<T> list, Supplier<T> blank) {
    boolean inRange = index >= 0 && index < list.size();
    switch (action) {
      case ADD -> { if (list.size() < MAX_ENTRIES) list.add(blank.get()); }
      case REMOVE -> { if (inRange) list.remove(index); }
      case UP -> { if (inRange && index > 0) Collections.swap(list, index, index - 1); }
      case DOWN -> { if (inRange && index < list.size() - 1) Collections.swap(list, index, index + 1); }
    }
  }

  /**
   * The id of the input to focus once the form is shown again: the new or moved entry's first
   * input ({@code f-<list>-<n>}), or the list's add button after a removal.
   */
  String focusId(int sizeAfter) {
    return switch (action) {
      case ADD -> "f-" + list + "-" + (sizeAfter - 1);
      case REMOVE -> "add-" + list;
      case UP -> "f-" + list + "-" + Math.max(0, index - 1);
      case DOWN -> "f-" + list + "-" + Math.min(sizeAfter - 1, index + 1);
    };
  }
}
