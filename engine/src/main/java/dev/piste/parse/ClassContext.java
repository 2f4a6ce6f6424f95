package dev.piste.parse;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * Private names of the class body being parsed. References may come before the declaration
 * ({@code m() { this.#x } #x;}), so they are collected and resolved when the class body ends; names not
 * declared here are handed to the enclosing class, and at the outermost class they are errors.
 */
final class ClassContext {
    /** Kinds in {@link #declared}: an accessor half may pair with the other half of the same staticness. */
    static final int FIELD_OR_METHOD = 1, GETTER = 2, SETTER = 3, GETTER_AND_SETTER = 4;

    final ClassContext parent;
    final HashMap<String, Integer> declared = new HashMap<>();
    /** Whether each declared private name is static (an accessor pair must agree). */
    final HashMap<String, Boolean> declaredStatic = new HashMap<>();
    /** Unresolved references: name and source offset. */
    final ArrayList<String> referenceNames = new ArrayList<>();
    final ArrayList<Integer> referenceOffsets = new ArrayList<>();

    ClassContext(ClassContext parent) {
        this.parent = parent;
    }
}
