package dev.piste.runtime.builtins;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the body of a JavaScript {@code \p{...}} (u mode) to a java.util.regex class body. Names are
 * case-sensitive and must be ones the specification lists; Script_Extensions is not supported by
 * Java and is rejected rather than approximated by Script.
 */
final class UnicodeProperties {
    private UnicodeProperties() {}

    private static final Map<String, String> GENERAL_CATEGORY_LONG = Map.ofEntries(
        Map.entry("Letter", "L"), Map.entry("Cased_Letter", "LC"), Map.entry("Uppercase_Letter", "Lu"),
        Map.entry("Lowercase_Letter", "Ll"), Map.entry("Titlecase_Letter", "Lt"), Map.entry("Modifier_Letter", "Lm"),
        Map.entry("Other_Letter", "Lo"), Map.entry("Mark", "M"), Map.entry("Combining_Mark", "M"),
        Map.entry("Nonspacing_Mark", "Mn"), Map.entry("Spacing_Mark", "Mc"), Map.entry("Enclosing_Mark", "Me"),
        Map.entry("Number", "N"), Map.entry("Decimal_Number", "Nd"), Map.entry("digit", "Nd"),
        Map.entry("Letter_Number", "Nl"), Map.entry("Other_Number", "No"), Map.entry("Punctuation", "P"),
        Map.entry("punct", "P"), Map.entry("Connector_Punctuation", "Pc"), Map.entry("Dash_Punctuation", "Pd"),
        Map.entry("Open_Punctuation", "Ps"), Map.entry("Close_Punctuation", "Pe"), Map.entry("Initial_Punctuation", "Pi"),
        Map.entry("Final_Punctuation", "Pf"), Map.entry("Other_Punctuation", "Po"), Map.entry("Symbol", "S"),
        Map.entry("Math_Symbol", "Sm"), Map.entry("Currency_Symbol", "Sc"), Map.entry("Modifier_Symbol", "Sk"),
        Map.entry("Other_Symbol", "So"), Map.entry("Separator", "Z"), Map.entry("Space_Separator", "Zs"),
        Map.entry("Line_Separator", "Zl"), Map.entry("Paragraph_Separator", "Zp"), Map.entry("Other", "C"),
        Map.entry("Control", "Cc"), Map.entry("cntrl", "Cc"), Map.entry("Format", "Cf"), Map.entry("Surrogate", "Cs"),
        Map.entry("Private_Use", "Co"), Map.entry("Unassigned", "Cn"));

    private static final Set<String> GENERAL_CATEGORY_SHORT = Set.of("L", "LC", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn",
        "Mc", "Me", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So",
        "Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf", "Cs", "Co", "Cn");

    /** Binary properties that Java knows under the same name (as \p{IsName}). */
    private static final Set<String> BINARY = Set.of("Alphabetic", "Alpha", "White_Space", "space", "Uppercase", "Upper",
        "Lowercase", "Lower", "Ideographic", "Ideo", "Noncharacter_Code_Point", "NChar", "Join_Control", "Join_C",
        "Hex_Digit", "Hex", "Emoji", "Emoji_Presentation", "EPres", "Emoji_Modifier", "EMod", "Emoji_Modifier_Base",
        "EBase", "Emoji_Component", "EComp", "Extended_Pictographic", "ExtPict");

    private static final Map<String, String> BINARY_ALIASES = Map.ofEntries(Map.entry("Alpha", "Alphabetic"),
        Map.entry("space", "White_Space"), Map.entry("Upper", "Uppercase"), Map.entry("Lower", "Lowercase"),
        Map.entry("Ideo", "Ideographic"), Map.entry("NChar", "Noncharacter_Code_Point"), Map.entry("Join_C", "Join_Control"),
        Map.entry("Hex", "Hex_Digit"), Map.entry("EPres", "Emoji_Presentation"), Map.entry("EMod", "Emoji_Modifier"),
        Map.entry("EBase", "Emoji_Modifier_Base"), Map.entry("EComp", "Emoji_Component"), Map.entry("ExtPict", "Extended_Pictographic"));

    /** The Java class body, or null when the name is not a supported property. */
    static String toJava(String body) {
        int eq = body.indexOf('=');
        String result;
        if (eq >= 0) {
            String name = body.substring(0, eq), value = body.substring(eq + 1);
            if (name.equals("General_Category") || name.equals("gc")) result = generalCategory(value);
            else if (name.equals("Script") || name.equals("sc")) result = value.matches("[A-Za-z_]+") ? "\\p{sc=" + value + "}" : null;
            else result = null;
        } else if (body.equals("Any")) {
            result = "\\x{0}-\\x{10FFFF}";
        } else if (body.equals("ASCII")) {
            result = "\\x{0}-\\x{7F}";
        } else if (body.equals("Assigned")) {
            result = "\\P{Cn}";
        } else if (body.equals("ASCII_Hex_Digit") || body.equals("AHex")) {
            result = "0-9a-fA-F";
        } else if (BINARY.contains(body)) {
            result = "\\p{Is" + BINARY_ALIASES.getOrDefault(body, body) + "}";
        } else {
            result = generalCategory(body);
        }
        if (result == null) return null;
        try {
            Pattern.compile("[" + result + "]");
            return result;
        } catch (java.util.regex.PatternSyntaxException e) {
            return null;
        }
    }

    private static String generalCategory(String value) {
        String shortName = GENERAL_CATEGORY_SHORT.contains(value) ? value : GENERAL_CATEGORY_LONG.get(value);
        return shortName == null ? null : "\\p{" + shortName + "}";
    }
}
