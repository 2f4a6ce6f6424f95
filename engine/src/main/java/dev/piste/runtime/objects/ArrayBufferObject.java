package dev.piste.runtime.objects;

/**
 * An ArrayBuffer: a fixed-length block of bytes that typed arrays and DataViews view.
 *
 * <p>Invariant: {@link #data} never changes identity or length after construction (buffers are not
 * resizable and cannot be detached in Piste yet), so views may cache their byte offset and length.
 * Multi-byte elements are stored in the order the view asks for; typed arrays use little-endian,
 * the order node uses on x86, so that views of different kinds over one buffer agree with node.
 */
public final class ArrayBufferObject extends JsObject {
    public final byte[] data;

    public ArrayBufferObject(JsObject prototype, int byteLength) {
        super(prototype);
        this.data = new byte[byteLength];
    }

    public int byteLength() { return data.length; }

    @Override public String className() { return "ArrayBuffer"; }
}
