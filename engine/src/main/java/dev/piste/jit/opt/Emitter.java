package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;
import dev.piste.jit.JvmCode;
import dev.piste.jit.baseline.BaselineCompiler;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
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

import static dev.piste.jit.opt.OptCompiler.*;
import static dev.piste.jit.opt.ExitMethods.*;

/**
 * Emits the body of one method of tier-2 code (the whole function, or one {@link Region} of it):
 * every value in a JVM local of its representation (the allocation's), phis assigned on the edges
 * into their block, each guard a jump to a deoptimization exit emitted after the body (one per
 * distinct frame state), generic nodes as calls of the step every tier calls.
 */
final class Emitter {
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

    /**
     * The body is executeFrameless (see CompiledCode): no frame until an exit makes it (enterFrame);
     * the closure, this and arguments it was called with stay in locals of their own until then.
     */
    final boolean frameless;
    /** The class has a frameless entry (a call of the function itself may enter it). */
    final boolean framelessEntry;
    private int calleeClosure = -1, calleeThis, calleeArguments, calleeFirst, calleeCount;
    /**
     * Frameless code: the local of the frame that stands for this call while it calls a function (see
     * CallEmitter), null until its first call.
     */
    private int callerFrame = -1;
    /** Frameless: where exits go with the interpreter's marker, and where exceptions out of them go, once there is a frame. */
    private Label frameLeave, frameLeftAbruptly;

    Emitter(Graph g, CodeBuilder b, List<Object> classData, boolean stressDeopt, Map<ExitLayout, String> exitMethods,
            SlotAllocator.Allocation allocation, Region region, boolean frameless, boolean framelessEntry) {
        this.g = g; this.b = b; this.classData = classData; this.stressDeopt = stressDeopt; this.exitMethods = exitMethods;
        this.allocation = allocation; this.region = region; this.frameless = frameless; this.framelessEntry = framelessEntry;
    }

    int emit() {
        List<Block> blocks = region == null ? g.blocks : region.blocks();
        for (Block block : blocks) labels.put(block, b.newLabel());
        slots.putAll(allocation.slots());
        used = allocation.used();
        rawFieldLoads = UnboxedFieldLoads.find(g);
        nextSlot = allocation.nextFree();
        if (frameless) {
            // The parameters (after state: args, closure, this, first, count) lie where values go: move them out first.
            calleeArguments = nextSlot++; calleeClosure = nextSlot++; calleeThis = nextSlot++; calleeFirst = nextSlot++; calleeCount = nextSlot++;
            // Read them all before writing any: the new locals may be among theirs.
            b.aload(REGS).aload(REGS + 1).aload(REGS + 2).iload(REGS + 3).iload(REGS + 4)
                .istore(calleeCount).istore(calleeFirst).astore(calleeThis).astore(calleeClosure).astore(calleeArguments);
            callerFrame = nextSlot++;
            b.aconst_null().astore(callerFrame);
            frameLeave = b.newLabel();
            frameLeftAbruptly = b.newLabel();
        } else {
            b.aload(FRAME).getfield(JvmCode.FRAME, "registers", JvmCode.OBJECT_ARRAY).astore(REGS);
        }
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
        // No handler in this function: Steps.unwind records the frame for the stack trace and rethrows
        // (frameless code throws nothing of its own: what its calls throw, each call records, see CallEmitter).
        b.labelBinding(handler);
        if (!frameless) b.dup().aload(FRAME).invokestatic(JvmCode.STEPS, "unwind", MethodTypeDesc.of(CD_int, CD_Throwable, JvmCode.FRAME)).pop();
        b.athrow();
        for (var e : exits.entrySet()) deoptExit(e.getKey(), e.getValue());
        for (var e : catchHandlers.entrySet()) catchExit(e.getKey(), e.getValue());
        if (frameless && !exits.isEmpty()) {
            // The exit left its frame for the interpreter (Interpreter.leave finishes it and pops it), or threw.
            int value = scratch();
            b.labelBinding(frameLeave);
            b.astore(value).aload(STATE).aload(FRAME).aload(value)
                .invokestatic(INTERPRETER, "leave", MethodTypeDesc.of(CD_Object, JvmCode.STATE, JvmCode.FRAME, CD_Object)).areturn();
            b.labelBinding(frameLeftAbruptly);
            b.astore(value).aload(STATE).aload(FRAME).aload(value).checkcast(CD_Throwable)
                .invokestatic(INTERPRETER, "leftAbruptly", MethodTypeDesc.of(CD_Throwable, JvmCode.STATE, JvmCode.FRAME, CD_Throwable)).athrow();
        }
        return guardCount;
    }

