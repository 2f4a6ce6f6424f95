package dev.piste.jit.opt;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.bytecode.Opcode;
import dev.piste.jit.JvmCode;
import dev.piste.jit.baseline.BaselineCompiler;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.lang.constant.ConstantDescs.CD_Boolean;
import static java.lang.constant.ConstantDescs.CD_Integer;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_Throwable;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

/**
 * Tier 2's code generator: JVM bytecode from a (speculated) graph. Every value lives in a JVM local of
 * its representation (int for int32 and booleans, Object for tagged values); phis are assigned on the
 * edges into their block. A failing guard jumps to a deoptimization exit that writes the guard's frame
 * state into the interpreter frame (boxing unboxed values), sets its pc and accumulator, and returns
 * {@code Interpreter.DEOPT}: the interpreter continues at that instruction as if nothing had been
 * compiled. Generic nodes call the same step the other tiers call.
 *
 * <p>Scope of this first version (anything else is refused with its reason): functions without
 * exception handlers, entered at their start (no OSR), in one method under HotSpot's 8,000-byte limit.
 */
public final class OptCompiler {
    private OptCompiler() {}

    public static final String CLASS_NAME = "dev.piste.interp.OptimizedCode";
    private static final ClassDesc CD_THIS = ClassDesc.of(CLASS_NAME);
    private static final ClassDesc CD_DOUBLE = ClassDesc.of("java.lang.Double");
    private static final ClassDesc CD_DOUBLE_PRIMITIVE = ConstantDescs.CD_double;
    private static final ClassDesc CD_NUMBERS = ClassDesc.of("dev.piste.runtime.ops.NumberConversions");
    private static final MethodTypeDesc RUN_TYPE = MethodTypeDesc.of(CD_Object, JvmCode.FRAME, JvmCode.STATE);
    private static final int FRAME = 1, STATE = 2, REGS = 3, FIRST_VALUE = 4;
    private static final ClassDesc LONG_ARRAY = ConstantDescs.CD_long.arrayType();
    private static final ClassDesc INTERPRETER = ClassDesc.of("dev.piste.interp.Interpreter");

    /** Why a guard failed: one list for every tier that deoptimizes. */
    public enum DeoptReason {
        NOT_INT32, NOT_NUMBER, INT32_OVERFLOW, MINUS_ZERO,
        /** A value that is not a string where the code reads a string's length. */
        NOT_STRING,
        /** A receiver (or a prototype on its chain) without the shape the code was specialized for. */
        WRONG_SHAPE,
        /** Not an array, or an array whose elements kind is not the one the code was specialized for (or that a builtin's fast path declines). */
        WRONG_ELEMENTS,
        /** A global variable is no longer where the code found it. */
        WRONG_GLOBAL,
        /** A call site met another callee than the one the code was specialized for. */
        WRONG_TARGET,
        /** An element index outside the array's elements. */
        OUT_OF_BOUNDS,
        /** A hole where the code reads an element. */
        HOLE,
        /**
         * A site the code reached before the interpreter ever ran it: nothing to speculate on was known.
         * The interpreter runs it (and records what it sees); it is not counted as a failed bet.
         */
        INSUFFICIENT_FEEDBACK,
        /** The code was invalidated (an assumption broke) while this activation was in a call: it leaves after the call (lazy). */
        LAZY,
        /** --stress-deopt: a seeded random deoptimization before an instruction (the code stays installed). */
        STRESS
    }

    /** A compiled class: its bytes and class data, its largest method's size, its guards, what it assumes, the methods its body takes. */
    public record Output(byte[] classBytes, List<Object> classData, int jvmCodeBytes, int guards, List<Graph.ShapeDependency> shapeDependencies,
                         List<Graph.GlobalDependency> globalDependencies, int methods) {}

    public static Output compile(Graph g, ClassLoader loader) throws GraphBuilder.Unsupported {
        return compile(g, loader, false);
    }

    /** With stressDeopt, every node with a frame state may deoptimize before it runs, when Steps.stressDeopt says so. */
    public static Output compile(Graph g, ClassLoader loader, boolean stressDeopt) throws GraphBuilder.Unsupported {
        return compile(g, loader, stressDeopt, BaselineCompiler.HUGE_METHOD_LIMIT, true, -1);
    }

    /** Most methods the code of one function is split into. */
    static final int MAX_REGIONS = 32;

    /**
     * As above; code that would make a method of methodLimit bytes or more (HotSpot does not compile
     * methods of 8,000 bytes or more) is split into methods ({@link Region}s), halving those still too
     * large until every method is below it; refused when that takes more than 32 (or a single block
     * is too large). Without split, refused when one method is not enough (unless methodLimit is below
     * HotSpot's limit: a test mode, where code is always split as it says). knownSize: the size of the
     * code in one method when an earlier attempt measured it (it is not generated again), else -1.
     */
    public static Output compile(Graph g, ClassLoader loader, boolean stressDeopt, int methodLimit, boolean split, int knownSize) throws GraphBuilder.Unsupported {
        // A graph this large cannot fit the methods (a node is a few bytes of JVM code at least): refuse before generating.
        if (g.nodeCount() > MAX_REGIONS * BaselineCompiler.HUGE_METHOD_LIMIT / 2) throw new GraphBuilder.Unsupported("too large (" + g.nodeCount() + " nodes)");
        SlotAllocator.Allocation allocation = SlotAllocator.allocate(g, FIRST_VALUE, stressDeopt);
        String tooLarge = null;
        int measured = knownSize;
        // Below HotSpot's limit methodLimit only makes the code split (a test mode): the finest split that fits HotSpot's is kept.
        Output fits = null;
        List<List<Block>> runs = List.of(g.blocks);
        boolean mayClimb = split || methodLimit < BaselineCompiler.HUGE_METHOD_LIMIT;
        if (mayClimb && knownSize >= methodLimit) {
            List<List<Block>> parts = Region.halveUntil(g, runs, (knownSize + methodLimit / 2 - 1) / (methodLimit / 2));
            if (parts != null) runs = parts;
        }
        while (runs != null && runs.size() <= MAX_REGIONS && (runs.size() == 1 || mayClimb)) {
            List<Object> classData = new ArrayList<>();
            int[] guards = {0};
            List<Region> regions = runs.size() == 1 ? null : Region.of(g, runs, allocation);
            byte[] bytes;
            try {
                bytes = generate(g, loader, stressDeopt, allocation, regions, classData, guards);
            } catch (IllegalArgumentException e) {
                // The class-file library refuses a method over the JVM's 64 KB of code: halve every run.
                tooLarge = e.getMessage();
                runs = Region.split(g, runs, i -> true);
                if (runs != null && runs.size() == 2) runs = Region.halveUntil(g, runs, 8);
                continue;
            }
            ClassModel model = ClassFile.of().parse(bytes);
            int size = 0;
            Map<String, Integer> sizes = new HashMap<>();
            for (MethodModel m : model.methods()) {
                int n = m.code().map(c -> ((CodeAttribute) c).codeLength()).orElse(0);
                sizes.put(m.methodName().stringValue(), n);
                size = Math.max(size, n);
            }
            Output out = new Output(bytes, classData, size, guards[0], List.copyOf(g.shapeDependencies), List.copyOf(g.globalDependencies), runs.size());
            if (size < methodLimit) return out;
            if (runs.size() == 1) measured = size;
            if (size < BaselineCompiler.HUGE_METHOD_LIMIT) fits = out;
            tooLarge = size + " bytes of JVM code" + (runs.size() > 1 ? " in a method, split into " + runs.size() : "");
            // The methods still too large are halved (their exits are part of their size, which weights cannot foresee);
            // the first time, into as many as the size says at once (each attempt generates the whole class).
            List<List<Block>> current = runs;
            if (runs.size() == 1) {
                runs = Region.halveUntil(g, runs, (size + methodLimit / 2 - 1) / (methodLimit / 2));
                if (runs != null && runs.size() > 1) continue;
                runs = current;
            }
            runs = Region.split(g, runs, i -> current.size() == 1 ? sizes.getOrDefault("execute", 0) >= methodLimit
                : sizes.getOrDefault("region" + i, 0) >= methodLimit);
        }
        if (fits != null) return fits;
        throw new GraphBuilder.Unsupported("too large for one method (" + tooLarge + ")", measured);
    }

