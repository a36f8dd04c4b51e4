#!/usr/bin/env python3
"""Turns binlog files into seed inputs for fuzz_binlog (docs/fuzzing.md).

    tests/fuzz/binlog-seeds.py OUTDIR BINLOG...

Each seed is the harness's input format: one options byte (bit 0: checksums), then events, each
preceded by its length (2 bytes, little-endian). A file is cut into windows of 40 events, each
window led by the file's FORMAT_DESCRIPTION event so the checksum setting is known. Events longer
than 65535 bytes do not fit the format and are left out.
"""
import os
import struct
import sys


def events(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\xfebin":
        raise SystemExit(f"{path}: not a binlog file")
    pos = 4
    while pos + 19 <= len(data):
        length = struct.unpack_from("<I", data, pos + 9)[0]
        if length < 19 or pos + length > len(data):
            break
        yield data[pos:pos + length]
        pos += length


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    count = 0
    for path in sys.argv[2:]:
        evs = [e for e in events(path) if len(e) <= 0xFFFF]
        if not evs:
            continue
        fde, rest = evs[0], evs[1:]
        for start in range(0, max(len(rest), 1), 40):
            seed = bytearray(b"\x01")
            for e in [fde] + rest[start:start + 40]:
                seed += struct.pack("<H", len(e)) + e
            name = f"{os.path.basename(path)}-{start:06d}"
            with open(os.path.join(out, name), "wb") as f:
                f.write(seed)
            count += 1
    print(f"{count} seeds in {out}")


if __name__ == "__main__":
    main()
