package dev.piste.jit.opt;

import dev.piste.jit.JvmCode;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;

import static dev.piste.jit.opt.OptCompiler.*;

/**
 * A part of a function's code in a method of its own: a run of blocks in emission order. It is
 * entered at one of its entries (blocks with a predecessor in another region, or the first block):
 * the values live there come in the frame's handover (Frame.Handover: tagged ones in values, int32,
 * booleans and float64 as longs in numbers), at the index spill gives each value; it leaves for
 * another region by writing the values live at the target there, the target's index as the
 * handover's entry, and returning Steps.NEXT_REGION to execute, which calls the target's method.
 */
record Region(int index, List<Block> blocks, java.util.Set<Block> members, List<Block> entries, Map<Block, List<Node>> liveAtEntry,
              Map<Node, Integer> spill, Map<Block, Integer> blockNumber) {

    /**
     * Where a function's blocks may be cut into runs: each block's place in emission order, and the
     * span of every loop in it (computed once per compilation, whatever the number of attempts).
     */
    static final class Cuts {
        private final Map<Block, Integer> number = new java.util.IdentityHashMap<>();
        private final List<int[]> loopSpans = new ArrayList<>();

        Cuts(Graph g) {
            for (int i = 0; i < g.blocks.size(); i++) number.put(g.blocks.get(i), i);
            for (var loop : LoopInvariantCodeMotion.loops(g, Dominators.of(g))) {
                int lo = Integer.MAX_VALUE, hi = -1;
                for (Block b : loop.body()) { lo = Math.min(lo, number.get(b)); hi = Math.max(hi, number.get(b)); }
                loopSpans.add(new int[] {lo, hi});
            }
        }

        /**
         * The runs with those split chooses (by index) halved by weight; null when none of those can be
         * (a run of one block).
         */
        List<List<Block>> split(List<List<Block>> runs, java.util.function.IntPredicate split) {
            List<List<Block>> out = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < runs.size(); i++) {
                List<Block> run = runs.get(i);
                if (!split.test(i) || run.size() < 2) { out.add(run); continue; }
                int total = 0;
                int[] weight = new int[run.size()];
                for (int k = 0; k < run.size(); k++) {
                    for (Node n : run.get(k).nodes) weight[k] += n.op == Op.GENERIC ? 24 : n.op.canDeoptimize() ? 10 : 4;
                    total += weight[k];
                }
                // Cut k: before run.get(k). A cut inside a loop makes every iteration cross between methods:
                // fewer loops cut first (a lopsided cut outside a hot loop beats an even one inside it), then balance.
                int best = -1;
                long bestScore = Long.MAX_VALUE;
                int acc = 0;
                for (int k = 1; k < run.size(); k++) {
                    acc += weight[k - 1];
                    int at = number.get(run.get(k));
                    int inside = 0;
                    for (int[] span : loopSpans) if (span[0] < at && at <= span[1]) inside++;
                    long score = (long) inside * 1_000_000_000L + Math.abs(2L * acc - total);
                    if (score < bestScore) { bestScore = score; best = k; }
                }
                out.add(run.subList(0, best));
                out.add(run.subList(best, run.size()));
                any = true;
            }
            return any ? out : null;
        }

        /** runs halved (all of them, then again) until there are at least count, or null when none can be halved. */
        List<List<Block>> halveUntil(List<List<Block>> runs, int count) {
            while (runs != null && runs.size() < Math.min(count, MAX_REGIONS)) {
                List<List<Block>> next = split(runs, i -> true);
                if (next == null) break;
                runs = next;
            }
            return runs;
        }
    }

    /** The regions of g's blocks cut into runs (in order, together all of g's blocks). */
    static List<Region> of(Graph g, List<List<Block>> runs, SlotAllocator.Allocation allocation) {
        Map<Block, Integer> number = new java.util.IdentityHashMap<>();
        for (int i = 0; i < g.blocks.size(); i++) number.put(g.blocks.get(i), i);
        // Every value live where a region is entered gets a place in the handover: tagged ones in values, the others in numbers.
        Map<Node, Integer> spill = new HashMap<>();
        int[] tagged = {0, 0}; // places taken in each array
        Map<Block, List<Node>> live = new java.util.IdentityHashMap<>();
        for (List<Block> blocks : runs) {
            java.util.Set<Block> members = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            members.addAll(blocks);
            for (Block b : blocks) {
                if (b != g.blocks.getFirst() && members.containsAll(b.predecessors)) continue;
                List<Node> values = new ArrayList<>(allocation.liveIn().get(b));
                values.addAll(b.phis);
                values.sort(java.util.Comparator.comparingInt(v -> v.id));
                live.put(b, values);
                for (Node v : values) {
                    if (spill.containsKey(v)) continue;
                    spill.put(v, v.representation == Representation.TAGGED ? tagged[0]++ : tagged[1]++);
                }
            }
        }
        List<Region> regions = new ArrayList<>();
        for (List<Block> blocks : runs) {
            java.util.Set<Block> members = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            members.addAll(blocks);
            List<Block> entries = blocks.stream().filter(live::containsKey).toList();
            regions.add(new Region(regions.size(), blocks, members, entries, live, spill, number));
        }
        return regions;
    }

    /** execute: makes the values array, then calls the region of the entry to go on at until one returns something else than NEXT_REGION. */
    static void dispatch(CodeBuilder b, List<Region> regions) {
        Region any = regions.getFirst();
        int next = 3;
        int tagged = (int) any.spill().keySet().stream().filter(v -> v.representation == Representation.TAGGED).count();
        b.aload(FRAME).new_(HANDOVER).dup().loadConstant(tagged).loadConstant(any.spill().size() - tagged)
            .invokespecial(HANDOVER, "<init>", MethodTypeDesc.of(ConstantDescs.CD_void, CD_int, CD_int)).putfield(JvmCode.FRAME, "handover", HANDOVER);
        b.loadConstant(0).istore(next);
        Label loop = b.newLabel(), done = b.newLabel();
        b.labelBinding(loop);
        b.aload(FRAME).getfield(JvmCode.FRAME, "handover", HANDOVER).iload(next).putfield(HANDOVER, "entry", CD_int);
        List<java.lang.classfile.instruction.SwitchCase> cases = new ArrayList<>();
        List<Label> calls = new ArrayList<>();
        for (Region r : regions) {
            Label call = b.newLabel();
            calls.add(call);
            for (Block e : r.entries()) cases.add(java.lang.classfile.instruction.SwitchCase.of(r.blockNumber().get(e), call));
        }
        cases.sort(java.util.Comparator.comparingInt(java.lang.classfile.instruction.SwitchCase::caseValue));
        b.iload(next).lookupswitch(calls.getFirst(), cases);
        for (Region r : regions) {
            b.labelBinding(calls.get(r.index()));
            b.aload(0).aload(FRAME).aload(STATE).invokevirtual(CD_THIS, "region" + r.index(), RUN_TYPE).goto_(done);
        }
        b.labelBinding(done);
        b.dup().getstatic(JvmCode.STEPS, "NEXT_REGION", CD_Object);
        Label out = b.newLabel();
        b.if_acmpne(out);
        b.pop().aload(FRAME).getfield(JvmCode.FRAME, "handover", HANDOVER).getfield(HANDOVER, "entry", CD_int).istore(next).goto_(loop);
        b.labelBinding(out);
        b.areturn();
    }
}
