"""Build world-110m.svgpath.txt: country outlines as one SVG path, for the offline places map.

Source: world-atlas 2.0.2 (npm, ISC licence, Copyright 2013-2019 Michael Bostock), Natural Earth
1:110m countries (public domain).  Run once, by hand, when the asset is to be rebuilt:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python src/recoupe/render/assets/build_world_path.py package/countries-110m.json

Projection: plate carrée in degrees, x = lon + 180, y = 90 - lat (so the map's viewBox can
zoom to the places by their coordinates).  Coordinates are rounded to 0.1 degree.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring_points(ring: list[int], arcs) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in ring:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc if not pts else arc[1:])
    return pts


def main(src: str) -> None:
    topo = json.loads(Path(src).read_text())
    arcs = decode_arcs(topo)
    parts = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs") or []
        if geom["type"] == "Polygon":
            polys = [polys]
        for poly in polys:
            for ring in poly:
                pts, last, shift = [], None, 0.0
                for lon, lat in ring_points(ring, arcs):
                    # rings across the antimeridian (Russia, Fiji) are unwrapped, not drawn across the map
                    if last is not None and abs(lon + shift + 180 - last[0]) > 180:
                        shift += 360 if last[0] > lon + shift + 180 else -360
                    p = (round(lon + shift + 180, 1), round(90 - lat, 1))
                    if p != last:
                        pts.append(p)
                        last = p
                if len(pts) < 3:
                    continue
                parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in pts) + "Z")
    out = HERE / "world-110m.svgpath.txt"
    out.write_text("".join(parts), encoding="ascii")
    print(f"{out}: {out.stat().st_size} bytes, {len(parts)} rings")


if __name__ == "__main__":
    main(sys.argv[1])
