package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.ArrayBufferObject;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.TypedArrayKind;
import dev.piste.runtime.objects.TypedArrayObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/**
 * The host's TextEncoder (UTF-8) and TextDecoder (UTF-8 and UTF-16LE, with fatal, ignoreBOM and
 * streaming). Lone surrogates encode as U+FFFD; invalid input decodes to U+FFFD unless fatal.
 */
final class TextCodingBuiltins {
    private TextCodingBuiltins() {}

    private static final Map<String, String> LABELS = Map.of(
        "utf-8", "utf-8", "utf8", "utf-8", "unicode-1-1-utf-8", "utf-8",
        "utf-16le", "utf-16le", "utf-16", "utf-16le");

    static final class Encoder extends JsObject {
        Encoder(JsObject proto) { super(proto); }
        @Override public String className() { return "TextEncoder"; }
    }

    static final class Decoder extends JsObject {
        final String encoding;
        final boolean fatal, ignoreBom;
        /** Bytes of an incomplete sequence held back by a streaming decode. */
        byte[] pending = new byte[0];
        boolean bomSeen;
        Decoder(JsObject proto, String encoding, boolean fatal, boolean ignoreBom) {
            super(proto);
            this.encoding = encoding; this.fatal = fatal; this.ignoreBom = ignoreBom;
        }
        @Override public String className() { return "TextDecoder"; }
    }

    static void install(Realm realm) {
        installEncoder(realm);
        installDecoder(realm);
    }

