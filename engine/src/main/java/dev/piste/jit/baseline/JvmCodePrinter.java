package dev.piste.jit.baseline;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Instruction;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.util.Locale;

/** A javap-style listing of a generated class: each method's instructions with their offsets and operands. */
public final class JvmCodePrinter {
    private JvmCodePrinter() {}

    public static String print(String title, byte[] classBytes) {
        ClassModel cm = ClassFile.of().parse(classBytes);
        StringBuilder sb = new StringBuilder();
        sb.append("== tier-1 JVM code of ").append(title).append(" ==\n");
        for (MethodModel m : cm.methods()) {
            if (m.methodName().stringValue().equals("<init>")) continue;
            CodeAttribute code = (CodeAttribute) m.code().orElse(null);
            if (code == null) continue;
            sb.append("  ").append(m.methodName().stringValue()).append(m.methodTypeSymbol().displayDescriptor())
                .append(": ").append(code.codeLength()).append(" bytes, max stack ").append(code.maxStack())
                .append(", max locals ").append(code.maxLocals()).append('\n');
            int offset = 0;
            for (CodeElement e : code) {
                if (e instanceof Instruction i) {
                    sb.append(String.format("    %5d: %-16s %s%n", offset, i.opcode().name().toLowerCase(Locale.ROOT), operands(i, code)).stripTrailing()).append('\n');
                    offset += i.sizeInBytes();
                } else if (e instanceof ExceptionCatch c) {
                    sb.append(String.format("    catch %s in [%d, %d) -> %d%n", c.catchType().map(t -> t.asInternalName()).orElse("any"),
                        code.labelToBci(c.tryStart()), code.labelToBci(c.tryEnd()), code.labelToBci(c.handler())));
                }
            }
        }
        return sb.toString();
    }

    private static String operands(Instruction i, CodeAttribute code) {
        return switch (i) {
            case LoadInstruction l -> l.opcode().sizeIfFixed() == 1 ? "" : Integer.toString(l.slot());
            case StoreInstruction s -> s.opcode().sizeIfFixed() == 1 ? "" : Integer.toString(s.slot());
            case ConstantInstruction c -> c.opcode().sizeIfFixed() == 1 && c instanceof ConstantInstruction.IntrinsicConstantInstruction ? "" : String.valueOf(c.constantValue());
            case FieldInstruction f -> simple(f.owner().asInternalName()) + "." + f.name().stringValue() + ":" + f.typeSymbol().displayName();
            case InvokeInstruction v -> simple(v.owner().asInternalName()) + "." + v.name().stringValue() + v.typeSymbol().displayDescriptor();
            case BranchInstruction b -> Integer.toString(code.labelToBci(b.target()));
            case TypeCheckInstruction t -> simple(t.type().asInternalName());
            case LookupSwitchInstruction s -> cases(s.cases(), code) + " default " + code.labelToBci(s.defaultTarget());
            case TableSwitchInstruction s -> cases(s.cases(), code) + " default " + code.labelToBci(s.defaultTarget());
            default -> "";
        };
    }

    private static String cases(java.util.List<SwitchCase> cases, CodeAttribute code) {
        StringBuilder sb = new StringBuilder("{");
        for (SwitchCase c : cases) sb.append(sb.length() > 1 ? ", " : "").append(c.caseValue()).append(": ").append(code.labelToBci(c.target()));
        return sb.append('}').toString();
    }

    private static String simple(String internalName) { return internalName.substring(internalName.lastIndexOf('/') + 1); }
}
