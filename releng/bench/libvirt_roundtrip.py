#!/usr/bin/python3
"""libvirt's own parse and format of the benchmark corpus, the anchor of vdev's round trip.

For each document: defineXML then XMLDesc(VIR_DOMAIN_XML_INACTIVE) on the in-process test driver
(test:///default), after a warm-up pass; undefine is done outside the timed part. Prints the
median over the passes of the mean time per document, in microseconds, as JSON: wall-clock time
and the CPU time of this thread (the test driver works in the calling thread), the same two
figures the JMH side records.
Usage: libvirt_roundtrip.py DIR [passes]
"""
import json
import os
import statistics
import sys
import time

import libvirt


def main():
    folder = sys.argv[1]
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    docs = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            docs.append(f.read())
    libvirt.registerErrorHandler(lambda ctx, err: None, None)
    conn = libvirt.open("test:///default")
    per_doc, cpu_per_doc = [], []
    for run in range(passes + 1):  # the first pass warms up
        spent = cpu = 0.0
        for xml in docs:
            start, cpu_start = time.perf_counter(), time.thread_time()
            dom = conn.defineXML(xml)
            dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
            spent += time.perf_counter() - start
            cpu += time.thread_time() - cpu_start
            dom.undefine()
        if run > 0:
            per_doc.append(spent / len(docs) * 1e6)
            cpu_per_doc.append(cpu / len(docs) * 1e6)
    print(json.dumps({"documents": len(docs), "passes": passes,
                      "median_us_per_document": statistics.median(per_doc),
                      "cpu_us_per_document": statistics.median(cpu_per_doc)}))


if __name__ == "__main__":
    main()
