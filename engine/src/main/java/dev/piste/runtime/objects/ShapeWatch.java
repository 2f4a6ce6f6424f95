package dev.piste.runtime.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Objects whose shape something depends on (compiled code that assumed a prototype keeps its
 * shape): when such an object is about to change shape, the callbacks registered for it run, once.
 * The shape it had is marked {@link Shape#watched}, so that objects whose shape nothing watches pay
 * one field test per shape change and nothing else.
 */
public final class ShapeWatch {
    private ShapeWatch() {}

    private static final Map<JsObject, List<Runnable>> WATCHED = Collections.synchronizedMap(new WeakHashMap<>());

    /** Runs onChange when o next changes shape (o keeps no strong reference to it beyond that). */
    public static void watch(JsObject o, Runnable onChange) {
        o.shape().watched = true;
        WATCHED.computeIfAbsent(o, k -> new ArrayList<>()).add(onChange);
    }

    /** o's shape is about to change. */
    static void changing(JsObject o) {
        List<Runnable> callbacks = WATCHED.remove(o);
        if (callbacks != null) for (Runnable r : callbacks) r.run();
    }
}
