package dev.piste.cli;

/** Placeholder until the launcher lands. */
public final class Main {
    private Main() {}
    public static void main(String[] args) {
        System.err.println("piste: not yet runnable");
        System.exit(2);
    }
}
