# Sourced by make test-asan and scripts/fuzz.sh: how AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer report. Every finding stops the program with a stack trace.
# Suppressions (tests/sanitizers/) cover only third-party code, each with its reason.
_san_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:abort_on_error=0"
export LSAN_OPTIONS="suppressions=$_san_root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$_san_root/tests/sanitizers/ubsan.supp"
unset _san_root
if [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi
