package dev.piste.interp;

import dev.piste.bytecode.BytecodeFunction;

/**
 * The functions tier 2 inlined into a frame's code that are on the way to the call it is making:
 * innermost first, each at the position of its call. While such a call runs, the frame names them
 * ({@link Frame#inlined}), and stack traces show them between the callee and the frame, as if each had
 * its own frame.
 */
public record InlinedCallers(BytecodeFunction[] functions, int[] pcs) {}