    /** Pushes the closure the code runs for (its frame's; frameless code's, the one it was called with). */
    void loadClosure() {
        if (frameless) b.aload(calleeClosure); else b.aload(FRAME).getfield(JvmCode.FRAME, "closure", CD_CLOSURE);
    }

    /** Frameless: the frame of the call, made and pushed as an exit begins (the exit then writes its state into it). */
    private void enterFrame() {
        b.aload(STATE).aload(calleeClosure).checkcast(CD_CLOSURE).aload(calleeThis).aload(calleeArguments).iload(calleeFirst).iload(calleeCount)
            .invokestatic(INTERPRETER, "enterFrameless", MethodTypeDesc.of(JvmCode.FRAME, JvmCode.STATE, CD_CLOSURE, CD_Object, JvmCode.OBJECT_ARRAY, CD_int, CD_int))
            .astore(FRAME);
        b.aload(FRAME).getfield(JvmCode.FRAME, "registers", JvmCode.OBJECT_ARRAY).astore(REGS);
        exitStart = b.newLabel();
        b.labelBinding(exitStart);
    }

    private Label exitStart;

    /** The end of an exit, with what the interpreter returned on the stack: return it; frameless code first finishes its frame. */
    private void returnFromExit() {
        if (!frameless) { b.areturn(); return; }
        b.goto_(frameLeave);
        Label end = b.newLabel();
        b.labelBinding(end);
        b.exceptionCatchAll(exitStart, end, frameLeftAbruptly);
    }

    private boolean isInt(Node n) { return n.representation == Representation.INT32 || n.representation == Representation.BOOL; }
    private boolean isDouble(Node n) { return n.representation == Representation.FLOAT64; }

    /** The values something uses: a pure value that nothing uses is not computed at all. */
    java.util.Set<Node> used;
    /** LOAD_FIELDs whose local holds the slot's content as it is, a DoubleBox included (see UnboxedFieldLoads). */
    private java.util.Set<Node> rawFieldLoads = java.util.Set.of();

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