    private static void installEncoder(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "TextEncoder", PropertyAttributes.CONFIGURABLE);
        BuiltinHelper.constructor(realm, "TextEncoder", 0, proto, (self, args, nt) -> {
            if (nt == null) throw JsException.typeError("Class constructor TextEncoder cannot be invoked without 'new'");
            return new Encoder(Reflection.prototypeFrom(nt, proto));
        });
        BuiltinHelper.getter(realm, proto, "encoding", (self, args, nt) -> { thisEncoder(self, "encoding"); return "utf-8"; }, null);
        method(realm, proto, "encode", 0, (self, args, nt) -> {
            thisEncoder(self, "encode");
            String s = arg(args, 0) == Undefined.INSTANCE ? "" : JsOps.toString(arg(args, 0));
            return uint8Array(realm, StringBuiltins.wellFormed(s, true).getBytes(StandardCharsets.UTF_8));
        });
        method(realm, proto, "encodeInto", 2, (self, args, nt) -> {
            thisEncoder(self, "encodeInto");
            String s = JsOps.toString(arg(args, 0));
            if (!(arg(args, 1) instanceof TypedArrayObject dest) || dest.kind != TypedArrayKind.UINT8) {
                throw JsException.typeError("The \"dest\" argument must be an instance of Uint8Array.");
            }
            int read = 0, written = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                int units = Character.charCount(cp);
                if (Character.isSurrogate((char) cp)) cp = 0xFFFD;
                byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                if (written + bytes.length > dest.length) break;
                System.arraycopy(bytes, 0, dest.buffer.data, dest.byteOffset + written, bytes.length);
                written += bytes.length;
                read += units;
                i += units;
            }
            JsObject result = new JsObject(realm.objectPrototype);
            Reflection.createDataProperty(result, "read", read);
            Reflection.createDataProperty(result, "written", written);
            return result;
        });
    }

    private static void installDecoder(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "TextDecoder", PropertyAttributes.CONFIGURABLE);
        BuiltinHelper.constructor(realm, "TextDecoder", 0, proto, (self, args, nt) -> {
            if (nt == null) throw JsException.typeError("Class constructor TextDecoder cannot be invoked without 'new'");
            String label = arg(args, 0) == Undefined.INSTANCE ? "utf-8" : JsOps.toString(arg(args, 0));
            String encoding = LABELS.get(label.strip().toLowerCase(java.util.Locale.ROOT));
            if (encoding == null) throw JsException.rangeError("The \"" + label + "\" encoding is not supported");
            Object options = arg(args, 1);
            boolean fatal = options instanceof JsObject o && JsOps.toBoolean(o.get("fatal"));
            boolean ignoreBom = options instanceof JsObject o && JsOps.toBoolean(o.get("ignoreBOM"));
            return new Decoder(Reflection.prototypeFrom(nt, proto), encoding, fatal, ignoreBom);
        });
        BuiltinHelper.getter(realm, proto, "encoding", (self, args, nt) -> thisDecoder(self, "encoding").encoding, null);
        BuiltinHelper.getter(realm, proto, "fatal", (self, args, nt) -> thisDecoder(self, "fatal").fatal, null);
        BuiltinHelper.getter(realm, proto, "ignoreBOM", (self, args, nt) -> thisDecoder(self, "ignoreBOM").ignoreBom, null);
        method(realm, proto, "decode", 0, (self, args, nt) -> {
            Decoder d = thisDecoder(self, "decode");
            byte[] input = bytesOf(arg(args, 0));
            boolean stream = arg(args, 1) instanceof JsObject o && JsOps.toBoolean(o.get("stream"));
            byte[] bytes = concat(d.pending, input);
            int complete = stream ? completeLength(bytes, d.encoding) : bytes.length;
            d.pending = Arrays.copyOfRange(bytes, complete, bytes.length);
            String text = decode(Arrays.copyOf(bytes, complete), d.encoding, d.fatal);
            if (!d.ignoreBom && !d.bomSeen && !text.isEmpty()) {
                if (text.charAt(0) == '\uFEFF') text = text.substring(1);
                d.bomSeen = true;
            }
            if (!stream) d.bomSeen = false;
            return text;
        });
    }

    private static String decode(byte[] bytes, String encoding, boolean fatal) {
        Charset charset = encoding.equals("utf-8") ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16LE;
        if (!fatal) return new String(bytes, charset);
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw JsException.typeError("The encoded data was not valid for encoding " + encoding);
        }
    }

    /** The length of the prefix that ends on a character boundary; the rest waits for more input. */
    private static int completeLength(byte[] bytes, String encoding) {
        if (encoding.equals("utf-16le")) {
            int even = bytes.length & ~1;
            // A high surrogate at the end waits for its low half.
            if (even >= 2 && (bytes[even - 1] & 0xFC) == 0xD8) return even - 2;
            return even;
        }
        for (int back = 1; back <= Math.min(3, bytes.length); back++) {
            int b = bytes[bytes.length - back] & 0xFF;
            if ((b & 0xC0) == 0x80) continue;
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? bytes.length - back : bytes.length;
        }
        return bytes.length;
    }

    private static byte[] bytesOf(Object input) {
        if (input == Undefined.INSTANCE) return new byte[0];
        if (input instanceof ArrayBufferObject b) return b.data.clone();
        if (input instanceof TypedArrayObject t) return Arrays.copyOfRange(t.buffer.data, t.byteOffset, t.byteOffset + t.byteLength());
        if (input instanceof ArrayBufferBuiltins.DataViewObject v) return Arrays.copyOfRange(v.buffer.data, v.byteOffset, v.byteOffset + v.byteLength);
        throw JsException.typeError("The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) return b;
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static TypedArrayObject uint8Array(Realm realm, byte[] bytes) {
        ArrayBufferObject buffer = new ArrayBufferObject(realm.arrayBufferPrototype, bytes.length);
        System.arraycopy(bytes, 0, buffer.data, 0, bytes.length);
        return new TypedArrayObject(realm.typedArrayPrototypes[TypedArrayKind.UINT8.ordinal()], TypedArrayKind.UINT8, buffer, 0, bytes.length);
    }

    private static Encoder thisEncoder(Object self, String method) {
        if (self instanceof Encoder e) return e;
        throw JsException.typeError("Value of \"this\" must be of type TextEncoder");
    }

    private static Decoder thisDecoder(Object self, String method) {
        if (self instanceof Decoder d) return d;
        throw JsException.typeError("Value of \"this\" must be of type TextDecoder");
    }
}
