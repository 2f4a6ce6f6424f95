# Sourced by Piste's scripts: sets JAVA_HOME to a JDK 25 or newer, or exits with a clear message.
# Order: $JAVA_HOME, then the usual install places, then `java` on the PATH.
piste_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
piste_find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for d in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] && candidates+=("$d")
  done
  if command -v java >/dev/null 2>&1; then
    local j; j=$(readlink -f "$(command -v java)"); candidates+=("${j%/bin/java}")
  fi
  local c major
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(piste_java_major "$c")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      export JAVA_HOME="$c"
      return 0
    fi
  done
  echo "piste: JDK 25 or newer is required but none was found." >&2
  echo "piste: looked at \$JAVA_HOME (${JAVA_HOME:-unset}), /usr/lib/jvm/*, /opt/java/* and the java on PATH." >&2
  echo "piste: install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  exit 2
}
piste_find_jdk