    void load(Node n) {
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

    void store(Node n) {
        if (isInt(n)) b.istore(slot(n)); else if (isDouble(n)) b.dstore(slot(n)); else b.astore(slot(n));
    }

    /** Frameless code: the local of the frame that stands for the call while it makes one (see CallEmitter). */
    int callerFrame() { return callerFrame; }

    /** Keeps the frame's position current (for stack traces of what is called); frameless code sets it as it calls (see CallEmitter). */
    void setPc(int pc) { if (!frameless) b.aload(FRAME).loadConstant(pc).putfield(JvmCode.FRAME, "pc", CD_int); }

    Label deopt(Node n, DeoptReason reason) { return deopt(n.frameState, reason); }

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
                if (frameless) framelessEntry(r);
                else if (r < 0) b.aload(FRAME).getfield(JvmCode.FRAME, "accumulator", CD_Object);
                else b.aload(REGS).loadConstant(r).aaload();
                store(n);
            }
            case LOAD_FRAME_REGISTER -> { b.aload(REGS).loadConstant((Integer) n.data).aaload(); store(n); }
            case STORE_FRAME_REGISTER -> { b.aload(REGS).loadConstant((Integer) n.data); load(n.input(0)); b.aastore(); }
            case LOAD_CONTEXT -> {
                // Frameless code's function makes no context: the frame's would be its closure's.
                if (frameless) b.aload(calleeClosure).getfield(CD_CLOSURE, "context", JvmCode.CONTEXT);
                else b.aload(FRAME).getfield(JvmCode.FRAME, "context", JvmCode.CONTEXT);
                store(n);
            }
            case STORE_CONTEXT -> { b.aload(FRAME); load(n.input(0)); b.checkcast(JvmCode.CONTEXT).putfield(JvmCode.FRAME, "context", JvmCode.CONTEXT); }
            case GENERIC -> generic(n);
            case LOOP_CHECK -> {
                if (frameless || n.frameState.outer != null) {
                    // No frame of its own (inlined or frameless): only the interrupt check (a termination deoptimizes first).
                    Label on = b.newLabel();
                    b.aload(STATE).getfield(JvmCode.STATE, "interruptRequested", CD_boolean).ifeq(on);
                    b.aload(STATE).invokestatic(JvmCode.STEPS, "interruptWithoutFrame", MethodTypeDesc.of(CD_boolean, JvmCode.STATE))
                        .ifne(deopt(n, DeoptReason.INTERRUPTED));
                    b.labelBinding(on);
                } else {
                    setPc(n.pc);
                    b.aload(FRAME).aload(STATE).invokestatic(JvmCode.STEPS, "backEdge", MethodTypeDesc.of(CD_void, JvmCode.FRAME, JvmCode.STATE));
                }
            }
            case CHECKED_TO_INT32 -> {
                if (isDouble(n.input(0))) {
                    // An int32 when the float64 converts exactly (not NaN, no fraction, in range) and is not -0.
                    Label fail = deopt(n, DeoptReason.NOT_INT32), done = b.newLabel();
                    int value = scratchInt();
                    load(n.input(0));
                    b.d2i().istore(value).iload(value).i2d();
                    load(n.input(0));
                    b.dcmpl().ifne(fail);
                    b.iload(value).ifne(done);
                    load(n.input(0));
                    b.invokestatic(java.lang.constant.ConstantDescs.CD_Double, "doubleToRawLongBits",
                        MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_long, CD_DOUBLE_PRIMITIVE)).lconst_0().lcmp().ifne(fail);
                    b.labelBinding(done);
                    b.iload(value);
                    store(n);
                    break;
                }
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
                if (rawFieldLoads.contains(n.input(0))) {
                    Label notBox = b.newLabel();
                    load(n.input(0));
                    b.instanceOf(DOUBLE_BOX).ifeq(notBox);
                    load(n.input(0));
                    b.invokestatic(DOUBLE_BOX, "value", MethodTypeDesc.of(CD_DOUBLE_PRIMITIVE, CD_Object)).goto_(done);
                    b.labelBinding(notBox);
                }
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
            case BOX_FLOAT64, BOX_INT32, BOX_BOOL -> {
                load(n.input(0));
                box(b, n.op == Op.BOX_INT32 ? Representation.INT32 : n.op == Op.BOX_BOOL ? Representation.BOOL : Representation.FLOAT64);
                store(n);
            }
            case CHECK_ELEMENTS_COVER -> {
                load(n.input(0));
                JvmCode.getElements(b);
                b.getfield(ELEMENTS, "length", CD_int);
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
                b.checkcast(JS_ARRAY).getfield(JS_ARRAY, "length", ConstantDescs.CD_long)
                    .dup2().loadConstant(Long.valueOf(Integer.MAX_VALUE)).lcmp().ifle(fits);
                b.pop2().goto_(deopt(n, DeoptReason.NOT_INT32));
                b.labelBinding(fits);
                b.l2i();
                store(n);
            }
            case LOAD_FIELD -> {
                pushSlotAddress(n.input(0), (PropertySpeculation.Fields) n.data);
                b.aaload();
                if (!rawFieldLoads.contains(n)) readSlotContent();
                store(n);
            }
            case STORE_FIELD_FLOAT64 -> {
                pushSlotAddress(n.input(0), (PropertySpeculation.Fields) n.data);
                load(n.input(1));
                b.invokestatic(DOUBLE_BOX, "write", MethodTypeDesc.of(CD_void, JvmCode.OBJECT_ARRAY, CD_int, CD_DOUBLE_PRIMITIVE));
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
            case CHECKED_LOAD_ELEMENT -> new ElementEmitter(this).load(n);
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
                loadClosure();
                b.ldc(JvmCode.classData(classData, global.cache(), CD_Object))
                    .invokestatic(JvmCode.STEPS, "globalFromCache", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object))
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
            case NEW_OBJECT -> {
                Label made = b.newLabel();
                loadClosure();
                b.ldc(JvmCode.classData(classData, n.data, JvmCode.SHAPE))
                    .invokestatic(JvmCode.STEPS, "newObjectOfShape", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object)).dup().ifnonnull(made);
                b.pop().goto_(deopt(n, DeoptReason.WRONG_SHAPE));
                b.labelBinding(made);
                store(n);
            }
            case MEGAMORPHIC_LOAD -> {
                Label found = b.newLabel();
                b.ldc(JvmCode.classData(classData, n.data, CD_Object)).aload(STATE);
                load(n.input(0));
                b.invokestatic(JvmCode.STEPS, "megamorphicLoad", MethodTypeDesc.of(CD_Object, CD_Object, JvmCode.STATE, CD_Object)).dup().ifnonnull(found);
                b.pop().goto_(deopt(n, DeoptReason.GENERIC_PROPERTY));
                b.labelBinding(found);
                store(n);
            }
            case MEGAMORPHIC_STORE -> {
                b.ldc(JvmCode.classData(classData, n.data, CD_Object)).aload(STATE);
                load(n.input(0));
                boxed(n.input(1));
                b.invokestatic(JvmCode.STEPS, "megamorphicStore", MethodTypeDesc.of(CD_boolean, CD_Object, JvmCode.STATE, CD_Object, CD_Object))
                    .ifeq(deopt(n, DeoptReason.GENERIC_PROPERTY));
            }
            case NEW_ARRAY -> {
                b.new_(JS_ARRAY).dup().ldc(JvmCode.classData(classData, n.data, JvmCode.JS_OBJECT))
                    .invokespecial(JS_ARRAY, "<init>", MethodTypeDesc.of(CD_void, JvmCode.JS_OBJECT));
                store(n);
            }
            case LITERAL_APPEND -> {
                load(n.input(0));
                b.checkcast(JS_ARRAY);
                if (n.data == Boolean.TRUE) b.invokevirtual(JS_ARRAY, "pushHole", MethodTypeDesc.of(CD_void));
                else { boxed(n.input(1)); b.invokevirtual(JS_ARRAY, "push", MethodTypeDesc.of(CD_void, CD_Object)); }
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
            case STORE_ELEMENT -> new ElementEmitter(this).store(n);
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
        JvmCode.getShape(b);
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
        JvmCode.getSlots(b);
        if (fields.oneSlot()) { b.loadConstant(fields.slots()[0]); return; }
        Label have = b.newLabel();
        load(obj);
        JvmCode.getShape(b);
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
                    .getfield(JvmCode.JS_OBJECT, "shape", JvmCode.SHAPE)
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
                case OWN_FIELD, PROTO_FIELD -> {
                    b.getfield(JvmCode.JS_OBJECT, "slots", JvmCode.OBJECT_ARRAY).loadConstant(c.slot()).aaload();
                    readSlotContent();
                }
                case STORE_FIELD -> {
                    b.getfield(JvmCode.JS_OBJECT, "slots", JvmCode.OBJECT_ARRAY).loadConstant(c.slot());
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

    private static final ClassDesc JS_ARRAY = JvmCode.JS_ARRAY;
    private static final ClassDesc ELEMENTS = JvmCode.ELEMENTS;

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
        setPc(outermost(n.frameState, n.pc));
        if (op == Opcode.FOR_IN_NEXT) {
            load(n.input(1));
            b.invokestatic(JvmCode.STEPS, "forInNext", MethodTypeDesc.of(CD_Object, CD_Object));
            store(n);
            return;
        }
        if (op == Opcode.CALL) {
            CallEmitter calls = new CallEmitter(this);
            List<dev.piste.interp.Closure> callees = calls.knownCallees(n, gen);
            // Inlined and frameless code call only as Inliner.callsWithoutFrame allows (CallEmitter says what happens with another callee).
            if (!callees.isEmpty() || n.frameState.outer != null || frameless) {
                calls.callKnown(n, gen, callees);
                return;
            }
        }
        storeArguments(n, gen);
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

    /** The position in this function's own code of an instruction at pc with this state: the outermost call's, when inlined. */
    static int outermost(FrameState state, int pc) {
        if (state == null || state.outer == null) return pc;
        while (state.outer != null) state = state.outer;
        return state.pc;
    }

    /** Writes the arguments the generic node n's instruction reads from the frame into their registers. */
    void storeArguments(Node n, GraphBuilder.Generic gen) {
        for (int i = 0; i < gen.argumentCount(); i++) {
            b.aload(REGS).loadConstant(gen.firstArgument() + i);
            boxed(gen.argument(n, i));
            b.aastore();
        }
    }

    static final ClassDesc CD_CLOSURE = ClassDesc.of("dev.piste.interp.Closure");

    /** Frameless code: what register r (-1: the accumulator) holds on entry, from the closure, this and arguments it was called with. */
    private void framelessEntry(int r) {
        if (r < 0 || !CallEmitter.hasEntryValue(g.function, r)) { b.aconst_null(); return; }
        CallEmitter.pushEntryValue(b, g.function, r, () -> b.aload(calleeClosure), () -> b.aload(calleeThis), i -> {
            Label missing = b.newLabel(), done = b.newLabel();
            b.iload(calleeCount).loadConstant(i).if_icmple(missing);
            b.aload(calleeArguments).iload(calleeFirst).loadConstant(i).iadd().aaload().goto_(done);
            b.labelBinding(missing);
            b.getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED);
            b.labelBinding(done);
        });
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
                case TAGGED -> { handover().getfield(HANDOVER, "values", JvmCode.OBJECT_ARRAY).loadConstant(at); load(v); b.aastore(); }
                case INT32, BOOL -> { handover().getfield(HANDOVER, "numbers", LONG_ARRAY).loadConstant(at); load(v); b.i2l().lastore(); }
                case FLOAT64 -> {
                    handover().getfield(HANDOVER, "numbers", LONG_ARRAY).loadConstant(at);
                    load(v);
                    b.invokestatic(CD_DOUBLE, "doubleToRawLongBits", MethodTypeDesc.of(ConstantDescs.CD_long, CD_DOUBLE_PRIMITIVE)).lastore();
                }
            }
        }
        handover().loadConstant(region.blockNumber().get(to)).putfield(HANDOVER, "entry", CD_int);
        b.getstatic(JvmCode.STEPS, "NEXT_REGION", CD_Object).areturn();
    }

    /** Pushes the frame's handover (split code only). */
    private CodeBuilder handover() { return b.aload(FRAME).getfield(JvmCode.FRAME, "handover", HANDOVER); }

    /** A region's start: to the entry the handover names, with the values live there from the handover. */
    private void enterRegion() {
        List<java.lang.classfile.instruction.SwitchCase> cases = new ArrayList<>();
        List<Label> prologues = new ArrayList<>();
        for (Block e : region.entries()) {
            Label l = b.newLabel();
            prologues.add(l);
            cases.add(java.lang.classfile.instruction.SwitchCase.of(region.blockNumber().get(e), l));
        }
        cases.sort(java.util.Comparator.comparingInt(java.lang.classfile.instruction.SwitchCase::caseValue));
        handover().getfield(HANDOVER, "entry", CD_int).lookupswitch(prologues.getFirst(), cases);
        for (int i = 0; i < prologues.size(); i++) {
            Block e = region.entries().get(i);
            b.labelBinding(prologues.get(i));
            for (Node v : region.liveAtEntry().get(e)) {
                if (!allocation.slots().containsKey(v)) continue;
                int at = region.spill().get(v);
                if (v.representation == Representation.TAGGED) {
                    handover().getfield(HANDOVER, "values", JvmCode.OBJECT_ARRAY).loadConstant(at).aaload();
                } else {
                    handover().getfield(HANDOVER, "numbers", LONG_ARRAY).loadConstant(at).laload();
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
        if (frameless) enterFrame();
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
            if (!SlotAllocator.writtenAtExit(g, frameState, r)) continue;
            registers.add(r);
            types.add(v.representation);
            values.add(v);
        }
        registers.add(-1);
        types.add(state.accumulator().representation);
        values.add(state.accumulator());
        ExitLayout layout = new ExitLayout(registers, types, catching);
        int slots = 3 + ExitMethods.slots(types);
        if (slots > 255) {
            // More values than a method can take as parameters: write them here.
            for (int i = 0; i < values.size(); i++) {
                if (registers.get(i) >= 0) b.aload(REGS).loadConstant(registers.get(i)); else b.aload(FRAME);
                boxed(values.get(i));
                if (registers.get(i) >= 0) b.aastore(); else b.putfield(JvmCode.FRAME, "accumulator", CD_Object);
            }
            leave(b, catching, () -> b.aload(FRAME), () -> b.loadConstant(state.pc()), reasonOrThrowable);
            returnFromExit();
            return;
        }
        String method = exitMethods.computeIfAbsent(layout, k -> (catching ? "catch" : "deopt") + exitMethods.size());
        b.aload(FRAME).loadConstant(state.pc());
        reasonOrThrowable.run();
        for (Node v : values) loadForExit(v);
        b.invokestatic(CD_THIS, method, exitMethodType(layout));
        returnFromExit();
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
            for (int r = 0; r < registers.length; r++) registers[r] = SlotAllocator.writtenAtExit(g, s, r) ? indexOf(values, s.registers[r]) : -1;
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
        List<Representation> types = values.stream().map(v -> v.representation).toList();
        if (3 + ExitMethods.slots(types) <= 255) {
            // The values go to a method of the exits of this layout, which boxes them into the array.
            ExitLayout layout = ExitLayout.ofInlined(types);
            String method = exitMethods.computeIfAbsent(layout, k -> "deoptInlined" + exitMethods.size());
            for (Node v : values) loadForExit(v);
            b.invokestatic(CD_THIS, method, exitMethodType(layout));
            returnFromExit();
            return;
        }
        b.loadConstant(values.size()).anewarray(CD_Object);
        for (int i = 0; i < values.size(); i++) {
            b.dup().loadConstant(i);
            boxed(values.get(i));
            b.aastore();
        }
        b.invokestatic(JvmCode.STEPS, "deoptimizeInlined", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_int, CD_Object, JvmCode.OBJECT_ARRAY));
        returnFromExit();
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

    void boxed(Node v) {
        loadForExit(v);
        box(b, v.representation);
    }

    /** Loads a value a frame state names, for an exit: the JavaScript value of a raw field load's content. */
    private void loadForExit(Node v) {
        load(v);
        if (rawFieldLoads.contains(v)) readSlotContent();
    }

    private void readSlotContent() { JvmCode.readSlotContent(b); }

    private static final ClassDesc DOUBLE_BOX = JvmCode.DOUBLE_BOX;
}
