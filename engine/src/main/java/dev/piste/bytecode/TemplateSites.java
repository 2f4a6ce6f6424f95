package dev.piste.bytecode;

import java.util.List;

/** Tagged-template call sites: each site's constant is unique, and its template object is made once per realm. */
public final class TemplateSites {
    private TemplateSites() {}

    /** One site's strings; identity (not equality) keys the realm's cache, as the specification requires. */
    public static final class Site implements CodeBuffer.ConstantPoolEntry {
        private final List<String> cooked, raw;
        public Site(List<String> cooked, List<String> raw) { this.cooked = cooked; this.raw = raw; }
        public List<String> cooked() { return cooked; }
        public List<String> raw() { return raw; }
        @Override public String toString() { return "template" + raw; }
    }
}