    private static byte[] generate(Graph g, ClassLoader loader, boolean stressDeopt, SlotAllocator.Allocation allocation, List<Region> regions,
                                   List<Object> classData, int[] guards) {
        return JvmCode.classFile(loader).build(CD_THIS, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            cb.withSuperclass(JvmCode.COMPILED);
            cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC,
                b -> b.aload(0).invokespecial(JvmCode.COMPILED, "<init>", MethodTypeDesc.of(CD_void)).return_());
            Map<ExitLayout, String> exitMethods = new java.util.LinkedHashMap<>();
            if (regions == null) {
                cb.withMethodBody("execute", RUN_TYPE, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                    b -> guards[0] = new Emitter(g, b, classData, stressDeopt, exitMethods, allocation, null).emit());
            } else {
                cb.withMethodBody("execute", RUN_TYPE, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL, b -> Region.dispatch(b, regions));
                for (Region r : regions) {
                    cb.withMethodBody("region" + r.index(), RUN_TYPE, ClassFile.ACC_PRIVATE | ClassFile.ACC_FINAL,
                        b -> guards[0] += new Emitter(g, b, classData, stressDeopt, exitMethods, allocation, r).emit());
                }
            }
            exitMethods.forEach((types, name) -> cb.withMethodBody(name, exitMethodType(types), ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC,
                b -> exitMethod(b, types)));
        });
    }

    /**
     * A part of a function's code in a method of its own: a run of blocks in emission order. It is
     * entered at one of its entries (blocks with a predecessor in another region, or the first block):
     * the values live there come in frame.regionValues (tagged ones) and frame.regionNumbers (int32,
     * booleans and float64 as longs), at the index spill gives each value;
     * it leaves for another region by writing the values live at the target there, the target's
     * index into frame.regionEntry, and returning Steps.NEXT_REGION to execute, which calls the
     * target's method.
     */
    record Region(int index, List<Block> blocks, java.util.Set<Block> members, List<Block> entries, Map<Block, List<Node>> liveAtEntry,
                  Map<Node, Integer> spill, Map<Block, Integer> blockNumber) {

        /**
         * The runs with those split chooses (by index) halved by weight; null when none of those can be
         * (a run of one block).
         */
        static List<List<Block>> split(Graph g, List<List<Block>> runs, java.util.function.IntPredicate split) {
            // A cut inside a loop makes every iteration cross between methods: of the cuts near the middle, the least nested one.
            Map<Block, Integer> number = new java.util.IdentityHashMap<>();
            for (int i = 0; i < g.blocks.size(); i++) number.put(g.blocks.get(i), i);
            List<int[]> loopSpans = new ArrayList<>();
            for (var loop : LoopInvariantCodeMotion.loops(g, Dominators.of(g))) {
                int lo = Integer.MAX_VALUE, hi = -1;
                for (Block b : loop.body()) { lo = Math.min(lo, number.get(b)); hi = Math.max(hi, number.get(b)); }
                loopSpans.add(new int[] {lo, hi});
            }
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
                // Cut k: before run.get(k). Score: loops it cuts through first, then distance from the middle by weight.
                int best = -1;
                long bestScore = Long.MAX_VALUE;
                int acc = 0;
                for (int k = 1; k < run.size(); k++) {
                    acc += weight[k - 1];
                    int at = number.get(run.get(k));
                    int inside = 0;
                    for (int[] span : loopSpans) if (span[0] < at && at <= span[1]) inside++;
                    // Fewer loops cut first (a lopsided cut outside a hot loop beats an even one inside it), then balance.
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
        static List<List<Block>> halveUntil(Graph g, List<List<Block>> runs, int count) {
            while (runs != null && runs.size() < Math.min(count, MAX_REGIONS)) {
                List<List<Block>> next = split(g, runs, i -> true);
                if (next == null) break;
                runs = next;
            }
            return runs;
        }

        /** The regions of g's blocks cut into runs (in order, together all of g's blocks). */
        static List<Region> of(Graph g, List<List<Block>> runs, SlotAllocator.Allocation allocation) {
            Map<Block, Integer> number = new java.util.IdentityHashMap<>();
            for (int i = 0; i < g.blocks.size(); i++) number.put(g.blocks.get(i), i);
            // Every value live where a region is entered gets a place: tagged ones in frame.regionValues, the others in frame.regionNumbers.
            Map<Node, Integer> spill = new HashMap<>();
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
                        boolean tagged = v.representation == Representation.TAGGED;
                        spill.put(v, (int) spill.keySet().stream().filter(x -> (x.representation == Representation.TAGGED) == tagged).count());
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
            b.aload(FRAME).loadConstant(tagged).anewarray(CD_Object).putfield(JvmCode.FRAME, "regionValues", JvmCode.OBJECT_ARRAY);
            b.aload(FRAME).loadConstant(any.spill().size() - tagged).newarray(java.lang.classfile.TypeKind.LONG).putfield(JvmCode.FRAME, "regionNumbers", LONG_ARRAY);
            b.loadConstant(0).istore(next);
            Label loop = b.newLabel(), done = b.newLabel();
            b.labelBinding(loop);
            b.aload(FRAME).iload(next).putfield(JvmCode.FRAME, "regionEntry", CD_int);
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
            b.pop().aload(FRAME).getfield(JvmCode.FRAME, "regionEntry", CD_int).istore(next).goto_(loop);
            b.labelBinding(out);
            b.areturn();
        }
    }

    /**
     * The layout of a deoptimization exit's values: the register each one goes to (-1: the
     * accumulator, last) and its representation.
     */
    record ExitLayout(List<Integer> registers, List<Representation> types, boolean catching) {}

    /**
     * A deoptimization exit's method: (frame, pc, reason, then the frame state's values in their
     * representations, as the layout lists them) -> Interpreter.DEOPT. The exits of a function are a few
     * methods shared by all frame states of the same layout, out of the compiled body, which so stays
     * small (HotSpot compiles no method over 8,000 bytes of bytecode).
     */
    private static MethodTypeDesc exitMethodType(ExitLayout layout) {
        List<ClassDesc> params = new ArrayList<>(List.of(JvmCode.FRAME, CD_int, layout.catching() ? CD_Throwable : CD_int));
        for (Representation r : layout.types()) params.add(descriptor(r));
        return MethodTypeDesc.of(CD_Object, params);
    }

    private static void exitMethod(CodeBuilder b, ExitLayout layout) {
        int slot = 3;
        for (int i = 0; i < layout.types().size(); i++) {
            int register = layout.registers().get(i);
            Representation rep = layout.types().get(i);
            b.aload(0);
            if (register >= 0) b.getfield(JvmCode.FRAME, "registers", JvmCode.OBJECT_ARRAY).loadConstant(register);
            switch (rep) {
                case INT32 -> b.iload(slot).invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int));
                case BOOL -> b.iload(slot).invokestatic(CD_Boolean, "valueOf", MethodTypeDesc.of(CD_Boolean, CD_boolean));
                case FLOAT64 -> b.dload(slot).invokestatic(CD_NUMBERS, "box", MethodTypeDesc.of(CD_Object, CD_DOUBLE_PRIMITIVE));
                case TAGGED -> b.aload(slot);
            }
            slot += rep == Representation.FLOAT64 ? 2 : 1;
            if (register >= 0) b.aastore(); else b.putfield(JvmCode.FRAME, "accumulator", CD_Object);
        }
        leave(b, layout.catching(), () -> b.aload(0), () -> b.iload(1), () -> { if (layout.catching()) b.aload(2); else b.iload(2); });
    }

    /**
     * The end of every exit, once the frame holds the state: Steps.deoptimize(frame, pc, reason), or
     * for an exception caught in a try block, Steps.catchInInterpreter(frame, pc, throwable); returns.
     */
    private static void leave(CodeBuilder b, boolean catching, Runnable frame, Runnable pc, Runnable reasonOrThrowable) {
        frame.run();
        pc.run();
        reasonOrThrowable.run();
        if (catching) b.invokestatic(JvmCode.STEPS, "catchInInterpreter", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_int, CD_Throwable)).areturn();
        else b.invokestatic(JvmCode.STEPS, "deoptimize", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_int, CD_int)).areturn();
    }

    private static ClassDesc descriptor(Representation r) {
        return switch (r) { case INT32, BOOL -> CD_int; case FLOAT64 -> CD_DOUBLE_PRIMITIVE; case TAGGED -> CD_Object; };
    }

    private static final class Emitter {
        final Graph g;
        final CodeBuilder b;
        final List<Object> classData;
        final Map<Node, Integer> slots = new HashMap<>();
        final Map<Block, Label> labels = new HashMap<>();
        /** A guard's way out: its label, jumped to with an empty stack, and why it fails. */
        record Guard(Label label, DeoptReason reason) {}
        /**
         * Deoptimization exits, emitted after the body, one per distinct frame state (the guards of one
         * instruction, and of instructions that leave the same values, share it): the guards that use it.
         */
        final Map<StateKey, List<Guard>> exits = new java.util.LinkedHashMap<>();
        /** Frame states with the same pc and the same values (and the same callers, when inlined) write the same interpreter frames. */
        record StateKey(int pc, Node accumulator, List<Node> registers, StateKey outer, FrameState.InlinedCall call) {
            StateKey(FrameState s) {
                this(s.pc, s.accumulator, java.util.Arrays.asList(s.registers), s.outer == null ? null : new StateKey(s.outer), s.call);
            }

            FrameState state() {
                return new FrameState(pc, accumulator, registers.toArray(new Node[0]), outer == null ? null : outer.state(), call);
            }
        }
        int guardCount;
        /** Handlers of the instructions inside try blocks, one per frame state (see catchExit). */
        final Map<StateKey, Label> catchHandlers = new java.util.LinkedHashMap<>();
        int nextSlot = FIRST_VALUE;

        final boolean stressDeopt;

        /** The exit methods this body calls, by layout (filled as exits are emitted). */
        final Map<ExitLayout, String> exitMethods;

        /** The region this method holds (null: the whole function). */
        final Region region;
        final SlotAllocator.Allocation allocation;

        Emitter(Graph g, CodeBuilder b, List<Object> classData, boolean stressDeopt, Map<ExitLayout, String> exitMethods,
                SlotAllocator.Allocation allocation, Region region) {
            this.g = g; this.b = b; this.classData = classData; this.stressDeopt = stressDeopt; this.exitMethods = exitMethods;
            this.allocation = allocation; this.region = region;
        }

        int emit() {
            List<Block> blocks = region == null ? g.blocks : region.blocks();
            for (Block block : blocks) labels.put(block, b.newLabel());
            slots.putAll(allocation.slots());
            used = allocation.used();
            nextSlot = allocation.nextFree();
            b.aload(FRAME).getfield(JvmCode.FRAME, "registers", JvmCode.OBJECT_ARRAY).astore(REGS);
            // Value locals are not initialized: in SSA form every definition dominates its uses (phis are
            // written on the edges into their block), so every path to a use has written the local.
            Label start = b.newLabel(), end = b.newLabel(), handler = b.newLabel();
            b.labelBinding(start);
            if (region != null) enterRegion();
            for (Block block : blocks) {
                b.labelBinding(labels.get(block));
                for (Node n : block.nodes) {
                    Label tryStart = null;
                    if (SlotAllocator.catchesInInterpreter(g, n)) b.labelBinding(tryStart = b.newLabel());
                    node(block, n);
                    if (tryStart != null) {
                        Label tryEnd = b.newLabel();
                        b.labelBinding(tryEnd);
                        b.exceptionCatchAll(tryStart, tryEnd, catchHandlers.computeIfAbsent(new StateKey(n.frameState), k -> b.newLabel()));
                    }
                    // Invalidated while n ran JavaScript: leave now, in the state after n.
                    if (SlotAllocator.leavesWhenInvalidated(g, n)) {
                        b.aload(0).getfield(JvmCode.COMPILED, "invalidated", CD_boolean).ifne(deopt(n.afterState, DeoptReason.LAZY));
                    }
                }
            }
            b.labelBinding(end);
            b.exceptionCatchAll(start, end, handler);
            // No handler in this function: Steps.unwind records the frame for the stack trace and rethrows.
            b.labelBinding(handler);
            b.dup().aload(FRAME).invokestatic(JvmCode.STEPS, "unwind", MethodTypeDesc.of(CD_int, CD_Throwable, JvmCode.FRAME)).pop().athrow();
            for (var e : exits.entrySet()) deoptExit(e.getKey(), e.getValue());
            for (var e : catchHandlers.entrySet()) catchExit(e.getKey(), e.getValue());
            return guardCount;
        }

        private boolean isInt(Node n) { return n.representation == Representation.INT32 || n.representation == Representation.BOOL; }
        private boolean isDouble(Node n) { return n.representation == Representation.FLOAT64; }

        /** The values something uses: a pure value that nothing uses is not computed at all. */
        java.util.Set<Node> used;

        private int slot(Node n) {
            Integer s = slots.get(n);
            if (s == null) {
                // A value nothing reads (an effect's result): a local of its own, after the allocated ones.
                s = nextSlot;
                nextSlot += isDouble(n) ? 2 : 1;
                slots.put(n, s);
            }
            return s;
        }

        private static boolean pure(Node n) {
            return switch (n.op) {
                case CONSTANT, ENTRY, INT32_CONSTANT, FLOAT64_CONSTANT, LOAD_FRAME_REGISTER, LOAD_CONTEXT, LOAD_FIELD, INT32_ADD, INT32_SUB,
                     BOX_INT32, BOX_BOOL, BOX_FLOAT64, INT32_TO_FLOAT64, INT32_AND, INT32_OR, INT32_XOR,
                     FLOAT64_ADD, FLOAT64_SUB, FLOAT64_MUL, FLOAT64_DIV, FLOAT64_MOD, SLOPPY_THIS, LOAD_HOME_OBJECT, LOAD_CONTEXT_SLOT, CLOSURE_CONTEXT,
                     PASS, PURE_CALL, CONSTRUCT_RESULT -> true;
                default -> false;
            };
        }

        private void load(Node n) {
            if (n.op == Op.VIRTUAL_OBJECT) { b.aload(materialized.get(n)); return; }
            if (isInt(n)) b.iload(slot(n)); else if (isDouble(n)) b.dload(slot(n)); else b.aload(slot(n));
        }

        /** At an exit being written: the local holding each virtual object of its state, made there. */
        private final Map<Node, Integer> materialized = new HashMap<>();

        /** Makes the virtual objects a state mentions (once each: the same object wherever it appears). */
        private void materializeVirtuals(FrameState s) {
            for (; s != null; s = s.outer) {
                List<Node> values = new ArrayList<>(java.util.Arrays.asList(s.registers));
                values.add(s.accumulator);
                if (s.call != null) { values.add(s.call.closure()); values.add(s.call.thisArg()); values.addAll(s.call.arguments()); }
                for (Node v : values) {
                    if (v == null || v.op != Op.VIRTUAL_OBJECT || materialized.containsKey(v)) continue;
                    b.ldc(JvmCode.classData(classData, v.data, JvmCode.SHAPE)).loadConstant(v.inputCount()).anewarray(CD_Object);
                    for (int i = 0; i < v.inputCount(); i++) {
                        b.dup().loadConstant(i);
                        boxed(v.input(i));
                        b.aastore();
                    }
                    int local = nextSlot++;
                    b.invokestatic(JvmCode.JS_OBJECT, "materialize", MethodTypeDesc.of(JvmCode.JS_OBJECT, JvmCode.SHAPE, JvmCode.OBJECT_ARRAY)).astore(local);
                    materialized.put(v, local);
                }
            }
        }

        private void store(Node n) {
            if (isInt(n)) b.istore(slot(n)); else if (isDouble(n)) b.dstore(slot(n)); else b.astore(slot(n));
        }

        private void setPc(int pc) { b.aload(FRAME).loadConstant(pc).putfield(JvmCode.FRAME, "pc", CD_int); }

        private Label deopt(Node n, DeoptReason reason) { return deopt(n.frameState, reason); }

        private Label deopt(FrameState state, DeoptReason reason) {
            Label l = b.newLabel();
            exits.computeIfAbsent(new StateKey(state), k -> new ArrayList<>()).add(new Guard(l, reason));
            guardCount++;
            return l;
        }

        private void node(Block block, Node n) {
            if (pure(n) && !used.contains(n)) return;
            if (stressDeopt && n.frameState != null && n.op != Op.THROW) {
                b.aload(STATE).invokestatic(JvmCode.STEPS, "stressDeopt", MethodTypeDesc.of(CD_boolean, JvmCode.STATE)).ifne(deopt(n, DeoptReason.STRESS));
            }
            switch (n.op) {
                case CONSTANT -> { constant(n.data); store(n); }
                case INT32_CONSTANT -> { b.loadConstant((Integer) n.data); store(n); }
                case ENTRY -> {
                    int r = (Integer) n.data;
                    if (r < 0) b.aload(FRAME).getfield(JvmCode.FRAME, "accumulator", CD_Object);
                    else b.aload(REGS).loadConstant(r).aaload();
                    store(n);
                }
                case LOAD_FRAME_REGISTER -> { b.aload(REGS).loadConstant((Integer) n.data).aaload(); store(n); }
                case STORE_FRAME_REGISTER -> { b.aload(REGS).loadConstant((Integer) n.data); load(n.input(0)); b.aastore(); }
                case LOAD_CONTEXT -> { b.aload(FRAME).getfield(JvmCode.FRAME, "context", JvmCode.CONTEXT); store(n); }
                case STORE_CONTEXT -> { b.aload(FRAME); load(n.input(0)); b.checkcast(JvmCode.CONTEXT).putfield(JvmCode.FRAME, "context", JvmCode.CONTEXT); }
                case GENERIC -> generic(n);
                case LOOP_CHECK -> {
                    setPc(n.pc);
                    b.aload(FRAME).aload(STATE).invokestatic(JvmCode.STEPS, "backEdge", MethodTypeDesc.of(CD_void, JvmCode.FRAME, JvmCode.STATE));
                }
                case CHECKED_TO_INT32 -> {
                    load(n.input(0));
                    b.instanceOf(CD_Integer).ifeq(deopt(n, DeoptReason.NOT_INT32));
                    load(n.input(0));
                    b.checkcast(CD_Integer).invokevirtual(CD_Integer, "intValue", MethodTypeDesc.of(CD_int));
                    store(n);
                }
                case CHECKED_INT32_ADD, CHECKED_INT32_SUB -> {
                    load(n.input(0));
                    b.i2l();
                    load(n.input(1));
                    b.i2l();
                    if (n.op == Op.CHECKED_INT32_ADD) b.ladd(); else b.lsub();
                    b.dup2().l2i().i2l().lcmp().ifne(deopt(n, DeoptReason.INT32_OVERFLOW));
                    load(n.input(0));
                    load(n.input(1));
                    if (n.op == Op.CHECKED_INT32_ADD) b.iadd(); else b.isub();
                    store(n);
                }
                case CHECKED_INT32_MUL -> {
                    load(n.input(0));
                    b.i2l();
                    load(n.input(1));
                    b.i2l();
                    b.lmul().dup2().l2i().i2l().lcmp().ifne(deopt(n, DeoptReason.INT32_OVERFLOW));
                    load(n.input(0));
                    load(n.input(1));
                    b.imul();
                    store(n);
                    // 0 from a negative operand is -0 in JavaScript.
                    deoptOnMinusZero(n, () -> { load(n.input(0)); load(n.input(1)); b.ior(); });
                }
                case CHECKED_INT32_MOD -> {
                    load(n.input(1));
                    b.ifeq(deopt(n, DeoptReason.NOT_INT32));
                    load(n.input(0));
                    load(n.input(1));
                    b.irem();
                    store(n);
                    // A zero remainder of a negative dividend is -0 in JavaScript.
                    deoptOnMinusZero(n, () -> load(n.input(0)));
                }
                case INT32_AND, INT32_OR, INT32_XOR, INT32_ADD, INT32_SUB -> {
                    load(n.input(0));
                    load(n.input(1));
                    switch (n.op) {
                        case INT32_AND -> b.iand();
                        case INT32_OR -> b.ior();
                        case INT32_XOR -> b.ixor();
                        case INT32_ADD -> b.iadd();
                        default -> b.isub();
                    }
                    store(n);
                }
                case INT32_LESS_THAN, INT32_GREATER_THAN, INT32_LESS_OR_EQUAL, INT32_GREATER_OR_EQUAL, INT32_EQUAL -> comparison(n, yes -> {
                    switch (n.op) {
                        case INT32_LESS_THAN -> b.if_icmplt(yes);
                        case INT32_GREATER_THAN -> b.if_icmpgt(yes);
                        case INT32_LESS_OR_EQUAL -> b.if_icmple(yes);
                        case INT32_GREATER_OR_EQUAL -> b.if_icmpge(yes);
                        default -> b.if_icmpeq(yes);
                    }
                });
                case FLOAT64_CONSTANT -> { b.loadConstant((Double) n.data); store(n); }
                case CHECKED_TO_FLOAT64 -> {
                    Label notInt = b.newLabel(), done = b.newLabel();
                    load(n.input(0));
                    b.instanceOf(CD_Integer).ifeq(notInt);
                    load(n.input(0));
                    b.checkcast(CD_Integer).invokevirtual(CD_Integer, "intValue", MethodTypeDesc.of(CD_int)).i2d().goto_(done);
                    b.labelBinding(notInt);
                    load(n.input(0));
                    b.instanceOf(CD_DOUBLE).ifeq(deopt(n, DeoptReason.NOT_NUMBER));
                    load(n.input(0));
                    b.checkcast(CD_DOUBLE).invokevirtual(CD_DOUBLE, "doubleValue", MethodTypeDesc.of(CD_DOUBLE_PRIMITIVE));
                    b.labelBinding(done);
                    store(n);
                }
                case INT32_TO_FLOAT64 -> { load(n.input(0)); b.i2d(); store(n); }
                case FLOAT64_ADD, FLOAT64_SUB, FLOAT64_MUL, FLOAT64_DIV, FLOAT64_MOD -> {
                    load(n.input(0));
                    load(n.input(1));
                    switch (n.op) {
                        case FLOAT64_ADD -> b.dadd();
                        case FLOAT64_SUB -> b.dsub();
                        case FLOAT64_MUL -> b.dmul();
                        // The JVM's drem is the truncating remainder JavaScript's % is.
                        case FLOAT64_MOD -> b.drem();
                        default -> b.ddiv();
                    }
                    store(n);
                }
                // dcmpg gives 1 and dcmpl -1 for NaN: either way the comparison is false, as in JavaScript.
                case FLOAT64_LESS_THAN, FLOAT64_GREATER_THAN, FLOAT64_LESS_OR_EQUAL, FLOAT64_GREATER_OR_EQUAL, FLOAT64_EQUAL -> comparison(n, yes -> {
                    switch (n.op) {
                        case FLOAT64_LESS_THAN -> b.dcmpg().iflt(yes);
                        case FLOAT64_LESS_OR_EQUAL -> b.dcmpg().ifle(yes);
                        case FLOAT64_GREATER_THAN -> b.dcmpl().ifgt(yes);
                        case FLOAT64_GREATER_OR_EQUAL -> b.dcmpl().ifge(yes);
                        default -> b.dcmpl().ifeq(yes);
                    }
                });
                case BOX_FLOAT64 -> { load(n.input(0)); b.invokestatic(CD_NUMBERS, "box", MethodTypeDesc.of(CD_Object, CD_DOUBLE_PRIMITIVE)); store(n); }
                case BOX_INT32 -> { load(n.input(0)); b.invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int)); store(n); }
                case BOX_BOOL -> { load(n.input(0)); b.invokestatic(CD_Boolean, "valueOf", MethodTypeDesc.of(CD_Boolean, CD_boolean)); store(n); }
                case CHECK_ELEMENTS_COVER -> {
                    load(n.input(0));
                    b.checkcast(JvmCode.JS_OBJECT).invokevirtual(JvmCode.JS_OBJECT, "elements", MethodTypeDesc.of(ELEMENTS))
                        .invokevirtual(ELEMENTS, "length", MethodTypeDesc.of(CD_int));
                    load(n.input(1));
                    b.if_icmplt(deopt(n, DeoptReason.OUT_OF_BOUNDS));
                }
                case CHECK_SHAPE -> {
                    Label fail = deopt(n, DeoptReason.WRONG_SHAPE);
                    pushShape(n.input(0), fail);
                    shapeIn((dev.piste.runtime.objects.Shape[]) n.data, fail);
                }
                case CHAR_CODE_AT -> {
                    ClassDesc chars = ClassDesc.of("java.lang.CharSequence");
                    Label outside = deopt(n, DeoptReason.OUT_OF_BOUNDS);
                    load(n.input(0));
                    b.instanceOf(chars).ifeq(deopt(n, DeoptReason.NOT_STRING));
                    load(n.input(1));
                    b.iflt(outside);
                    load(n.input(1));
                    load(n.input(0));
                    b.checkcast(chars).invokeinterface(chars, "length", MethodTypeDesc.of(CD_int)).if_icmpge(outside);
                    load(n.input(0));
                    b.checkcast(chars);
                    load(n.input(1));
                    b.invokeinterface(chars, "charAt", MethodTypeDesc.of(ConstantDescs.CD_char, CD_int));
                    store(n);
                }
                case STRING_LENGTH -> {
                    ClassDesc chars = ClassDesc.of("java.lang.CharSequence");
                    load(n.input(0));
                    b.instanceOf(chars).ifeq(deopt(n, DeoptReason.NOT_STRING));
                    load(n.input(0));
                    b.checkcast(chars).invokeinterface(chars, "length", MethodTypeDesc.of(CD_int));
                    store(n);
                }
                case ARRAY_LENGTH -> {
                    Label fits = b.newLabel();
                    load(n.input(0));
                    b.checkcast(JS_ARRAY).invokevirtual(JS_ARRAY, "length", MethodTypeDesc.of(ConstantDescs.CD_long))
                        .dup2().loadConstant(Long.valueOf(Integer.MAX_VALUE)).lcmp().ifle(fits);
                    b.pop2().goto_(deopt(n, DeoptReason.NOT_INT32));
                    b.labelBinding(fits);
                    b.l2i();
                    store(n);
                }
                case LOAD_FIELD -> {
                    pushSlotAddress(n.input(0), (PropertySpeculation.Fields) n.data);
                    b.aaload();
                    store(n);
                }
                case STORE_FIELD -> {
                    pushSlotAddress(n.input(0), (PropertySpeculation.Fields) n.data);
                    load(n.input(1));
                    b.aastore();
                    load(n.input(1));
                    store(n);
                }
                case TRANSITION_STORE -> {
                    var t = (PropertySpeculation.Transition) n.data;
                    transitionStore(n.input(0), t.to(), t.slot(), n.input(1));
                    load(n.input(1));
                    store(n);
                }
                case CHECKED_LOAD_NAMED, CHECKED_STORE_NAMED -> dispatch(n);
                case CHECKED_LOAD_ELEMENT -> loadElement(n);
                case LOAD_CONTEXT_SLOT -> {
                    contextSlots(n);
                    b.aaload();
                    store(n);
                }
                case STORE_CONTEXT_SLOT -> {
                    contextSlots(n);
                    load(n.input(1));
                    b.aastore();
                    load(n.input(1));
                    store(n);
                }
                case CLOSURE_CONTEXT -> {
                    load(n.input(0));
                    b.invokestatic(JvmCode.STEPS, "contextOf", MethodTypeDesc.of(JvmCode.CONTEXT, CD_Object));
                    store(n);
                }
                case CHECK_INITIALIZED -> {
                    load(n.input(0));
                    b.getstatic(JvmCode.REALM, "HOLE", CD_Object).if_acmpeq(deopt(n, DeoptReason.HOLE));
                }
                case PASS -> { load(n.input(0)); store(n); }
                case LOAD_GLOBAL -> {
                    var global = (VariableAccess.Global) n.data;
                    Label found = b.newLabel();
                    b.aload(FRAME).ldc(JvmCode.classData(classData, global.cache(), CD_Object))
                        .invokestatic(JvmCode.STEPS, "globalFromCache", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_Object))
                        .dup().ifnonnull(found);
                    b.pop().goto_(deopt(n, DeoptReason.WRONG_GLOBAL));
                    b.labelBinding(found);
                    store(n);
                }
                case CHECK_INITIAL_SHAPE -> {
                    load(n.input(0));
                    b.invokestatic(JvmCode.STEPS, "initialShape", MethodTypeDesc.of(CD_Object, CD_Object))
                        .ldc(JvmCode.classData(classData, n.data, JvmCode.SHAPE)).if_acmpne(deopt(n, DeoptReason.WRONG_SHAPE));
                }
                case CHECK_CALLEE -> {
                    load(n.input(0));
                    b.ldc(JvmCode.classData(classData, n.data, JvmCode.FUNCTION))
                        .invokestatic(INTERPRETER, "isClosureOf", MethodTypeDesc.of(CD_boolean, CD_Object, JvmCode.FUNCTION))
                        .ifeq(deopt(n, DeoptReason.WRONG_TARGET));
                }
                case ALLOCATE -> {
                    Label made = b.newLabel();
                    load(n.input(0));
                    b.invokestatic(JvmCode.STEPS, "allocateThis", MethodTypeDesc.of(CD_Object, CD_Object)).dup().ifnonnull(made);
                    b.pop().goto_(deopt(n, DeoptReason.WRONG_TARGET));
                    b.labelBinding(made);
                    store(n);
                }
                case CONSTRUCT_RESULT -> {
                    load(n.input(0));
                    load(n.input(1));
                    b.invokestatic(JvmCode.STEPS, "constructResult", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
                    store(n);
                }
                case SLOPPY_THIS -> {
                    load(n.input(0));
                    load(n.input(1));
                    b.invokestatic(JvmCode.STEPS, "sloppyThisOf", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
                    store(n);
                }
                case LOAD_HOME_OBJECT -> {
                    load(n.input(0));
                    b.invokestatic(JvmCode.STEPS, "homeObjectOf", MethodTypeDesc.of(CD_Object, CD_Object));
                    store(n);
                }
                case CHECK_VALUE -> {
                    load(n.input(0));
                    load(n.input(1));
                    b.if_acmpne(deopt(n, DeoptReason.WRONG_TARGET));
                }
                // A static method on the inputs as they are (its descriptor says their representations).
                case FLOAT64_CALL, PURE_CALL -> {
                    var m = (java.lang.constant.DirectMethodHandleDesc) n.data;
                    for (int i = 0; i < n.inputCount(); i++) load(n.input(i));
                    b.invokestatic(m.owner(), m.methodName(), m.invocationType());
                    store(n);
                }
                case CHECKED_INTRINSIC -> {
                    var m = (java.lang.constant.DirectMethodHandleDesc) n.data;
                    for (int i = 0; i < n.inputCount(); i++) boxed(n.input(i));
                    b.invokestatic(m.owner(), m.methodName(), m.invocationType());
                    store(n);
                    load(n);
                    if (isInt(n)) b.iflt(deopt(n, DeoptReason.WRONG_ELEMENTS)); else b.ifnull(deopt(n, DeoptReason.WRONG_ELEMENTS));
                }
                case DEOPTIMIZE -> {
                    // Ending its block (see DeadCodeElimination): nothing follows. Else a conditional jump, always taken, keeps what follows reachable for the verifier.
                    if (block.end() == n && block.successors.isEmpty()) b.goto_(deopt(n, DeoptReason.INSUFFICIENT_FEEDBACK));
                    else b.iconst_1().ifne(deopt(n, DeoptReason.INSUFFICIENT_FEEDBACK));
                }
                case STORE_ELEMENT -> storeElement(n);
                case PHI -> throw new IllegalStateException("phi among nodes");
                case JUMP -> edge(block, block.successors.getFirst());
                case BRANCH -> branch(block, n);
                case RETURN -> { setPc(n.pc); load(n.input(0)); b.areturn(); }
                case THROW -> {
                    setPc(n.pc);
                    load(n.input(0));
                    b.invokestatic(JvmCode.STEPS, "throwValue", MethodTypeDesc.of(JvmCode.JS_EXCEPTION, CD_Object)).athrow();
                }
            }
        }

        /** Pushes the shape of obj; jumps to fail when obj is not an object (constants are objects). */
        private void pushShape(Node obj, Label fail) {
            if (obj.op != Op.CONSTANT) {
                load(obj);
                b.instanceOf(JvmCode.JS_OBJECT).ifeq(fail);
            }
            load(obj);
            b.checkcast(JvmCode.JS_OBJECT).invokevirtual(JvmCode.JS_OBJECT, "shape", MethodTypeDesc.of(JvmCode.SHAPE));
        }

        /** Consumes the shape on the stack: falls through when it is one of shapes, else jumps to fail (with an empty stack). */
        private void shapeIn(dev.piste.runtime.objects.Shape[] shapes, Label fail) {
            if (shapes.length == 1) {
                b.ldc(JvmCode.classData(classData, shapes[0], JvmCode.SHAPE)).if_acmpne(fail);
                return;
            }
            Label ok = b.newLabel();
            for (var s : shapes) b.dup().ldc(JvmCode.classData(classData, s, JvmCode.SHAPE)).if_acmpeq(ok);
            b.pop().goto_(fail);
            b.labelBinding(ok);
            b.pop();
        }

        /** Pushes obj's slots array and the slot index for its shape (a dominating check has narrowed it to one of fields' shapes). */
        private void pushSlotAddress(Node obj, PropertySpeculation.Fields fields) {
            load(obj);
            b.checkcast(JvmCode.JS_OBJECT).invokevirtual(JvmCode.JS_OBJECT, "slots", MethodTypeDesc.of(JvmCode.OBJECT_ARRAY));
            if (fields.oneSlot()) { b.loadConstant(fields.slots()[0]); return; }
            Label have = b.newLabel();
            load(obj);
            b.checkcast(JvmCode.JS_OBJECT).invokevirtual(JvmCode.JS_OBJECT, "shape", MethodTypeDesc.of(JvmCode.SHAPE));
            int last = fields.shapes().length - 1;
            for (int i = 0; i < last; i++) {
                Label next = b.newLabel();
                b.dup().ldc(JvmCode.classData(classData, fields.shapes()[i], JvmCode.SHAPE)).if_acmpne(next);
                b.pop().loadConstant(fields.slots()[i]).goto_(have);
                b.labelBinding(next);
            }
            b.pop().loadConstant(fields.slots()[last]);
            b.labelBinding(have);
        }

        private void transitionStore(Node obj, dev.piste.runtime.objects.Shape to, int slot, Node value) {
            load(obj);
            b.checkcast(JvmCode.JS_OBJECT).ldc(JvmCode.classData(classData, to, JvmCode.SHAPE)).loadConstant(slot);
            load(value);
            b.invokevirtual(JvmCode.JS_OBJECT, "storeWithTransition", MethodTypeDesc.of(CD_void, JvmCode.SHAPE, CD_int, CD_Object));
        }

        /** A polymorphic named load or store: the receiver's shape picks the case; none matching deoptimizes. */
        private void dispatch(Node n) {
            Label fail = deopt(n, DeoptReason.WRONG_SHAPE), done = b.newLabel();
            boolean load = n.op == Op.CHECKED_LOAD_NAMED;
            Node obj = n.input(0);
            int shape = scratch();
            pushShape(obj, fail);
            b.astore(shape);
            for (var c : ((PropertySpeculation.Cases) n.data).cases()) {
                Label next = b.newLabel();
                b.aload(shape).ldc(JvmCode.classData(classData, c.receiverShape(), JvmCode.SHAPE)).if_acmpne(next);
                for (int i = 0; i < c.chain().size(); i++) {
                    b.ldc(JvmCode.classData(classData, c.chain().get(i), JvmCode.JS_OBJECT))
                        .invokevirtual(JvmCode.JS_OBJECT, "shape", MethodTypeDesc.of(JvmCode.SHAPE))
                        .ldc(JvmCode.classData(classData, c.chainShapes().get(i), JvmCode.SHAPE)).if_acmpne(fail);
                }
                switch (c.kind()) {
                    case OWN_FIELD -> { load(obj); b.checkcast(JvmCode.JS_OBJECT); }
                    case PROTO_FIELD -> b.ldc(JvmCode.classData(classData, c.holder(), JvmCode.JS_OBJECT));
                    case MISSING -> b.getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED);
                    case STORE_FIELD -> { load(obj); b.checkcast(JvmCode.JS_OBJECT); }
                    case STORE_TRANSITION -> transitionStore(obj, c.transition(), c.slot(), n.input(1));
                    default -> throw new IllegalStateException(c.kind().name());
                }
                switch (c.kind()) {
                    case OWN_FIELD, PROTO_FIELD -> b.invokevirtual(JvmCode.JS_OBJECT, "slots", MethodTypeDesc.of(JvmCode.OBJECT_ARRAY)).loadConstant(c.slot()).aaload();
                    case STORE_FIELD -> {
                        b.invokevirtual(JvmCode.JS_OBJECT, "slots", MethodTypeDesc.of(JvmCode.OBJECT_ARRAY)).loadConstant(c.slot());
                        load(n.input(1));
                        b.aastore();
                    }
                    default -> {}
                }
                b.goto_(done);
                b.labelBinding(next);
            }
            b.goto_(fail);
            b.labelBinding(done);
            if (!load) load(n.input(1));
            store(n);
        }

        private static final ClassDesc JS_ARRAY = ClassDesc.of("dev.piste.runtime.objects.JsArray");
        private static final ClassDesc ELEMENTS = ClassDesc.of("dev.piste.runtime.objects.Elements");
        private static final ClassDesc ELEMENTS_KIND = ClassDesc.of("dev.piste.runtime.objects.ElementsKind");

        /** Pushes the elements of array (input 0) when it is an array of kind; else jumps to notThisKind. */
        private void pushElements(Node array, dev.piste.runtime.objects.ElementsKind kind, Label notThisKind) {
            load(array);
            b.instanceOf(JS_ARRAY).ifeq(notThisKind);
            load(array);
            b.checkcast(JvmCode.JS_OBJECT).invokevirtual(JvmCode.JS_OBJECT, "elements", MethodTypeDesc.of(ELEMENTS))
                .dup().invokevirtual(ELEMENTS, "kind", MethodTypeDesc.of(ELEMENTS_KIND))
                .getstatic(ELEMENTS_KIND, kind.name(), ELEMENTS_KIND);
            Label same = b.newLabel();
            b.if_acmpeq(same);
            b.pop().goto_(notThisKind);
            b.labelBinding(same);
        }

        /** With the elements on the stack: jumps to outside (with an empty stack) unless 0 <= key < length; leaves the elements. */
        private void boundsCheck(Node key, Label outside) {
            Label in = b.newLabel(), out = b.newLabel();
            load(key);
            b.iflt(out);
            b.dup().invokevirtual(ELEMENTS, "length", MethodTypeDesc.of(CD_int));
            load(key);
            b.if_icmpgt(in);
            b.labelBinding(out);
            b.pop().goto_(outside);
            b.labelBinding(in);
        }

        /** With the elements on the stack: replaces them by the storage array of kind. */
        private void storage(dev.piste.runtime.objects.ElementsKind kind) {
            switch (kind) {
                case PACKED_INT -> b.invokevirtual(ELEMENTS, "intStorage", MethodTypeDesc.of(CD_int.arrayType()));
                case PACKED_DOUBLE, HOLEY_INT, HOLEY_DOUBLE -> b.invokevirtual(ELEMENTS, "doubleStorage", MethodTypeDesc.of(CD_DOUBLE_PRIMITIVE.arrayType()));
                default -> b.invokevirtual(ELEMENTS, "objectStorage", MethodTypeDesc.of(JvmCode.OBJECT_ARRAY));
            }
        }

        private void loadElement(Node n) {
            var kind = ((ElementSpeculation.Access) n.data).kind();
            pushElements(n.input(0), kind, deopt(n, DeoptReason.WRONG_ELEMENTS));
            if (!((ElementSpeculation.Access) n.data).inBounds()) boundsCheck(n.input(1), deopt(n, DeoptReason.OUT_OF_BOUNDS));
            storage(kind);
            load(n.input(1));
            switch (kind) {
                case PACKED_INT -> b.iaload();
                case PACKED_DOUBLE -> b.daload();
                case HOLEY_INT, HOLEY_DOUBLE -> {
                    b.daload().dup2().invokestatic(ELEMENTS, "isHole", MethodTypeDesc.of(CD_boolean, CD_DOUBLE_PRIMITIVE));
                    Label present = b.newLabel();
                    b.ifeq(present);
                    b.pop2().goto_(deopt(n, DeoptReason.HOLE));
                    b.labelBinding(present);
                    if (kind == dev.piste.runtime.objects.ElementsKind.HOLEY_INT) b.d2i();
                }
                default -> {
                    b.aaload().dup();
                    Label present = b.newLabel();
                    b.ifnonnull(present);
                    b.pop().goto_(deopt(n, DeoptReason.HOLE));
                    b.labelBinding(present);
                }
            }
            store(n);
        }

        /** The fast case when the array has the kind and an element at the key; else the generic store. */
        private void storeElement(Node n) {
            var kind = ((ElementSpeculation.Access) n.data).kind();
            Label generic = b.newLabel(), done = b.newLabel();
            pushElements(n.input(0), kind, generic);
            boundsCheck(n.input(1), generic);
            storage(kind);
            load(n.input(1));
            switch (kind) {
                case PACKED_INT -> { load(n.input(2)); b.iastore(); }
                case PACKED_DOUBLE -> {
                    load(n.input(2));
                    b.invokestatic(ELEMENTS, "storable", MethodTypeDesc.of(CD_DOUBLE_PRIMITIVE, CD_DOUBLE_PRIMITIVE)).dastore();
                }
                case HOLEY_INT, HOLEY_DOUBLE -> {
                    // Only over an element that is there: filling a hole is the generic store's work.
                    Label present = b.newLabel();
                    b.dup2().daload().invokestatic(ELEMENTS, "isHole", MethodTypeDesc.of(CD_boolean, CD_DOUBLE_PRIMITIVE)).ifeq(present);
                    b.pop2().goto_(generic);
                    b.labelBinding(present);
                    load(n.input(2));
                    if (kind == dev.piste.runtime.objects.ElementsKind.HOLEY_INT) b.i2d();
                    else b.invokestatic(ELEMENTS, "storable", MethodTypeDesc.of(CD_DOUBLE_PRIMITIVE, CD_DOUBLE_PRIMITIVE));
                    b.dastore();
                }
                case HOLEY_OBJECT -> {
                    Label present = b.newLabel();
                    b.dup2().aaload().ifnonnull(present);
                    b.pop2().goto_(generic);
                    b.labelBinding(present);
                    load(n.input(2));
                    b.aastore();
                }
                default -> { load(n.input(2)); b.aastore(); }
            }
            b.goto_(done);
            b.labelBinding(generic);
            setPc(n.pc);
            b.aload(FRAME).aload(STATE);
            boxed(n.input(3));
            load(n.input(0));
            load(n.input(1));
            b.invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int));
            b.loadConstant(((ElementSpeculation.Access) n.data).feedbackSlot()).invokestatic(JvmCode.STEPS, "setKeyed", BaselineCompiler.stepType(Opcode.SET_KEYED)).pop();
            b.labelBinding(done);
            if (used.contains(n)) { boxed(n.input(3)); store(n); }
        }

        /** Pushes the slots array of the context a LOAD/STORE_CONTEXT_SLOT names (from input 0) and the slot. */
        private void contextSlots(Node n) {
            var where = (VariableAccess.ContextSlot) n.data;
            load(n.input(0));
            b.checkcast(JvmCode.CONTEXT);
            if (where.depth() > 0) b.loadConstant(where.depth()).invokevirtual(JvmCode.CONTEXT, "up", MethodTypeDesc.of(JvmCode.CONTEXT, CD_int));
            b.getfield(JvmCode.CONTEXT, "slots", JvmCode.OBJECT_ARRAY).loadConstant(where.slot());
        }

        /** A local for a value used within one node's code only. */
        private int scratch() {
            if (scratch < 0) scratch = nextSlot++;
            return scratch;
        }

        private int scratch = -1;

        /** n's int32 result, just stored, is -0 in JavaScript (not an int32) when it is 0 and pushSign leaves a negative int: deoptimize then. */
        private void deoptOnMinusZero(Node n, Runnable pushSign) {
            Label nonZero = b.newLabel();
            load(n);
            b.ifne(nonZero);
            pushSign.run();
            b.iflt(deopt(n, DeoptReason.MINUS_ZERO));
            b.labelBinding(nonZero);
        }

        /** A comparison of the node's two inputs as an unboxed boolean: jumpIfTrue emits the compare and its branch. */
        private void comparison(Node n, java.util.function.Consumer<Label> jumpIfTrue) {
            Label yes = b.newLabel(), done = b.newLabel();
            load(n.input(0));
            load(n.input(1));
            jumpIfTrue.accept(yes);
            b.iconst_0().goto_(done);
            b.labelBinding(yes);
            b.iconst_1();
            b.labelBinding(done);
            store(n);
        }

        private void generic(Node n) {
            GraphBuilder.Generic gen = (GraphBuilder.Generic) n.data;
            Opcode op = gen.opcode();
            setPc(n.pc);
            if (op == Opcode.FOR_IN_NEXT) {
                load(n.input(1));
                b.invokestatic(JvmCode.STEPS, "forInNext", MethodTypeDesc.of(CD_Object, CD_Object));
                store(n);
                return;
            }
            if (op == Opcode.CALL && knownCallee(gen) instanceof dev.piste.interp.Closure callee) {
                callKnown(n, gen, callee);
                return;
            }
            Label done = null;
            if ((op == Opcode.GET_NAMED || op == Opcode.SET_NAMED) && g.function.feedback instanceof dev.piste.ic.FeedbackVector fv) {
                done = b.newLabel();
                inlineMonomorphic(n, op, fv.property(gen.operands()[2]), done);
            }
            b.aload(FRAME).aload(STATE);
            load(n.input(0));
            int value = 1;
            for (int i = 0; i < op.operandCount(); i++) {
                if (BaselineCompiler.passesValue(op, i)) load(n.input(value++));
                else b.loadConstant(gen.operands()[i]);
            }
            b.invokestatic(JvmCode.STEPS, BaselineCompiler.stepMethodName(op), BaselineCompiler.stepType(op));
            store(n);
            if (done != null) b.labelBinding(done);
        }

        /** The closure a CALL site has always called, when its function has code that can be entered directly; else null. */
        private Object knownCallee(GraphBuilder.Generic gen) {
            if (!(g.function.feedback instanceof dev.piste.ic.FeedbackVector fv)) return null;
            Object target = fv.call(gen.operands()[4]).monomorphicTarget();
            if (!(target instanceof dev.piste.interp.Closure c) || !c.directCallable) return null;
            return c.code.optimized != null || c.code.compiled != null ? c : null;
        }

        /**
         * CALL of the function the site has always called: while the callee is a closure of that
         * function and its installed code is still the code it had when this was compiled, the frame is
         * made by Interpreter.enterKnown and that code (a constant of this class, so HotSpot knows the
         * receiver and can inline it) runs from here; anything else makes the generic call.
         */
        private void callKnown(Node n, GraphBuilder.Generic gen, dev.piste.interp.Closure callee) {
            boolean optimized = callee.code.optimized != null;
            Object code = optimized ? callee.code.optimized : callee.code.compiled;
            ClassDesc closure = ClassDesc.of("dev.piste.interp.Closure");
            int[] o = gen.operands();
            Label generic = b.newLabel(), done = b.newLabel();
            int frame = nextSlot++, result = nextSlot++;
            load(n.input(1));
            b.ldc(JvmCode.classData(classData, code, JvmCode.COMPILED))
                .invokestatic(INTERPRETER, "isKnownCallee", MethodTypeDesc.of(CD_boolean, CD_Object, JvmCode.COMPILED)).ifeq(generic);
            b.aload(STATE);
            load(n.input(1));
            b.checkcast(closure);
            load(n.input(2));
            b.aload(REGS).loadConstant(o[2]).loadConstant(o[3]).loadConstant(optimized ? 2 : 1)
                .invokestatic(INTERPRETER, "enterKnown", MethodTypeDesc.of(JvmCode.FRAME, JvmCode.STATE, closure, CD_Object, JvmCode.OBJECT_ARRAY, CD_int, CD_int, CD_int))
                .astore(frame);
            Label start = b.newLabel(), end = b.newLabel(), abrupt = b.newLabel();
            b.labelBinding(start);
            b.ldc(JvmCode.classData(classData, code, JvmCode.COMPILED)).aload(frame).aload(STATE)
                .invokevirtual(JvmCode.COMPILED, "execute", RUN_TYPE).astore(result);
            b.labelBinding(end);
            b.aload(STATE).aload(frame).aload(result)
                .invokestatic(INTERPRETER, "leave", MethodTypeDesc.of(CD_Object, JvmCode.STATE, JvmCode.FRAME, CD_Object));
            store(n);
            b.goto_(done);
            b.exceptionCatchAll(start, end, abrupt);
            b.labelBinding(abrupt);
            b.astore(result);
            b.aload(STATE).aload(frame).aload(result).checkcast(CD_Throwable)
                .invokestatic(INTERPRETER, "leftAbruptly", MethodTypeDesc.of(CD_Throwable, JvmCode.STATE, JvmCode.FRAME, CD_Throwable)).athrow();
            b.labelBinding(generic);
            b.aload(FRAME).aload(STATE);
            load(n.input(0));
            load(n.input(1));
            load(n.input(2));
            b.loadConstant(o[2]).loadConstant(o[3]).loadConstant(o[4])
                .invokestatic(JvmCode.STEPS, "call", BaselineCompiler.stepType(Opcode.CALL));
            store(n);
            b.labelBinding(done);
        }

        /** The monomorphic case of a named load or store, inline (as tier 1 does, {@link JvmCode#monomorphicProperty}). */
        private void inlineMonomorphic(Node n, Opcode op, dev.piste.ic.PropertyCache cache, Label done) {
            Label slow = b.newLabel();
            boolean load = op == Opcode.GET_NAMED;
            JvmCode.monomorphicProperty(b, JvmCode.classData(classData, cache, JvmCode.PROPERTY_CACHE), load,
                () -> load(n.input(1)), () -> load(n.input(0)), slow);
            if (!load) load(n.input(0));
            store(n);
            b.goto_(done);
            b.labelBinding(slow);
        }

        private void constant(Object value) {
            if (value instanceof Integer i) b.loadConstant(i).invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int));
            else if (value == Boolean.TRUE) b.getstatic(CD_Boolean, "TRUE", CD_Boolean);
            else if (value == Boolean.FALSE) b.getstatic(CD_Boolean, "FALSE", CD_Boolean);
            else if (value == dev.piste.runtime.values.Undefined.INSTANCE) b.getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED);
            else if (value == dev.piste.runtime.values.Null.INSTANCE) b.getstatic(JvmCode.NULL, "INSTANCE", JvmCode.NULL);
            else if (value == dev.piste.runtime.realm.Realm.HOLE) b.getstatic(JvmCode.REALM, "HOLE", CD_Object);
            else b.ldc(JvmCode.classData(classData, value, CD_Object));
        }

        /** Control to a successor: the phis of the target get their values from this predecessor (all read, then all written). */
        private void edge(Block from, Block to) {
            int index = to.predecessors.indexOf(from);
            for (Node phi : to.phis) load(phi.input(index));
            for (int i = to.phis.size() - 1; i >= 0; i--) store(to.phis.get(i));
            if (region == null || region.members().contains(to)) {
                b.goto_(labels.get(to));
                return;
            }
            // Into another region: the values live there go boxed into the frame, then execute calls its method.
            for (Node v : region.liveAtEntry().get(to)) {
                if (!allocation.slots().containsKey(v)) continue;
                int at = region.spill().get(v);
                switch (v.representation) {
                    case TAGGED -> { b.aload(FRAME).getfield(JvmCode.FRAME, "regionValues", JvmCode.OBJECT_ARRAY).loadConstant(at); load(v); b.aastore(); }
                    case INT32, BOOL -> { b.aload(FRAME).getfield(JvmCode.FRAME, "regionNumbers", LONG_ARRAY).loadConstant(at); load(v); b.i2l().lastore(); }
                    case FLOAT64 -> {
                        b.aload(FRAME).getfield(JvmCode.FRAME, "regionNumbers", LONG_ARRAY).loadConstant(at);
                        load(v);
                        b.invokestatic(CD_DOUBLE, "doubleToRawLongBits", MethodTypeDesc.of(ConstantDescs.CD_long, CD_DOUBLE_PRIMITIVE)).lastore();
                    }
                }
            }
            b.aload(FRAME).loadConstant(region.blockNumber().get(to)).putfield(JvmCode.FRAME, "regionEntry", CD_int);
            b.getstatic(JvmCode.STEPS, "NEXT_REGION", CD_Object).areturn();
        }

        /** A region's start: to the entry frame.regionEntry names, with the values live there unboxed from frame.regionValues. */
        private void enterRegion() {
            List<java.lang.classfile.instruction.SwitchCase> cases = new ArrayList<>();
            List<Label> prologues = new ArrayList<>();
            for (Block e : region.entries()) {
                Label l = b.newLabel();
                prologues.add(l);
                cases.add(java.lang.classfile.instruction.SwitchCase.of(region.blockNumber().get(e), l));
            }
            cases.sort(java.util.Comparator.comparingInt(java.lang.classfile.instruction.SwitchCase::caseValue));
            b.aload(FRAME).getfield(JvmCode.FRAME, "regionEntry", CD_int).lookupswitch(prologues.getFirst(), cases);
            for (int i = 0; i < prologues.size(); i++) {
                Block e = region.entries().get(i);
                b.labelBinding(prologues.get(i));
                for (Node v : region.liveAtEntry().get(e)) {
                    if (!allocation.slots().containsKey(v)) continue;
                    int at = region.spill().get(v);
                    if (v.representation == Representation.TAGGED) {
                        b.aload(FRAME).getfield(JvmCode.FRAME, "regionValues", JvmCode.OBJECT_ARRAY).loadConstant(at).aaload();
                    } else {
                        b.aload(FRAME).getfield(JvmCode.FRAME, "regionNumbers", LONG_ARRAY).loadConstant(at).laload();
                        if (v.representation == Representation.FLOAT64) b.invokestatic(CD_DOUBLE, "longBitsToDouble", MethodTypeDesc.of(CD_DOUBLE_PRIMITIVE, ConstantDescs.CD_long));
                        else b.l2i();
                    }
                    store(v);
                }
                b.goto_(labels.get(e));
            }
        }

        private void branch(Block block, Node n) {
            Block taken = block.successors.get(0), notTaken = block.successors.get(1);
            Label takenEdge = b.newLabel();
            Node v = n.input(0);
            Object kind = n.data;
            Opcode op = kind instanceof Object[] d ? (Opcode) d[0] : (Opcode) kind;
            load(v);
            switch (op) {
                case JUMP_IF_TRUE, JUMP_IF_FALSE -> {
                    if (!isInt(v)) b.invokestatic(JvmCode.STEPS, "isTrue", MethodTypeDesc.of(CD_boolean, CD_Object));
                    if (op == Opcode.JUMP_IF_TRUE) b.ifne(takenEdge); else b.ifeq(takenEdge);
                }
                case JUMP_IF_NULLISH, JUMP_IF_NOT_NULLISH -> {
                    b.invokestatic(JvmCode.STEPS, "isNullish", MethodTypeDesc.of(CD_boolean, CD_Object));
                    if (op == Opcode.JUMP_IF_NULLISH) b.ifne(takenEdge); else b.ifeq(takenEdge);
                }
                case JUMP_IF_UNDEFINED -> b.getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED).if_acmpeq(takenEdge);
                case JUMP_IF_NOT_UNDEFINED -> b.getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED).if_acmpne(takenEdge);
                case JUMP_IF_HOLE -> b.getstatic(JvmCode.REALM, "HOLE", CD_Object).if_acmpeq(takenEdge);
                case JUMP_IF_REG_SMI -> b.loadConstant((Integer) ((Object[]) kind)[1])
                    .invokestatic(JvmCode.STEPS, "isSmi", MethodTypeDesc.of(CD_boolean, CD_Object, CD_int)).ifne(takenEdge);
                case FOR_IN_NEXT -> b.ifnull(takenEdge);
                default -> throw new IllegalStateException(op.name());
            }
            edge(block, notTaken);
            b.labelBinding(takenEdge);
            edge(block, taken);
        }

        /**
         * Writes the frame state into the interpreter frame and leaves for the interpreter. Guards that
         * share the exit first record their reason in a local.
         */
        private void deoptExit(StateKey state, List<Guard> guards) {
            Label write = b.newLabel();
            int reason = -1;
            if (guards.size() == 1) {
                b.labelBinding(guards.getFirst().label());
            } else {
                reason = scratchInt();
                for (Guard g : guards) {
                    b.labelBinding(g.label());
                    b.loadConstant(g.reason().ordinal()).istore(reason).goto_(write);
                }
            }
            b.labelBinding(write);
            int r = reason;
            writeStateAndLeave(state, false, () -> { if (r < 0) b.loadConstant(guards.getFirst().reason().ordinal()); else b.iload(r); });
        }

        /** An exception thrown by an instruction of a try block: the frame gets the state before it, and the interpreter runs the handler. */
        private void catchExit(StateKey state, Label handler) {
            b.labelBinding(handler);
            int thrown = scratchThrowable();
            b.astore(thrown);
            writeStateAndLeave(state, true, () -> b.aload(thrown));
        }

        /** Writes state into the interpreter frame (through a shared exit method when the values fit its parameters) and leaves. */
        private void writeStateAndLeave(StateKey state, boolean catching, Runnable reasonOrThrowable) {
            materialized.clear();
            materializeVirtuals(state.state());
            if (state.outer() != null) {
                if (catching) throw new IllegalStateException("an inlined instruction inside a try block");
                writeInlinedStatesAndLeave(state.state(), reasonOrThrowable);
                return;
            }
            List<Integer> registers = new ArrayList<>();
            List<Representation> types = new ArrayList<>();
            List<Node> values = new ArrayList<>();
            FrameState frameState = new FrameState(state.pc(), state.accumulator(), state.registers().toArray(new Node[0]));
            for (int r = 0; r < state.registers().size(); r++) {
                Node v = state.registers().get(r);
                if (!SlotAllocator.writtenAtExit(frameState, r)) continue;
                registers.add(r);
                types.add(v.representation);
                values.add(v);
            }
            registers.add(-1);
            types.add(state.accumulator().representation);
            values.add(state.accumulator());
            ExitLayout layout = new ExitLayout(registers, types, catching);
            int slots = 3 + types.stream().mapToInt(t -> t == Representation.FLOAT64 ? 2 : 1).sum();
            if (slots > 255) {
                // More values than a method can take as parameters: write them here.
                for (int i = 0; i < values.size(); i++) {
                    if (registers.get(i) >= 0) b.aload(REGS).loadConstant(registers.get(i)); else b.aload(FRAME);
                    boxed(values.get(i));
                    if (registers.get(i) >= 0) b.aastore(); else b.putfield(JvmCode.FRAME, "accumulator", CD_Object);
                }
                leave(b, catching, () -> b.aload(FRAME), () -> b.loadConstant(state.pc()), reasonOrThrowable);
                return;
            }
            String method = exitMethods.computeIfAbsent(layout, k -> (catching ? "catch" : "deopt") + exitMethods.size());
            b.aload(FRAME).loadConstant(state.pc());
            reasonOrThrowable.run();
            for (Node v : values) load(v);
            b.invokestatic(CD_THIS, method, exitMethodType(layout)).areturn();
        }

        /**
         * A guard inside inlined code: every value of every frame of the chain goes, boxed, into one
         * array, and Steps.deoptimizeInlined rebuilds the frames from it by the layout (a class constant).
         */
        private void writeInlinedStatesAndLeave(FrameState state, Runnable reason) {
            List<Node> values = new ArrayList<>();
            List<InlinedExit.Level> levels = new ArrayList<>();
            for (FrameState s = state; s != null; s = s.outer) {
                int[] registers = new int[s.registers.length];
                for (int r = 0; r < registers.length; r++) registers[r] = SlotAllocator.writtenAtExit(s, r) ? indexOf(values, s.registers[r]) : -1;
                int acc = indexOf(values, s.accumulator);
                int closure = -1, thisArg = -1;
                int[] arguments = new int[0];
                boolean construct = s.call != null && s.call.construct();
                if (s.call != null) {
                    closure = indexOf(values, s.call.closure());
                    thisArg = indexOf(values, s.call.thisArg());
                    arguments = s.call.arguments().stream().mapToInt(v -> indexOf(values, v)).toArray();
                }
                levels.addFirst(new InlinedExit.Level(s.pc, registers, acc, closure, thisArg, arguments, construct));
            }
            b.aload(FRAME);
            reason.run();
            b.ldc(JvmCode.classData(classData, new InlinedExit(levels), CD_Object));
            b.loadConstant(values.size()).anewarray(CD_Object);
            for (int i = 0; i < values.size(); i++) {
                b.dup().loadConstant(i);
                boxed(values.get(i));
                b.aastore();
            }
            b.invokestatic(JvmCode.STEPS, "deoptimizeInlined", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_int, CD_Object, JvmCode.OBJECT_ARRAY)).areturn();
        }

        private static int indexOf(List<Node> values, Node v) {
            int i = values.indexOf(v);
            if (i < 0) { i = values.size(); values.add(v); }
            return i;
        }

        private int scratchThrowable = -1;

        /** A reference local for the exception a catch exit is handling. */
        private int scratchThrowable() {
            if (scratchThrowable < 0) scratchThrowable = nextSlot++;
            return scratchThrowable;
        }

        private int scratchInt = -1;

        /** An int local for the exits' reason (set just before the jump that reads it). */
        private int scratchInt() {
            if (scratchInt < 0) scratchInt = nextSlot++;
            return scratchInt;
        }

        private void boxed(Node v) {
            load(v);
            switch (v.representation) {
                case INT32 -> b.invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int));
                case BOOL -> b.invokestatic(CD_Boolean, "valueOf", MethodTypeDesc.of(CD_Boolean, CD_boolean));
                case FLOAT64 -> b.invokestatic(CD_NUMBERS, "box", MethodTypeDesc.of(CD_Object, CD_DOUBLE_PRIMITIVE));
                case TAGGED -> {}
            }
        }
    }
}
