package dev.piste.ic;

/** Where an IC lives, for traces and the natives syntax: function, position and site kind. */
public record Site(String function, String file, int line, int column, String kind) {
    @Override public String toString() {
        return (function.isEmpty() ? "<anonymous>" : function) + " (" + file + ":" + line + ":" + column + ") " + kind;
    }
}
