package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;

/**
 * A RegExp instance: [[OriginalSource]], [[OriginalFlags]] and the translated matcher. lastIndex is an
 * ordinary own data property (writable, not enumerable, not configurable), so user code and the
 * spec algorithms read and write it through [[Get]]/[[Set]] with all their coercions.
 */
public final class JsRegExp extends JsObject {
    /** Null only while the object is allocated but not yet initialized (RegExpAlloc before RegExpInitialize). */
    String source;
    String flags;
    RegExpTranslator.Result compiled;

    JsRegExp(JsObject prototype) {
        super(prototype);
        defineOwn("lastIndex", 0, PropertyAttributes.WRITABLE);
    }

    boolean hasFlag(char c) { return flags.indexOf(c) >= 0; }

    @Override public String className() { return "RegExp"; }

    /** The /source/flags display (RegExp.prototype.toString of an unmodified instance). */
    public String display() { return "/" + RegExpBuiltins.escapedSource(source) + "/" + flags; }
}
