#!/usr/bin/env bash
# Checks the libvirt domain XML corpus in this folder.
#
# For every *.xml file:
#   1. the <name> must equal the file name without ".xml", and every <uuid>
#      must be distinct across the corpus;
#   2. it must be accepted by `virsh define` on a fresh test:///default
#      connection (the test driver parses and validates the XML like a real
#      driver, without looking at host hardware).  The test driver keeps its
#      state per process, so each file gets its own virsh process that runs
#      "define FILE; dumpxml NAME --inactive" as one batch;
#   3. if virt-xml-validate (libvirt-clients, needs xmllint from
#      libxml2-utils) is available, it must validate against the installed
#      RelaxNG schema ("domain").
#
# Usage: check-corpus.sh [-o DUMPDIR] [-s] [FILE...]
#   -o DUMPDIR  keep each `dumpxml --inactive` output as DUMPDIR/NAME.xml
#   -s          do not fail on schema errors (still reported)
# Exits 0 only if every file passes every check that could be run.

set -u
export LC_ALL=C   # virsh messages are parsed below

here=$(cd "$(dirname "$0")" && pwd)
dumpdir=""
schema_fatal=1
while getopts "o:s" opt; do
    case $opt in
        o) dumpdir=$OPTARG ;;
        s) schema_fatal=0 ;;
        *) echo "usage: $0 [-o DUMPDIR] [-s] [FILE...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

if [ $# -gt 0 ]; then
    files=("$@")
else
    files=("$here"/*.xml)
fi

if ! command -v virsh >/dev/null 2>&1; then
    echo "check-corpus: virsh not found (install libvirt-clients)" >&2
    exit 2
fi

have_validate=0
if command -v virt-xml-validate >/dev/null 2>&1 && command -v xmllint >/dev/null 2>&1; then
    have_validate=1
else
    echo "check-corpus: virt-xml-validate or xmllint missing; schema validation skipped" >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -n "$dumpdir" ] && mkdir -p "$dumpdir"

total=0; defined=0; valid=0; failed=0
declare -A seen_uuid=()

for f in "${files[@]}"; do
    total=$((total + 1))
    base=$(basename "$f" .xml)
    dir=$(cd "$(dirname "$f")" && pwd)
    ok=1

    # 1. name and uuid
    name=$(sed -n 's:.*<name>[[:space:]]*\([^<]*[^<[:space:]]\)[[:space:]]*</name>.*:\1:p' "$f" | head -n1)
    uuid=$(sed -n 's:.*<uuid>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</uuid>.*:\1:p' "$f" | head -n1 | tr 'A-F' 'a-f')
    if [ "$name" != "$base" ]; then
        echo "FAIL  $base: <name> is '$name', expected '$base'"
        ok=0
    fi
    if [ -z "$uuid" ]; then
        echo "FAIL  $base: no <uuid>"
        ok=0
    elif [ -n "${seen_uuid[$uuid]:-}" ]; then
        echo "FAIL  $base: uuid $uuid already used by ${seen_uuid[$uuid]}"
        ok=0
    else
        seen_uuid[$uuid]=$base
    fi

    # 2. define + dumpxml on a fresh test:///default connection.
    # virsh batch mode keeps going after a failed command and its exit code
    # only reflects the last one, so success is judged from the output.
    out="$tmp/$base.out"; err="$tmp/$base.err"
    (cd "$dir" && virsh -c test:///default \
        "define $base.xml; dumpxml $base --inactive") >"$out" 2>"$err"
    if grep -q "^Domain '$base' defined from" "$out" && ! grep -q . "$err"; then
        defined=$((defined + 1))
        def_msg="define ok"
        if [ -n "$dumpdir" ]; then
            sed "0,/^Domain '$base' defined from/d" "$out" | sed '/./,$!d' >"$dumpdir/$base.xml"
        fi
    else
        def_msg="define REJECTED: $(tr '\n' ' ' <"$err")"
        ok=0
    fi

    # 3. schema
    if [ $have_validate -eq 1 ]; then
        if virt-xml-validate "$f" domain >"$tmp/$base.val" 2>&1; then
            valid=$((valid + 1))
            val_msg="schema ok"
        else
            val_msg="schema INVALID: $(grep -v 'fails to validate' "$tmp/$base.val" | head -n3 | tr '\n' ' ')"
            [ $schema_fatal -eq 1 ] && ok=0
        fi
    else
        val_msg="schema not checked"
    fi

    if [ $ok -eq 1 ]; then
        echo "ok    $base ($def_msg, $val_msg)"
    else
        echo "FAIL  $base ($def_msg, $val_msg)"
        failed=$((failed + 1))
    fi
done

echo
echo "files: $total  defined: $defined  schema-valid: $([ $have_validate -eq 1 ] && echo $valid || echo n/a)"
echo "$((total - failed)) passed, $failed failed"
[ $failed -eq 0 ]
