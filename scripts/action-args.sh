# Sourced by the steps of action.yml: the arguments of `carechart check` from the action's inputs
# (given as CARECHART_* variables, never pasted into the script), in the array `args`.
set -f # the paths are carechart's globs, not the shell's
# shellcheck disable=SC2206 # split on spaces and new lines, on purpose
args=($CARECHART_PATHS)
set +f
[ -z "${CARECHART_MODEL:-}" ] || args+=(--model "$CARECHART_MODEL")
[ -z "${CARECHART_CONFIG:-}" ] || args+=(--config "$CARECHART_CONFIG")
# Annotations and SARIF name files from the repository root, whatever the working directory.
[ -z "${CARECHART_BASE_DIR:-}" ] || args+=(--base-dir "$CARECHART_BASE_DIR")
