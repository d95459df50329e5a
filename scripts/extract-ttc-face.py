#!/usr/bin/env python3
"""Extracts one face of a TrueType collection (.ttc) into a standalone .ttf.

PDFsharp cannot read collections, so the portal ships face 0 of WenQuanYi Micro Hei:

    python3 scripts/extract-ttc-face.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc \
        wwwroot-assets/fonts/wqy-microhei.ttf 0

The face's tables are copied unchanged; only the table directory is rewritten with the new
offsets (each table 4-byte aligned), and head.checkSumAdjustment is recomputed for the new file.
Standard library only.
"""
import struct
import sys


def checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def extract(collection: bytes, face: int) -> bytes:
    tag, _version, count = struct.unpack_from(">4sII", collection, 0)
    if tag != b"ttcf":
        raise SystemExit("not a TrueType collection (no 'ttcf' header)")
    if not 0 <= face < count:
        raise SystemExit(f"face {face} out of range: the collection has {count} faces")
    start = struct.unpack_from(">I", collection, 12 + 4 * face)[0]
    sfnt_version, num_tables, search_range, entry_selector, range_shift = struct.unpack_from(">IHHHH", collection, start)
    records = [struct.unpack_from(">4sIII", collection, start + 12 + 16 * i) for i in range(num_tables)]

    header = struct.pack(">IHHHH", sfnt_version, num_tables, search_range, entry_selector, range_shift)
    offset = 12 + 16 * num_tables
    directory, body = [], []
    for tag, table_sum, table_offset, length in sorted(records, key=lambda r: r[0]):
        data = collection[table_offset:table_offset + length]
        if tag == b"head":
            data = data[:8] + b"\0\0\0\0" + data[12:]  # checkSumAdjustment is recomputed below
        directory.append(struct.pack(">4sIII", tag, table_sum, offset, length))
        body.append(data + b"\0" * (-length % 4))
        offset += length + (-length % 4)

    font = bytearray(header + b"".join(directory) + b"".join(body))
    head_offset = next(struct.unpack_from(">I", font, 12 + 16 * i + 8)[0]
                       for i in range(num_tables) if font[12 + 16 * i:16 + 16 * i] == b"head")
    struct.pack_into(">I", font, head_offset + 8, (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font)


def main() -> None:
    if len(sys.argv) not in (3, 4):
        raise SystemExit("usage: extract-ttc-face.py COLLECTION.ttc OUTPUT.ttf [FACE=0]")
    with open(sys.argv[1], "rb") as source:
        collection = source.read()
    font = extract(collection, int(sys.argv[3]) if len(sys.argv) == 4 else 0)
    with open(sys.argv[2], "wb") as target:
        target.write(font)
    print(f"wrote {sys.argv[2]}: {len(font):,} bytes")


if __name__ == "__main__":
    main()
