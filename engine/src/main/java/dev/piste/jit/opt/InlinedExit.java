package dev.piste.jit.opt;

import java.util.List;

/**
 * How a deoptimization inside inlined code rebuilds the interpreter frames, outermost first, from one
 * array of boxed values: each level's pc, the value index of each register it writes (-1: the frame
 * already holds it) and of its accumulator; for an inlined callee (every level but the first) also
 * the indices of the closure called, this and the arguments, from which its frame is made, and
 * whether it is a {@code new} (see FrameState.InlinedCall).
 */
public record InlinedExit(List<Level> levels) {
    public record Level(int pc, int[] registers, int accumulator, int closure, int thisArg, int[] arguments, boolean construct) {}
}
