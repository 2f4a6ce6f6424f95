package dev.piste.jit;

import dev.piste.bytecode.Opcode;
import dev.piste.jit.baseline.BaselineCompiler;
import dev.piste.jit.baseline.BaselineCompiler.Translation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every opcode of the table has a tier-1 translation, and every step it calls exists with the right signature. */
class BaselineTranslationTest {
    @Test
    void everyOpcodeHasATranslation() throws Exception {
        Class<?> steps = Class.forName("dev.piste.interp.Steps");
        Class<?> frame = Class.forName("dev.piste.interp.Frame");
        Class<?> state = Class.forName("dev.piste.interp.ExecutionState");
        List<String> missing = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            Translation t = BaselineCompiler.translation(op);
            if (t != Translation.STEP) continue;
            Class<?>[] params = new Class<?>[3 + op.operandCount()];
            params[0] = frame;
            params[1] = state;
            params[2] = Object.class;
            for (int i = 0; i < op.operandCount(); i++) params[3 + i] = BaselineCompiler.passesValue(op, i) ? Object.class : int.class;
            try {
                Method m = steps.getDeclaredMethod(BaselineCompiler.stepMethodName(op), params);
                if (!Modifier.isStatic(m.getModifiers()) || m.getReturnType() != Object.class) missing.add(op + ": not static Object");
            } catch (NoSuchMethodException e) {
                missing.add(op + ": no Steps." + BaselineCompiler.stepMethodName(op) + java.util.Arrays.toString(params));
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(Opcode.values().length > 100);
    }

    @Test
    void stepNamesFollowTheOpcodeNames() {
        assertEquals("getNamed", BaselineCompiler.stepMethodName(Opcode.GET_NAMED));
        assertEquals("new_", BaselineCompiler.stepMethodName(Opcode.NEW));
        assertEquals("instanceof_", BaselineCompiler.stepMethodName(Opcode.INSTANCEOF));
        assertEquals("iteratorCloseQuietly", BaselineCompiler.stepMethodName(Opcode.ITERATOR_CLOSE_QUIETLY));
    }
}
